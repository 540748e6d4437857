/** The wrap-up report: one model (model.ts), rendered as Markdown, HTML, CSV, DOCX and a JSON archive. */
export {
  buildReport,
  type Report,
  type ReportQuestion,
  type ReportVersion,
} from './model';
export { reportMarkdown } from './markdown';
export { reportHtml } from './html';
export { CSV_FILES, parseCsv, reportCsv, type CsvFile } from './csv';
export { archiveJson, archiveOf, importArchive, publicReportOf, templateOf, type Archive } from './archive';
