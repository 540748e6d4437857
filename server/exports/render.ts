import { type CsvFile, reportCsv } from '../../shared/report/csv';
import { reportDocx } from '../../shared/report/docx';
import { reportHtml } from '../../shared/report/html';
import { reportMarkdown } from '../../shared/report/markdown';
import type { Report } from '../../shared/report/model';

/** An export drawn from the report model alone: what the export worker renders. */
export type RenderJob = { format: 'md' } | { format: 'html' } | { format: 'docx' } | { format: 'csv'; file: CsvFile };

/** Text formats as a string, the Word file as bytes. The same code runs in the worker and inline. */
export async function renderReport(job: RenderJob, report: Report): Promise<string | Uint8Array> {
  switch (job.format) {
    case 'md':
      return reportMarkdown(report);
    case 'html':
      return reportHtml(report);
    case 'docx':
      return reportDocx(report);
    case 'csv':
      return reportCsv(report, job.file);
  }
}
