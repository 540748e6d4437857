/** How large an imported list may be: far more than an evening, small enough to read at once. */
export const SHEET_LIMITS = { bytes: 2 * 1024 * 1024, rows: 5000, columns: 100, cell: 2000 } as const;

/** Why a file is no list we can read; the cockpit says it in words (`import.file.<code>`). */
export const SHEET_ERROR_CODES = [
  'UNSUPPORTED',
  'OLD_EXCEL',
  'EMPTY',
  'TOO_LARGE',
  'TOO_MANY_ROWS',
  'TOO_MANY_COLUMNS',
  'UNREADABLE',
] as const;
export type SheetErrorCode = (typeof SHEET_ERROR_CODES)[number];
