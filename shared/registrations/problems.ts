/**
 * What can be wrong with an imported list, each with the words the cockpit shows
 * (`import.problem.<code>` in the client's i18n, with `params`) and the same in plain English
 * for the API. `row` is the row as the spreadsheet shows it (the header is row 1); `column`
 * the column's header text, null when the problem is not one column's.
 */
export type ImportProblemCode =
  | 'noNameColumn'
  | 'noRows'
  | 'tooManyRows'
  | 'nameEmpty'
  | 'emailInvalid'
  | 'emailTwice'
  | 'emailRegistered'
  | 'phoneInvalid'
  | 'groupUnknown'
  | 'sandwichUnknown'
  | 'consentUnknown'
  | 'languageUnknown'
  | 'tableUnknown'
  | 'tooLong'
  | 'invalid';

export type ImportProblem = {
  row: number;
  column: string | null;
  code: ImportProblemCode;
  params: Record<string, string | number>;
  message: string;
};

/** The English words; the client's packs hold the same per code (a test checks they are all there). */
export const PROBLEM_MESSAGES: Record<ImportProblemCode, string> = {
  noNameColumn: 'Choose the column that holds the names.',
  noRows: 'There is nobody in this list.',
  tooManyRows: 'This list has more people than a session can hold ({max}).',
  nameEmpty: 'The name is empty.',
  emailInvalid: '"{value}" is not an e-mail address.',
  emailTwice: 'This e-mail address is also in row {first}.',
  emailRegistered: 'Someone with this e-mail address is already signed up.',
  phoneInvalid: '"{value}" is not a phone number.',
  groupUnknown: '"{value}" is not a group. Use resident, entrepreneur, professional, municipality or other.',
  sandwichUnknown: '"{value}" is not yes or no.',
  consentUnknown: '"{value}" is not yes or no.',
  languageUnknown: '"{value}" is not a language we know. Use Dutch or English.',
  tableUnknown: 'There is no table called "{value}".',
  tooLong: 'This is too long: at most {max} characters.',
  invalid: 'This cannot be read.',
};

export function problem(
  row: number,
  column: string | null,
  code: ImportProblemCode,
  params: Record<string, string | number> = {},
): ImportProblem {
  const message = PROBLEM_MESSAGES[code].replace(/\{(\w+)\}/g, (all, key: string) => String(params[key] ?? all));
  return { row, column, code, params, message };
}
