import type { Language, Registration, Table } from '../model/session';
import { RegistrationInput } from '../protocol/commands';
import { LIMITS } from '../protocol/limits';
import { type ColumnMapping, columnName, type ImportField } from './mapping';
import { type ImportProblem, problem } from './problems';
import { groupOf, languageOf, tablesOf, yesNoOf } from './values';

/** One person read from the list, with the row the spreadsheet shows them on. */
export type ImportEntry = { row: number; input: RegistrationInput };
export type ReadResult = { entries: ImportEntry[]; problems: ImportProblem[] };

export type ReadContext = {
  tables: readonly Pick<Table, 'id' | 'title'>[];
  /** Who is in the session already: an e-mail address of someone signed up cannot come in twice. */
  registrations?: readonly Pick<Registration, 'email' | 'status'>[];
  /** The language of a person whose row does not say (the session's). */
  language?: Language;
};

const emailKey = (email: string) => email.trim().toLowerCase();
/** The RegistrationInput fields and the import field each is read from, to name the column of a refusal. */
const FIELD_OF: Record<string, ImportField> = {
  name: 'name',
  email: 'email',
  phone: 'phone',
  group: 'group',
  sandwich: 'sandwich',
  picks: 'tables',
  remarks: 'remarks',
  language: 'language',
  followupConsent: 'consent',
};

/**
 * The people in a grid (the first row the header) read with a mapping. The client shows the
 * result as the preview and the server reads the same grid again before it imports, so both
 * judge the list alike; the last word is the protocol's own RegistrationInput schema. Fully
 * empty rows are left out (a spreadsheet's blank lines); every other row is a person or problems.
 */
export function readRows(
  grid: readonly (readonly string[])[],
  mapping: ColumnMapping,
  context: ReadContext,
): ReadResult {
  const header = grid[0] ?? [];
  const nameOf = (field: ImportField) => {
    const column = mapping[field];
    return column === null ? null : columnName(header, column);
  };
  if (mapping.name === null && mapping.firstName === null && mapping.lastName === null) {
    return { entries: [], problems: [problem(1, null, 'noNameColumn')] };
  }
  const taken = new Set(
    (context.registrations ?? []).flatMap((r) =>
      r.email !== null && r.status !== 'cancelled' ? [emailKey(r.email)] : [],
    ),
  );
  const firstRowOf = new Map<string, number>();
  const entries: ImportEntry[] = [];
  const problems: ImportProblem[] = [];

  for (let i = 1; i < grid.length; i++) {
    const cells = grid[i] ?? [];
    if (cells.every((c) => c.trim() === '')) continue;
    const row = i + 1;
    const found: ImportProblem[] = [];
    const cell = (field: ImportField) => {
      const column = mapping[field];
      return column === null ? '' : (cells[column] ?? '').trim();
    };
    const wrong = (field: ImportField, code: ImportProblem['code'], params: ImportProblem['params'] = {}) =>
      found.push(problem(row, nameOf(field), code, params));

    const nameField: ImportField =
      mapping.name !== null ? 'name' : mapping.firstName !== null ? 'firstName' : 'lastName';
    const name =
      mapping.name !== null ? cell('name') : [cell('firstName'), cell('lastName')].filter((s) => s !== '').join(' ');
    if (name === '') wrong(nameField, 'nameEmpty');
    else if (name.length > LIMITS.name) wrong(nameField, 'tooLong', { max: LIMITS.name });

    const email = cell('email');
    if (email !== '') {
      const key = emailKey(email);
      const first = firstRowOf.get(key);
      if (!RegistrationInput.shape.email.safeParse(email).success) wrong('email', 'emailInvalid', { value: email });
      else if (first !== undefined) wrong('email', 'emailTwice', { first });
      else if (taken.has(key)) wrong('email', 'emailRegistered');
      if (first === undefined) firstRowOf.set(key, row);
    }

    const phone = cell('phone');
    if (phone !== '' && !RegistrationInput.shape.phone.safeParse(phone).success)
      wrong('phone', 'phoneInvalid', { value: phone });

    const group = groupOf(cell('group'));
    if (group === undefined) wrong('group', 'groupUnknown', { value: cell('group') });
    const sandwich = yesNoOf(cell('sandwich'));
    if (sandwich === undefined) wrong('sandwich', 'sandwichUnknown', { value: cell('sandwich') });
    const consent = yesNoOf(cell('consent'));
    if (consent === undefined) wrong('consent', 'consentUnknown', { value: cell('consent') });
    const language = languageOf(cell('language'));
    if (language === undefined) wrong('language', 'languageUnknown', { value: cell('language') });
    const tables = tablesOf(cell('tables'), context.tables);
    for (const value of tables.unknown) wrong('tables', 'tableUnknown', { value });
    const remarks = cell('remarks');
    if (remarks.length > LIMITS.shortText) wrong('remarks', 'tooLong', { max: LIMITS.shortText });

    if (found.length > 0) {
      problems.push(...found);
      continue;
    }
    const parsed = RegistrationInput.safeParse({
      name,
      email: email === '' ? null : email,
      phone: phone === '' ? null : phone,
      group: group ?? null,
      sandwich: sandwich ?? false,
      picks: tables.ids,
      remarks,
      language: language ?? context.language ?? 'nl',
      followupConsent: consent ?? false,
    });
    if (parsed.success) {
      entries.push({ row, input: parsed.data });
      continue;
    }
    for (const issue of parsed.error.issues) {
      const field = FIELD_OF[String(issue.path[0])] ?? null;
      problems.push(problem(row, field === null ? null : nameOf(field === 'name' ? nameField : field), 'invalid'));
    }
  }

  const existing = context.registrations?.length ?? 0;
  if (existing + entries.length > LIMITS.participants)
    problems.unshift(problem(1, null, 'tooManyRows', { max: LIMITS.participants - existing }));
  if (entries.length === 0 && problems.length === 0) problems.push(problem(1, null, 'noRows'));
  return { entries, problems };
}
