import { describe, expect, it } from 'vitest';
import { readSheetFile, SheetError } from '../../../server/registrations/read-sheet';
import { guessMapping, readRows } from '../../../shared/registrations';
import { xlsx } from './xlsx';

/** Sign-up lists as form tools and spreadsheets really export them, read to a grid. */
const csv = (text: string, name = 'lijst.csv') => readSheetFile(Buffer.from(text, 'utf8'), { name, type: 'text/csv' });

describe('reading a sign-up file', () => {
  it.each([
    { name: 'semicolons (Dutch Excel)', text: 'Naam;E-mail\nAna;ana@x.nl', row: ['Ana', 'ana@x.nl'] },
    { name: 'commas', text: 'Naam,E-mail\nAna,ana@x.nl', row: ['Ana', 'ana@x.nl'] },
    { name: 'tabs', text: 'Naam\tE-mail\nAna\tana@x.nl', row: ['Ana', 'ana@x.nl'] },
    { name: 'a BOM and CRLF', text: '\uFEFFNaam;E-mail\r\nAna;ana@x.nl\r\n', row: ['Ana', 'ana@x.nl'] },
    {
      name: 'a quoted field with a line break',
      text: 'Naam;Opmerking\nAna;"rolstoel;\nkomt later"',
      row: ['Ana', 'rolstoel;\nkomt later'],
    },
  ])('CSV with $name', async ({ text, row }) => {
    const grid = await csv(text);
    expect(grid[0]![0]).toBe('Naam');
    expect(grid[1]).toEqual(row);
  });

  it('keeps empty rows in place, so row numbers are the spreadsheet’s, and drops trailing ones', async () => {
    expect(await csv('Naam\nAna\n\nBob\n\n\n')).toEqual([['Naam'], ['Ana'], [''], ['Bob']]);
  });

  it('reads Windows-1252 when the bytes are not UTF-8 (Excel’s "CSV" on Windows)', async () => {
    const bytes = Buffer.from([...Buffer.from('Naam\n'), 0x5a, 0x6f, 0xeb]); // "Zoë" in Windows-1252
    expect((await readSheetFile(bytes, { name: 'lijst.csv' }))[1]).toEqual(['Zoë']);
  });

  it('reads XLSX: Excel dates as dates, numbers as their digits', async () => {
    const grid = await readSheetFile(
      xlsx([
        ['Naam', 'Aangemeld op', 'Telefoon', 'Aantal'],
        ['Ana', { date: '2026-12-03' }, 612345678, 2],
      ]),
      { name: 'lijst.xlsx' },
    );
    expect(grid[1]).toEqual(['Ana', '2026-12-03', '612345678', '2']);
  });

  it.each([
    { name: 'a picture', bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47]), file: 'foto.png', code: 'UNSUPPORTED' },
    { name: 'an old .xls', bytes: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), file: 'lijst.xls', code: 'OLD_EXCEL' },
    { name: 'an empty file', bytes: Buffer.alloc(0), file: 'lijst.csv', code: 'EMPTY' },
    { name: 'only blank lines', bytes: Buffer.from('\n\n'), file: 'lijst.csv', code: 'EMPTY' },
  ])('refuses $name with $code', async ({ bytes, file, code }) => {
    await expect(readSheetFile(bytes, { name: file })).rejects.toSatisfy(
      (e) => e instanceof SheetError && e.code === code,
    );
  });
});

const TABLES = [
  { id: 'hub', title: 'Wijkhub' },
  { id: 'stem', title: 'Wijkstem' },
];
const read = (
  grid: string[][],
  registrations: { email: string | null; status: 'registered' | 'waiting' | 'cancelled' }[] = [],
) => readRows(grid, guessMapping(grid[0]!), { tables: TABLES, registrations, language: 'nl' });

