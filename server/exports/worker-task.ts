import type { Report } from '../../shared/report/model';
import type { ProgrammeReport } from '../../shared/report/programme';
import { type ProgrammeJob, type RenderJob, renderReport } from './render';

export type RenderTask = { job: RenderJob; report: Report } | { job: ProgrammeJob; report: ProgrammeReport };

/** One export in the worker. A Word file's bytes are copied to the main thread: tens of KB, a memcpy. */
export function renderTask({ job, report }: RenderTask): Promise<string | Uint8Array> {
  return renderReport(...([job, report] as Parameters<typeof renderReport>));
}
