// The real export worker with one fault injected: an internal Word file ends the worker thread
// mid-export, as a crash in a native module or an out-of-memory would. Everything else renders.
import renderTask from '../../../server/exports/worker.mjs';

export default function faultyRenderTask(task) {
  if (task.job.format === 'docx' && task.report.version === 'internal') process.exit(70);
  return renderTask(task);
}