describe('reading the rows', () => {
  it('guesses the columns of a Dutch form export, ignoring its timestamp', () => {
    const m = guessMapping([
      'Tijdstempel',
      'Naam',
      'E-mailadres',
      'Telefoonnummer',
      'Ik ben een...',
      'Broodje?',
      'Welke tafels?',
      'Opmerkingen',
      'Wil je het verslag per e-mail?',
    ]);
    expect(m).toMatchObject({ name: 1, email: 2, phone: 3, group: 4, sandwich: 5, tables: 6, remarks: 7, consent: 8 });
  });

  it('takes "Terugkoppeling per e-mail" (the app’s own word) as consent, not as a second e-mail', () => {
    expect(guessMapping(['Naam', 'E-mailadres', 'Terugkoppeling per e-mail'])).toMatchObject({ email: 1, consent: 2 });
  });

  it('guesses an English header too, and first and last name apart', () => {
    const m = guessMapping(['First name', 'Last name', 'Email address', 'I am a']);
    expect(m).toMatchObject({ name: null, firstName: 0, lastName: 1, email: 2, group: 3 });
    const r = readRows(
      [
        ['First name', 'Last name'],
        ['Ana', 'de Vries'],
      ],
      m,
      { tables: [] },
    );
    expect(r.entries.map((e) => e.input.name)).toEqual(['Ana de Vries']);
  });

  it('reads the words people use: groups, yes and no, tables by title', () => {
    const r = read([
      ['Naam', 'Ik ben', 'Broodje', 'Tafels', 'Taal'],
      ['Ana', 'Bewoner van de wijk', 'Ja, graag', 'wijkstem; Wijkhub', 'Engels'],
      ['Bob', 'ondernemer', 'x', '', ''],
      ['Cas', '', 'nee', 'WIJKHUB', 'nl'],
    ]);
    expect(r.problems).toEqual([]);
    expect(r.entries.map((e) => [e.row, e.input.group, e.input.sandwich, e.input.picks, e.input.language])).toEqual([
      [2, 'resident', true, ['stem', 'hub'], 'en'],
      [3, 'entrepreneur', true, [], 'nl'],
      [4, null, false, ['hub'], 'nl'],
    ]);
  });

  it.each([
    {
      name: 'an unknown group word',
      cells: ['Ana', 'ana@x.nl', 'bewoner en ondernemer', 'ja'],
      code: 'groupUnknown',
      column: 'Ik ben',
    },
    {
      name: 'not yes or no',
      cells: ['Ana', 'ana@x.nl', 'bewoner', 'misschien'],
      code: 'sandwichUnknown',
      column: 'Broodje',
    },
    {
      name: 'a broken e-mail address',
      cells: ['Ana', 'ana@', 'bewoner', 'ja'],
      code: 'emailInvalid',
      column: 'E-mail',
    },
    { name: 'an empty name', cells: ['', 'ana@x.nl', 'bewoner', 'ja'], code: 'nameEmpty', column: 'Naam' },
  ])('names the row and column of $name', ({ cells, code, column }) => {
    const r = read([['Naam', 'E-mail', 'Ik ben', 'Broodje'], cells]);
    expect(r.problems.map((p) => [p.row, p.column, p.code])).toEqual([[2, column, code]]);
    expect(r.entries).toEqual([]);
  });

  it('finds an e-mail address twice in the file, on the second row, naming the first', () => {
    const r = read([['Naam', 'E-mail'], ['Ana', 'ana@x.nl'], [''], ['Ana V.', ' ANA@x.nl ']]);
    expect(r.problems.map((p) => [p.row, p.code, p.params])).toEqual([[4, 'emailTwice', { first: 2 }]]);
  });

  it('finds an e-mail address of someone already signed up, but not of someone who cancelled', () => {
    const grid = [
      ['Naam', 'E-mail'],
      ['Ana', 'ana@x.nl'],
    ];
    expect(read(grid, [{ email: 'Ana@x.nl', status: 'registered' }]).problems.map((p) => p.code)).toEqual([
      'emailRegistered',
    ]);
    expect(read(grid, [{ email: 'ana@x.nl', status: 'cancelled' }]).problems).toEqual([]);
  });

  it('names a table that does not exist', () => {
    const r = read([
      ['Naam', 'Tafels'],
      ['Ana', 'Wijkhub, Wijkfeest'],
    ]);
    expect(r.problems.map((p) => [p.row, p.column, p.code, p.params])).toEqual([
      [2, 'Tafels', 'tableUnknown', { value: 'Wijkfeest' }],
    ]);
  });

  it('asks for a name column when it finds none', () => {
    expect(read([['E-mail'], ['ana@x.nl']]).problems.map((p) => p.code)).toEqual(['noNameColumn']);
  });
});
