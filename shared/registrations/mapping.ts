import { z } from 'zod';

/**
 * What a column of an imported sign-up list can be. `firstName` and `lastName` are for forms
 * that ask them apart ("Voornaam", "Achternaam"): together they make the name when no column
 * holds the whole name.
 */
export const IMPORT_FIELDS = [
  'name',
  'firstName',
  'lastName',
  'email',
  'phone',
  'group',
  'sandwich',
  'tables',
  'remarks',
  'language',
  'consent',
] as const;
export const ImportField = z.enum(IMPORT_FIELDS);
export type ImportField = z.infer<typeof ImportField>;

/** Per field the column (0-based index into the grid's rows) it is read from; null: not in the file. */
export const ColumnMapping = z
  .object(
    Object.fromEntries(IMPORT_FIELDS.map((f) => [f, z.number().int().min(0).max(999).nullable()])) as {
      [F in ImportField]: z.ZodNullable<z.ZodNumber>;
    },
  )
  .strict();
export type ColumnMapping = z.infer<typeof ColumnMapping>;

export const emptyMapping = (): ColumnMapping =>
  Object.fromEntries(IMPORT_FIELDS.map((f) => [f, null])) as ColumnMapping;

/** A header as compared: lower case, without accents and punctuation, single spaces. */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * How form tools and people name the columns, in Dutch and English, tried in this order per
 * column: the first field that fits and is still free takes it. The order settles overlaps: an
 * "E-mailadres" column is the e-mail even though "Wilt u het verslag per e-mail?" is consent,
 * and "Voor- en achternaam" is the whole name, not the last name.
 */
const PATTERNS: [ImportField | 'ignore', RegExp][] = [
  [
    'ignore',
    /^(tijdstempel|timestamp|id|start time|starttijd|begintijd|completion time|tijd van voltooien|voltooiingstijd|last modified time|tijd laatst gewijzigd)$/,
  ],
  ['email', /^(e ?mail|mail)( ?adres| address)?\b/],
  [
    'consent',
    /toestemming|terugkoppeling|consent|na afloop|follow ?up|verslag|nieuwsbrief|newsletter|op de hoogte|keep (me )?informed/,
  ],
  ['email', /\be ?mail( ?adres| address)?\b|\bmailadres\b/],
  ['phone', /telefoon|\btel\b|mobiel|\bgsm\b|phone|mobile/],
  ['language', /^(taal|language|voorkeurstaal|preferred language)\b/],
  ['sandwich', /broodje|sandwich|lunch|\beten\b|maaltijd|\bmeal\b|\bfood\b/],
  [
    'group',
    /\bik ben\b|i am a|\bi m a\b|stakeholder|\bgroep\b|\bgroup\b|doelgroep|\brol\b|\brole\b|wie bent u|who are you|achtergrond/,
  ],
  ['tables', /tafel|table|thema|\btopic|onderwerp|gesprek/],
  [
    'remarks',
    /opmerking|remark|comment|toelichting|\bnotes?\b|anders nog|vraag|question|wil je nog iets|anything else/,
  ],
  ['name', /voor en achternaam|first and last name|volledige naam|full name/],
  ['firstName', /voornaam|first name|given name|roepnaam/],
  ['lastName', /achternaam|last name|surname|family name/],
  ['name', /\bnaam\b|\bname\b/],
];

/** The mapping a header suggests; the facilitator checks and changes it in the preview. */
export function guessMapping(header: readonly string[]): ColumnMapping {
  const mapping = emptyMapping();
  header.forEach((text, column) => {
    const h = normalise(text);
    if (h === '') return;
    for (const [field, pattern] of PATTERNS) {
      if (!pattern.test(h)) continue;
      if (field === 'ignore') return;
      if (mapping[field] !== null) continue;
      mapping[field] = column;
      return;
    }
  });
  return mapping;
}

/** A column as the spreadsheet shows it: its header text, or its letter (A, B, …, AA) when the header is empty. */
export function columnName(header: readonly string[], column: number): string {
  const text = header[column]?.trim() ?? '';
  if (text !== '') return text;
  let letters = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
