import { describe, expect, it } from 'vitest';
import { applyBatch } from '../../../shared/rules/apply';
import {
  archiveJson,
  buildReport,
  CSV_FILES,
  importArchive,
  parseCsv,
  publicReportOf,
  reportCsv,
  reportHtml,
  reportMarkdown,
  templateOf,
} from '../../../shared/report';
import { reportDocx } from '../../../shared/report/docx';
import { esc } from '../../../shared/report/html';
import { mdText } from '../../../shared/report/markdown';
import { docxParagraphs } from './docx-text';
import { HIDDEN_QUESTION, HIDDEN_TEXT, HOSTS, MERGED_TEXT, PEOPLE, referenceEvening } from './evening';

const { state, cardTexts } = referenceEvening();
const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

const formats = async (version: 'public' | 'internal') => {
  const report = buildReport(state, version);
  const docx = docxParagraphs(await reportDocx(report));
  return {
    report,
    md: reportMarkdown(report),
    html: reportHtml(report),
    docx,
    docxText: docx.map((p) => p.text).join('\n'),
    csv: CSV_FILES.map((f) => reportCsv(report, f)).join('\n'),
    json: archiveJson(state, version),
  };
};

/** Everything that would tell who was there: names (participants and hosts), e-mail addresses, phone numbers. */
const PERSONAL = [
  ...PEOPLE.flatMap((p) => [p.name, p.email, p.phone, p.phone.replace(/ /g, '')]),
  ...Object.values(HOSTS),
];

/**
 * Keys of a JSON text that hold per-person data: a record of people, seats, dots or sign-ups
 * (the counts of the same names are fine), or a person's own fields.
 */
function perPersonKeys(json: string): string[] {
  const found = new Set<string>();
  const COUNTED = ['participants', 'signups'];
  const PERSONAL = [
    'votes',
    'assignments',
    'joinCode',
    'picks',
    'joinedAt',
    'checkedInAt',
    'authorId',
    'participantId',
    'contact',
    'contacts',
  ];
  JSON.parse(json, (key, value: unknown) => {
    if (COUNTED.includes(key) && typeof value !== 'number') found.add(key);
    if (PERSONAL.includes(key) && value !== null) found.add(key);
    return value;
  });
  return [...found].sort();
}

