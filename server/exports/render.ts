import { type CsvFile, reportCsv } from '../../shared/report/csv';
import { reportDocx } from '../../shared/report/docx';
import { reportHtml } from '../../shared/report/html';
import { reportMarkdown } from '../../shared/report/markdown';
import type { Report } from '../../shared/report/model';
import type { ProgrammeReport } from '../../shared/report/programme';
import { programmeCsv, programmeDocx, programmeHtml, programmeMarkdown } from '../../shared/report/programme-files';

/** An export drawn from the report model alone: what the export worker renders. */
export type RenderJob = { format: 'md' } | { format: 'html' } | { format: 'docx' } | { format: 'csv'; file: CsvFile };
/** The same files of a whole programme (the "gereedschapskist"), from its model. */
export type ProgrammeJob = RenderJob & { programme: true };

/** A job with the model it renders: a session's report, or a programme's. */
export type RenderArgs = [job: RenderJob, report: Report] | [job: ProgrammeJob, report: ProgrammeReport];

/** Text formats as a string, the Word file as bytes. The same code runs in the worker and inline. */
export async function renderReport(...[job, report]: RenderArgs): Promise<string | Uint8Array> {
  if ('programme' in job) return renderProgramme(job, report as ProgrammeReport);
  const r = report as Report;
  switch (job.format) {
    case 'md':
      return reportMarkdown(r);
    case 'html':
      return reportHtml(r);
    case 'docx':
      return reportDocx(r);
    case 'csv':
      return reportCsv(r, job.file);
  }
}

function renderProgramme(job: ProgrammeJob, p: ProgrammeReport): Promise<string | Uint8Array> | string {
  switch (job.format) {
    case 'md':
      return programmeMarkdown(p);
    case 'html':
      return programmeHtml(p);
    case 'docx':
      return programmeDocx(p);
    case 'csv':
      return programmeCsv(p, job.file);
  }
}
