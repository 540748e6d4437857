import type { Language } from '../model/session';
import { doorLines, type Report, type ReportCard } from './model';
import type { ReportTexts } from './texts';

/** The attendance file's row kinds for the door's numbers: `doorRegistered`, `doorArrived`, … */
type DoorCsvKey = `door${Capitalize<keyof ReportTexts['doorRows']>}`;
import { tablesLine } from './theme-lines';

/**
 * CSV files for spreadsheets: RFC 4180 quoting, UTF-8 with a byte-order mark (so Excel reads
 * "ë" right), CRLF line ends. Cells that a spreadsheet would run as a formula (=, +, -, @) get a
 * leading apostrophe: a card that says "=HYPERLINK(...)" stays text.
 *
 * In the report's language: a Dutch report has Dutch headers and values and semicolons between
 * cells, because Excel with Dutch settings splits on its list separator ";" and shows a comma
 * file as one column. English keeps commas and the machine-style headers and values.
 *
 * There is no file with a row per participant; the internal attendance file carries the sandwich
 * order instead: a "broodjes" row with the number, a "broodje voor" row per name (in the group or
 * table column) and one for those without a name.
 *
 * The cards file starts with the recommendations (soonest date first), with their owner and date
 * (YYYY-MM-DD, which every spreadsheet reads as a date) in the last two columns, empty for
 * other cards.
 *
 * The themes file is laid out like the attendance file, a kind of row first: per theme a "thema"
 * row (its tables, its dots, marked when groups differ most there), a "groep" row per group shown
 * apart (dots and the share of that group's dots, in whole percents), and a "kaartje" row per card.
 */
export const CSV_FILES = ['cards', 'questions', 'signups', 'attendance', 'themes'] as const;
export type CsvFile = (typeof CSV_FILES)[number];

const BOM = '\uFEFF';

export function csvSeparator(language: Language): ';' | ',' {
  return language === 'nl' ? ';' : ',';
}