describe('the report of the reference evening', () => {
  it('the evening has what the tests need', () => {
    expect(cardTexts.length).toBe(19);
    expect(Object.values(state.cards).filter((c) => c.hidden)).toHaveLength(1);
    expect(Object.values(state.cards).filter((c) => c.mergedInto !== null)).toHaveLength(1);
    expect(state.status).toBe('ended');
  });

  it.each(['public', 'internal'] as const)(
    '%s: every visible card appears exactly once in Markdown, HTML and DOCX',
    async (version) => {
      const f = await formats(version);
      for (const text of cardTexts) {
        expect(count(f.md, mdText(text)), `markdown: ${text}`).toBe(
          1 + (f.report.vote.some((v) => v.card.text === text) ? 2 : 0),
        );
        // Highlights are also listed under "key points" and in the vote; the card list holds each card once.
        const inLists = f.report.tables.flatMap((t) => t.rounds.flatMap((r) => r.cards)).filter((c) => c.text === text);
        expect(inLists, text).toHaveLength(1);
        const extra = f.report.tables.some((t) => t.highlights.some((c) => c.text === text)) ? 2 : 0;
        expect(count(f.html, esc(text)), `html: ${text}`).toBe(1 + extra);
        expect(f.docx.filter((p) => p.text.includes(text)).length, `docx: ${text}`).toBe(1 + extra);
      }
      // The highlights sections hold exactly the highlighted cards, the vote exactly the voted ones.
      expect(f.report.vote.map((v) => v.card.dots)).toEqual([10, 4, 4]);
    },
  );

  it.each(['public', 'internal'] as const)(
    '%s: no hidden card, hidden question or merged duplicate in any format',
    async (version) => {
      const f = await formats(version);
      for (const out of [f.md, f.html, f.docxText, f.csv, f.json]) {
        expect(out).not.toContain(HIDDEN_TEXT);
        expect(out).not.toContain(HIDDEN_QUESTION);
      }
      for (const out of [f.md, f.html, f.docxText, f.csv]) expect(out).not.toContain(MERGED_TEXT);
    },
  );

  it('public: no personal data at all in any format', async () => {
    const f = await formats('public');
    for (const [name, out] of Object.entries({ md: f.md, html: f.html, docx: f.docxText, csv: f.csv, json: f.json })) {
      for (const secret of PERSONAL) expect(out, `${name} contains ${secret}`).not.toContain(secret);
      expect(out, name).not.toMatch(/@voorbeeld\.nl/);
    }
    // The public archive holds aggregates only: no per-person row, no join code.
    const archive = JSON.parse(f.json) as Record<string, unknown>;
    expect(Object.keys(archive).sort()).toEqual(['format', 'formatVersion', 'report', 'setup', 'version']);
    expect(perPersonKeys(f.json)).toEqual([]);
    expect(f.json).not.toContain(state.joinCode);
    for (const p of Object.values(state.participants)) {
      expect(f.json).not.toContain(p.id);
      expect(f.json).not.toContain(String(p.joinedAt));
    }
    // The counts survive.
    const imported = importArchive(f.json);
    expect(imported.ok && publicReportOf(imported.archive).attendance).toEqual(f.report.attendance);
  });

  it('internal: working-group contacts of exactly those who consented', async () => {
    const f = await formats('internal');
    const consenting = PEOPLE.filter((_, i) => i < 9 && i % 3 !== 2);
    const refusing = PEOPLE.filter((_, i) => i < 9 && i % 3 === 2);
    for (const p of consenting) for (const out of [f.md, f.html, f.docxText, f.csv]) expect(out).toContain(p.email);
    for (const p of refusing) for (const out of [f.md, f.html, f.docxText, f.csv]) expect(out).not.toContain(p.name);
    expect(f.report.workingGroups.map((g) => [g.signups, g.contacts?.length])).toEqual([
      [3, 3],
      [3, 3],
      [3, 0],
    ]);
    // Card authors are not in the internal report either: only the contacts are added.
    for (const p of PEOPLE) expect(f.md.split('## Werkgroepen')[0]).not.toContain(p.name);
  });

  it('DOCX: opens, with Word headings to navigate by', async () => {
    const { docx, report } = await formats('public');
    expect(docx.find((p) => p.style === 'Title')?.text).toBe(state.title);
    const h1 = docx.filter((p) => p.style === 'Heading1').map((p) => p.text);
    expect(h1).toEqual(
      expect.arrayContaining([
        'Programma',
        'Aanwezigen',
        'Tafel: Wijkhub',
        'Tafel: Wijkstem',
        'Stemronde met stippen',
        'Vragen bij het informatiepunt',
        'Werkgroepen',
        'Nog te doen',
      ]),
    );
    expect(docx.filter((p) => p.style === 'Heading3').map((p) => p.text)).toEqual(
      expect.arrayContaining(['Ronde 1', 'Ronde 2']),
    );
    expect(docx.some((p) => p.text.includes(report.questions[0]!.questions[0]!.answer!))).toBe(true);
  });

  it('CSV: parses back to the same counts (English: commas, headers and values as before)', async () => {
    for (const version of ['public', 'internal'] as const) {
      const report = buildReport(state, version, { language: 'en' });
      const rows = (file: (typeof CSV_FILES)[number]) => parseCsv(reportCsv(report, file));
      const cards = rows('cards');
      expect(cards[0]).toEqual([
        'id',
        'table',
        'round',
        'kind',
        'text',
        'tags',
        'highlighted',
        'dots',
        'merged_duplicates',
        'owner',
        'due',
      ]);
      expect(
        cards
          .slice(1)
          .map((r) => r[4])
          .sort(),
      ).toEqual([...cardTexts].sort());
      expect(cards.slice(1).reduce((n, r) => n + Number(r[7]), 0)).toBe(18);
      const questions = rows('questions').slice(1);
      expect(questions.map((r) => r[0])).toEqual(['q1', 'q3', 'q4', 'q6']);
      expect(questions.reduce((n, r) => n + Number(r[5]), 0)).toBe(5);
      const signups = rows('signups').slice(1);
      const perGroup = new Map(signups.map((r) => [r[0], Number(r[1])]));
      expect([...perGroup.values()].reduce((a, b) => a + b, 0)).toBe(Object.keys(state.signups).length);
      if (version === 'internal') expect(signups.filter((r) => r[3] !== '').length).toBe(6);
      else expect(rows('signups')[0]).toEqual(['working_group', 'signups']);
      const attendance = rows('attendance').slice(1);
      expect(attendance.find((r) => r[0] === 'participants')?.[3]).toBe('12');
      expect(attendance.filter((r) => r[0] === 'group').reduce((n, r) => n + Number(r[3]), 0)).toBe(12);
      expect(attendance.filter((r) => r[0] === 'table' && r[2] === '1').reduce((n, r) => n + Number(r[3]), 0)).toBe(12);
    }
  });

  describe('CSV for a Dutch Excel: BOM, semicolons, Dutch headers and values', () => {
    const nl = (file: (typeof CSV_FILES)[number], version: 'public' | 'internal' = 'public') =>
      reportCsv(buildReport(state, version, { language: 'nl' }), file);
    const en = (file: (typeof CSV_FILES)[number]) => reportCsv(buildReport(state, 'public', { language: 'en' }), file);
    it.each([
      [
        'cards',
        'id;tafel;ronde;soort;tekst;labels;uitgelicht;stippen;samengevoegd;wie pakt het op;klaar op',
        'id,table,round,kind,text,tags,highlighted,dots,merged_duplicates,owner,due',
      ],
      [
        'questions',
        'id;categorie;status;vraag;antwoord;keer gesteld;vooraf',
        'id,category,status,question,answer,times_asked,beforehand',
      ],
      ['signups', 'werkgroep;aanmeldingen', 'working_group,signups'],
      ['attendance', 'wat;groep of tafel;ronde;mensen', 'what,group_or_table,round,people'],
    ] as const)('%s: header "%s" (English "%s")', (file, nlHeader, enHeader) => {
      expect(nl(file).startsWith(`\uFEFF${nlHeader}\r\n`)).toBe(true);
      expect(en(file).startsWith(`\uFEFF${enHeader}\r\n`)).toBe(true);
    });
    it.each([
      ['cards', 3, ['idee', 'vraag', 'zorg', 'afspraak'], ['idea', 'question', 'concern', 'agreement']],
      ['cards', 6, ['ja', 'nee'], ['true', 'false']],
      [
        'questions',
        2,
        ['nieuw', 'direct beantwoord', 'komt later', 'beantwoord'],
        ['new', 'follow-up', 'answered', 'answered-on-spot'],
      ],
      [
        'attendance',
        0,
        ['deelnemers', 'aangemeld', 'groep', 'tafel'],
        ['participants', 'checked_in', 'group', 'table'],
      ],
      [
        'attendance',
        1,
        ['bewoners', 'ondernemers', 'professionals', 'gemeente', 'anders', 'niet ingevuld'],
        ['resident', 'entrepreneur', 'professional', 'municipality', 'other', 'unknown'],
      ],
    ] as const)('%s column %i: Dutch values, English ones in the English file', (file, column, dutch, english) => {
      const values = (csv: string) =>
        parseCsv(csv)
          .slice(1)
          // In the attendance file column 1 holds a group on "group" rows, a table title on others.
          .filter((r) => file !== 'attendance' || column === 0 || r[0] === 'groep' || r[0] === 'group')
          .map((r) => r[column]!)
          .filter((v) => v !== '');
      const nlValues = values(nl(file));
      expect(nlValues.length).toBeGreaterThan(0);
      for (const v of nlValues) expect(dutch).toContain(v);
      for (const v of values(en(file))) expect(english).toContain(v);
      expect(
        nlValues.some((v) => (english as readonly string[]).includes(v) && !(dutch as readonly string[]).includes(v)),
      ).toBe(false);
    });
    it.each([
      ['a semicolon', 'brood; kaas', '"brood; kaas"', 'brood; kaas'],
      ['a quote', 'het "plein"', '"het ""plein"""', 'het "plein"'],
      ['a line break', 'een\nregel', '"een\nregel"', 'een\nregel'],
      ['a comma only', 'a, b', 'a, b', 'a, b'],
    ])('a card with %s is one cell', (_what, text, written, parsed) => {
      const s = structuredClone(state);
      s.cards.card1 = { ...s.cards.card1!, text };
      const csv = reportCsv(buildReport(s, 'public', { language: 'nl' }), 'cards');
      expect(csv).toContain(`;${written};`);
      const rows = parseCsv(csv);
      expect(rows.find((r) => r[0] === 'card1')?.[4]).toBe(parsed);
      expect(new Set(rows.map((r) => r.length))).toEqual(new Set([11]));
    });
    it('the internal signups file has Dutch headers and the contacts', () => {
      const rows = parseCsv(nl('signups', 'internal'));
      expect(rows[0]).toEqual(['werkgroep', 'aanmeldingen', 'naam', 'e-mail', 'telefoon']);
      expect(rows.slice(1).filter((r) => r[3] !== '').length).toBe(6);
    });
  });

  it('CSV: a formula stays text, quotes and line breaks survive', () => {
    const tricky = '=HYPERLINK("http://x","klik"),\nnieuwe regel';
    const s = structuredClone(state);
    s.cards.card1 = { ...s.cards.card1!, text: tricky };
    for (const language of ['nl', 'en'] as const) {
      const rows = parseCsv(reportCsv(buildReport(s, 'public', { language }), 'cards'));
      expect(rows.find((r) => r[0] === 'card1')?.[4]).toBe(`'${tricky}`);
      expect(rows).toHaveLength(cardTexts.length + 1);
    }
  });

  it('JSON: re-imports into an identical session', () => {
    const internal = importArchive(archiveJson(state, 'internal'));
    expect(internal.ok && internal.archive.version).toBe('internal');
    if (!internal.ok || internal.archive.version !== 'internal') return;
    // Identical to the session, less its hidden card and hidden question (never exported).
    const { [Object.values(state.cards).find((c) => c.hidden)!.id]: _hidden, ...cards } = state.cards;
    const { q5: _abuse, ...questions } = state.questions;
    expect(internal.archive.session).toEqual({ ...state, cards, questions });
    // And the imported session goes on like the original: same events give the same state.
    const more = { v: state.version + 1, events: [{ type: 'followup.published' as const, at: 1 }] };
    expect(applyBatch(internal.archive.session, more)).toEqual({ ...applyBatch(state, more), cards, questions });
    // Exporting the import again gives the same file.
    expect(archiveJson(internal.archive.session, 'internal')).toBe(archiveJson(state, 'internal'));
    // The public archive imports too, and reports the same public content.
    const pub = importArchive(archiveJson(state, 'public'));
    expect(pub.ok && reportMarkdown(publicReportOf(pub.archive))).toBe(reportMarkdown(buildReport(state, 'public')));
  });

  it('JSON: a public archive of format version 1 (aliased people) is read as aggregates only', () => {
    const old = JSON.parse(archiveJson(state, 'internal')) as Record<string, unknown>;
    const imported = importArchive(JSON.stringify({ ...old, formatVersion: 1, version: 'public' }));
    expect(imported.ok && imported.archive.version).toBe('public');
    if (!imported.ok) return;
    expect('session' in imported.archive).toBe(false);
    expect(perPersonKeys(JSON.stringify(imported.archive))).toEqual([]);
    expect(reportMarkdown(publicReportOf(imported.archive))).toBe(reportMarkdown(buildReport(state, 'public')));
    expect(JSON.stringify(imported.archive)).not.toContain(state.joinCode);
  });

  it('JSON: serves as a template, and a broken file is refused with where it breaks', () => {
    const imported = importArchive(archiveJson(state, 'public'));
    expect(imported.ok && templateOf(imported.archive).tables.map((t) => t.id)).toEqual([
      'wijkhub',
      'wijksamenwerking',
      'wijkstem',
    ]);
    expect(importArchive('{')).toMatchObject({ ok: false, message: 'not JSON' });
    const broken = JSON.parse(archiveJson(state, 'internal')) as {
      session: { cards: Record<string, { text: unknown }> };
    };
    broken.session.cards.card1!.text = 42;
    expect(importArchive(JSON.stringify(broken))).toMatchObject({ ok: false, path: 'session.cards.card1.text' });
    expect(importArchive(JSON.stringify({ format: 'other' }))).toMatchObject({ ok: false, path: 'format' });
  });

  it('is written in the session language', async () => {
    const en = buildReport({ ...state, language: 'en' }, 'public');
    const md = reportMarkdown(en);
    expect(md).toContain('## Programme');
    expect(md).toContain('## Questions at the info point');
    expect(md).toContain('Date: 12 March 2025');
    expect(reportMarkdown(buildReport(state, 'public'))).toContain('Datum: 12 maart 2025');
    expect(reportHtml(en)).toContain('<html lang="en">');
    expect(reportHtml(buildReport(state, 'public'))).toContain('<html lang="nl">');
    expect(docxParagraphs(await reportDocx(en)).some((p) => p.style === 'Heading1' && p.text === 'Dot vote')).toBe(
      true,
    );
  });

  // One sign-up and one dot are the numbers a hand-made plural gets wrong ("1 aanmeldingen").
  it.each([
    ['nl', 1, '1 stip', '1 aanmelding', '2 keer gesteld'],
    ['nl', 2, '2 stippen', '2 aanmeldingen', '3 keer gesteld'],
    ['en', 1, '1 dot', '1 sign-up', 'asked 2 times'],
    ['en', 2, '2 dots', '2 sign-ups', 'asked 3 times'],
  ] as const)('%s: a count of %i reads %s, %s, %s in every format', async (language, n, dots, signups, asked) => {
    const r = structuredClone(buildReport({ ...state, language }, 'internal'));
    const [group, card, question] = [r.workingGroups[0], r.vote[0]?.card, r.questions[0]?.questions[0]];
    if (group === undefined || card === undefined || question === undefined) throw new Error('the evening lacks data');
    group.signups = n;
    card.dots = n;
    question.duplicateIds = Array.from({ length: n }, (_, i) => `dup${i}`);
    const texts = [
      reportMarkdown(r),
      reportHtml(r),
      docxParagraphs(await reportDocx(r))
        .map((p) => p.text)
        .join('\n'),
    ];
    // Not followed by a letter: "1 stip" must not be the start of "1 stippen".
    const whole = (words: string) => new RegExp(`${words}(?![\\p{L}-])`, 'u');
    for (const text of texts) {
      expect(text).toMatch(whole(dots));
      expect(text).toMatch(whole(signups));
      expect(text).toMatch(whole(asked));
    }
  });

  it('the agenda as it ran: real start times, in the venue time zone', () => {
    const r = buildReport(state, 'public');
    expect(r.agenda.map((p) => [p.plannedStart, p.actualStart])).toEqual([
      ['18:30', '18:30'],
      ['19:00', '19:01'],
      ['19:30', '19:33'],
      ['19:40', '19:42'],
      ['20:25', '20:27'],
      ['21:10', '21:12'],
      ['21:15', '21:17'],
      ['21:30', '21:32'],
    ]);
    expect(r.openFollowUps.map((q) => q.id)).toEqual(['q6']);
  });
});
