import { Packer, Paragraph, type Table, TextRun } from 'docx';
import { type Cell, type CsvFile, csvTable, writeCsv } from './csv';
import { headingAt, reportBody, versionLine, wordDocument } from './docx';
import { esc, htmlPage, reportHtmlBody, versionBadge } from './html';
import { mdText, reportMarkdown } from './markdown';
import { type ProgrammeReport, partTitle } from './programme';
import { counted } from './texts';

/**
 * The programme report in every format, drawn from the session renderers: each kept session is
 * that session's own report one heading level deeper (its "part"), under the programme's title;
 * a session no longer kept is its numbered heading and one line that says so.
 */

const intro = (p: ProgrammeReport) =>
  `${p.programmeTexts.toolbox} · ${counted(p, p.programmeTexts.sessions, p.parts.length)}`;

export function programmeMarkdown(p: ProgrammeReport): string {
  const t = p.texts;
  const out = [
    `# ${mdText(p.title)}`,
    '',
    `**${intro(p)}** — ${p.version === 'public' ? t.publicVersion : t.internalVersion}`,
    '',
  ];
  for (const part of p.parts) {
    const title = partTitle(p, part);
    if (part.kept) out.push(reportMarkdown(part.report, { depth: 1, title }));
    else out.push(`## ${mdText(title)}`, '', `_${p.programmeTexts.gone}_`, '');
  }
  return out.join('\n');
}

export function programmeHtml(p: ProgrammeReport): string {
  const h = [`<header><h1>${esc(p.title)}</h1><p class="meta">${esc(intro(p))}</p>${versionBadge(p)}</header>`];
  for (const part of p.parts) {
    const title = partTitle(p, part);
    h.push(
      `<section class="part">${
        part.kept
          ? reportHtmlBody(part.report, { depth: 1, title })
          : `<h2>${esc(title)}</h2><p class="muted">${esc(p.programmeTexts.gone)}</p>`
      }</section>`,
    );
  }
  return htmlPage(p.language, `${p.texts.report}: ${p.title}`, h.join('\n'));
}

export function programmeDocx(p: ProgrammeReport): Promise<Buffer> {
  const heading = headingAt(0);
  const body: (Paragraph | Table)[] = [heading(p.title, 0), new Paragraph({ text: intro(p) }), versionLine(p)];
  for (const part of p.parts) {
    const title = partTitle(p, part);
    if (part.kept) body.push(...reportBody(part.report, { depth: 1, title }));
    else
      body.push(
        heading(title, 1, true),
        new Paragraph({ children: [new TextRun({ text: p.programmeTexts.gone, italics: true, color: '555555' })] }),
      );
  }
  return Packer.toBuffer(wordDocument(p.language, `${p.texts.report}: ${p.title}`, body));
}

/** One CSV over the series: the session's file, with the meeting (number and title) as the first column. */
export function programmeCsv(p: ProgrammeReport, file: CsvFile): string {
  let header: string[] | null = null;
  const rows: Cell[][] = [];
  for (const part of p.parts) {
    if (!part.kept) continue;
    const table = csvTable(part.report, file);
    header ??= table.header;
    for (const row of table.rows) rows.push([partTitle(p, part), ...row]);
  }
  // With no session kept at all there are no rows; the header still says what the file would hold.
  return writeCsv(p.language, { header: [p.programmeTexts.sessionColumn, ...(header ?? [])], rows });
}