export function csvCell(value: Cell, separator: ';' | ',' = ','): string {
  if (value === null) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /["\r\n]/.test(s) || s.includes(separator) ? `"${s.replace(/"/g, '""')}"` : s;
}

export type Cell = string | number | boolean | null;
export type CsvTable = { header: string[]; rows: Cell[][] };

/** A table as the file: the byte-order mark, the language's separator, CRLF. */
export function writeCsv(language: Language, { header, rows }: CsvTable): string {
  const sep = csvSeparator(language);
  return BOM + [header, ...rows].map((row) => row.map((c) => csvCell(c, sep)).join(sep)).join('\r\n') + '\r\n';
}

export function reportCsv(r: Report, file: CsvFile): string {
  return writeCsv(r.language, csvTable(r, file));
}

/** One file's header and rows, before writing: the programme report puts a session column in front. */
export function csvTable(r: Report, file: CsvFile): CsvTable {
  const t = r.texts;
  const h = t.csv;
  const en = r.language === 'en';
  const csv = (header: string[], rows: Cell[][]): CsvTable => ({ header, rows });
  const yesNo = (b: boolean) => (en ? b : b ? t.yes : t.no);
  switch (file) {
    case 'cards': {
      // The recommendations first, as the report lists them; then each table's other cards.
      const row = (c: ReportCard, tableTitle: string): Cell[] => [
        c.id,
        tableTitle,
        c.round,
        en ? c.kind : t.kind[c.kind],
        c.text,
        c.tags.join(' '),
        yesNo(c.highlighted),
        c.dots,
        c.merged,
        c.owner,
        c.due,
      ];
      return csv(
        [h.id, h.table, h.round, h.kind, h.text, h.tags, h.highlighted, h.dots, h.merged, h.owner, h.due],
        [
          ...r.recommendations.map((rec) => row(rec.card, rec.tableTitle)),
          ...r.tables.flatMap((table) => table.rounds.flatMap((g) => g.cards.map((c) => row(c, table.title)))),
        ],
      );
    }
    case 'questions': {
      // The questions beforehand first, as in the report; the last column tells them apart.
      const rows = (groups: Report['questions'], beforehand: boolean): Cell[][] =>
        groups.flatMap((cat) =>
          cat.questions.map((q) => [
            q.id,
            cat.label,
            en ? q.status : t.questionStatus[q.status],
            q.text,
            q.answer,
            q.duplicateIds.length + 1,
            yesNo(beforehand),
          ]),
        );
      return csv(
        [h.id, h.category, h.status, h.question, h.answer, h.timesAsked, h.beforehand],
        [...rows(r.questionsBeforehand, true), ...rows(r.questions, false)],
      );
    }
    case 'signups':
      // Public: how many per group, nothing about anyone. Internal: one row per consented contact.
      return r.version === 'public'
        ? csv(
            [h.workingGroup, h.signups],
            r.workingGroups.map((g) => [g.title, g.signups]),
          )
        : csv(
            [h.workingGroup, h.signups, h.name, h.email, h.phone],
            r.workingGroups.flatMap((g) =>
              (g.contacts ?? []).length === 0
                ? [[g.title, g.signups, null, null, null]]
                : (g.contacts ?? []).map((c) => [g.title, g.signups, c.name, c.email, c.phone]),
            ),
          );
    case 'attendance':
      return csv(
        [h.what, h.groupOrTable, h.round, h.people],
        [
          [h.participants, null, null, r.attendance.participants],
          [h.checkedIn, null, null, r.attendance.checkedIn],
          ...r.attendance.byGroup.map((g) => [h.group, en ? g.group : g.label, null, g.count]),
          ...r.attendance.perTable.flatMap((p) => p.counts.map((c) => [h.tableRow, c.title, p.round, c.count])),
          ...doorLines(r).map((d) => [
            h[`door${d.key[0]!.toUpperCase()}${d.key.slice(1)}` as DoorCsvKey],
            null,
            null,
            d.count,
          ]),
          // Internal only: the caterer's number, then one row per person who asked by name.
          ...(r.sandwiches === null
            ? []
            : [
                [h.sandwiches, null, null, r.sandwiches.count],
                ...r.sandwiches.names.map((name) => [h.sandwichFor, name, null, 1]),
                ...(r.sandwiches.unnamed > 0 ? [[h.sandwichFor, h.sandwichUnnamed, null, r.sandwiches.unnamed]] : []),
              ]),
        ],
      );
    case 'themes': {
      const voted = r.themes.dotsOn !== null;
      return csv(
        [h.themeId, h.theme, h.what, h.tableOrGroup, h.cardId, h.text, h.dots, h.share, h.differs],
        r.themes.list.flatMap((theme) => [
          [
            theme.id,
            theme.label,
            h.themeRow,
            tablesLine(theme),
            null,
            null,
            voted ? theme.dots : null,
            null,
            voted ? yesNo(theme.differs !== null) : null,
          ],
          ...theme.byGroup.map((g) => [
            theme.id,
            theme.label,
            h.groupRow,
            en ? g.group : g.label,
            null,
            null,
            g.dots,
            Math.round(g.share * 100),
            null,
          ]),
          ...theme.cards.map((c) => [
            theme.id,
            theme.label,
            h.cardRow,
            c.tableTitle,
            c.id,
            c.text,
            r.themes.dotsOn === 'highlights' ? c.dots : null,
            null,
            null,
          ]),
        ]),
      );
    }
  }
}

/**
 * Parses what `reportCsv` writes (and any RFC 4180 file): rows of cells, header first. The
 * separator is the one the header line uses (headers never hold ";" or ",").
 */
export function parseCsv(text: string, separator?: ';' | ','): string[][] {
  const s = text.startsWith(BOM) ? text.slice(1) : text;
  const sep = separator ?? (/^[^\r\n]*;/.test(s) ? ';' : ',');
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
    else if (ch === sep) {
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
