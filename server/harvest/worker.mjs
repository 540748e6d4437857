// The suggestion worker's entry, in plain JS: a worker thread gets neither the tsx loader of
// `node --import tsx` nor vitest's, so it registers tsx itself before loading the TypeScript
// (as server/exports/worker.mjs does).
import { register } from 'tsx/esm/api';

register();
const { suggestTask } = await import('./suggest-task.ts');

export default suggestTask;
