import Papa from 'papaparse';
import { readSheet as readXlsx } from 'read-excel-file/node';
import { SHEET_LIMITS, type SheetErrorCode } from '../../shared/registrations/sheet';

export { SHEET_LIMITS };

/** A file that is no sign-up list we can read, with the reason the cockpit names. */
export class SheetError extends Error {
  constructor(
    readonly code: SheetErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'SheetError';
  }
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CSV_TYPES = [
  'text/csv',
  'text/plain',
  'application/csv',
  'text/tab-separated-values',
  'application/vnd.ms-excel',
];

type Kind = 'csv' | 'xlsx';

/**
 * What the file is: its first bytes first (an .xlsx is a zip, an old .xls a compound file), then
 * the name and the type the browser gave. Browsers on Windows send a CSV as
 * `application/vnd.ms-excel`, so the type alone cannot tell an old .xls from a CSV.
 */
function kindOf(bytes: Buffer, name: string, type: string): Kind {
  if (bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return 'xlsx';
  if (bytes.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0])))
    throw new SheetError('OLD_EXCEL', 'an old Excel file (.xls): save it as .xlsx or CSV first');
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  const mime = type.split(';')[0]?.trim().toLowerCase() ?? '';
  if (ext === 'xlsx' || mime === XLSX_TYPE) throw new SheetError('UNREADABLE', 'this .xlsx file is damaged');
  if (ext === 'csv' || ext === 'tsv' || ext === 'txt' || CSV_TYPES.includes(mime)) return 'csv';
  throw new SheetError('UNSUPPORTED', 'only a CSV or an Excel (.xlsx) file can be read');
}

/** The text of a CSV: UTF-8 (without its BOM), or Windows-1252 when it is not valid UTF-8 (Excel's "CSV" on Windows). */
function decode(bytes: Buffer): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  return text.replace(/^\uFEFF/, '');
}

function readCsv(bytes: Buffer): string[][] {
  const text = decode(bytes);
  // Papa guesses from rows of equal width, so blank lines (which must stay, to keep the row
  // numbers the spreadsheet shows) would spoil the guess: guess without them, read with them.
  const guessed = Papa.parse<string[]>(text, {
    delimitersToGuess: [';', ',', '\t', '|'],
    skipEmptyLines: 'greedy',
    preview: 100,
  });
  const parsed = Papa.parse<string[]>(text, { delimiter: guessed.meta.delimiter, skipEmptyLines: false });
  const broken = parsed.errors.find((e) => e.type === 'Quotes');
  if (broken !== undefined) {
    // Papa counts records from 0; the spreadsheet shows the header as row 1.
    const row = (broken.row ?? 0) + 1;
    throw new SheetError('UNREADABLE', `row ${row} has a quote (") that is never closed`);
  }
  return parsed.data;
}

/** A cell as text: numbers as written (a phone number keeps its digits), dates as ISO dates. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 16).replace('T', ' ');
  }
  return String(value);
}

async function readWorkbook(bytes: Buffer): Promise<string[][]> {
  try {
    // The number as the file stores it: no float rounding, no exponent for a long phone number.
    const rows = await readXlsx(bytes, { parseNumber: (s: string) => s, trim: false });
    return rows.map((row) => row.map(cellText));
  } catch {
    throw new SheetError('UNREADABLE', 'this .xlsx file cannot be read');
  }
}

/**
 * A sign-up list as form tools export it (Google Forms, Microsoft Forms, Excel) as a grid of
 * text, the first row the header; the rows after the last filled one are left out.
 */
export async function readSheetFile(bytes: Buffer, file: { name?: string; type?: string }): Promise<string[][]> {
  if (bytes.length > SHEET_LIMITS.bytes)
    throw new SheetError('TOO_LARGE', `the file is larger than ${SHEET_LIMITS.bytes / 1024 / 1024} MB`);
  if (bytes.length === 0) throw new SheetError('EMPTY', 'the file is empty');
  const kind = kindOf(bytes, file.name ?? '', file.type ?? '');
  const grid = kind === 'xlsx' ? await readWorkbook(bytes) : readCsv(bytes);
  let last = grid.length;
  while (last > 0 && (grid[last - 1] ?? []).every((c) => c.trim() === '')) last--;
  if (last === 0) throw new SheetError('EMPTY', 'the file has no rows');
  if (last - 1 > SHEET_LIMITS.rows)
    throw new SheetError('TOO_MANY_ROWS', `the file has more than ${SHEET_LIMITS.rows} rows`);
  if (grid.some((row) => row.length > SHEET_LIMITS.columns))
    throw new SheetError('TOO_MANY_COLUMNS', `the file has more than ${SHEET_LIMITS.columns} columns`);
  return grid.slice(0, last).map((row) => row.map((c) => c.slice(0, SHEET_LIMITS.cell)));
}
