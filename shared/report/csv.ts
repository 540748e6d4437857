import type { Report } from './model';

/**
 * CSV files for spreadsheets: RFC 4180 quoting, UTF-8 with a byte-order mark (so Excel reads
 * "ë" right), CRLF line ends. Cells that a spreadsheet would run as a formula (=, +, -, @) get a
 * leading apostrophe: a card that says "=HYPERLINK(...)" stays text.
 */
export const CSV_FILES = ['cards', 'questions', 'signups', 'attendance'] as const;
export type CsvFile = (typeof CSV_FILES)[number];

const BOM = '\uFEFF';

export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csv(header: string[], rows: (string | number | boolean | null)[][]): string {
  return BOM + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function reportCsv(r: Report, file: CsvFile): string {
  switch (file) {
    case 'cards':
      return csv(
        ['id', 'table', 'round', 'kind', 'text', 'tags', 'highlighted', 'dots', 'merged_duplicates'],
        r.tables.flatMap((t) =>
          t.rounds.flatMap((g) =>
            g.cards.map((c) => [
              c.id,
              t.title,
              c.round,
              c.kind,
              c.text,
              c.tags.join(' '),
              c.highlighted,
              c.dots,
              c.merged,
            ]),
          ),
        ),
      );
    case 'questions':
      return csv(
        ['id', 'category', 'status', 'question', 'answer', 'times_asked'],
        r.questions.flatMap((cat) =>
          cat.questions.map((q) => [q.id, cat.label, q.status, q.text, q.answer, q.duplicateIds.length + 1]),
        ),
      );
    case 'signups':
      // Public: how many per group, nothing about anyone. Internal: one row per consented contact.
      return r.version === 'public'
        ? csv(
            ['working_group', 'signups'],
            r.workingGroups.map((g) => [g.title, g.signups]),
          )
        : csv(
            ['working_group', 'signups', 'name', 'email', 'phone'],
            r.workingGroups.flatMap((g) =>
              (g.contacts ?? []).length === 0
                ? [[g.title, g.signups, null, null, null]]
                : (g.contacts ?? []).map((c) => [g.title, g.signups, c.name, c.email, c.phone]),
            ),
          );
    case 'attendance':
      return csv(
        ['what', 'group_or_table', 'round', 'people'],
        [
          ['participants', null, null, r.attendance.participants],
          ['checked_in', null, null, r.attendance.checkedIn],
          ...r.attendance.byGroup.map((g) => ['group', g.group, null, g.count]),
          ...r.attendance.perTable.flatMap((p) => p.counts.map((c) => ['table', c.title, p.round, c.count])),
        ],
      );
  }
}

/** Parses what `reportCsv` writes (and any RFC 4180 file): rows of cells, header first. */
export function parseCsv(text: string): string[][] {
  const s = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && s[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}
