// The export worker's entry, in plain JS: a worker thread gets neither the tsx loader of
// `node --import tsx` nor vitest's, so it registers tsx itself before loading the TypeScript.
import { register } from 'tsx/esm/api';

register();
const { renderTask } = await import('./worker-task.ts');

export default renderTask;
