import { describe, expect, it } from 'vitest';
import type { Language, SessionState } from '../../../shared/model/session';
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
} from '../../../shared/report';
import { reportDocx } from '../../../shared/report/docx';
import { REPORT_TEXTS } from '../../../shared/report/texts';
import { docxParagraphs } from './docx-text';
import { referenceEvening } from './evening';

/**
 * The sandwiches are for the caterer (how many) and the facilitator (for whom): in every format
 * of the internal report, in none of the public one, not even the count.
 */
const { state } = referenceEvening();

/** The evening with these people (by id) ticking "a sandwich", under this name (null: no name). */
function lunch(who: [id: string, name: string | null][]): SessionState {
  const s = structuredClone(state);
  for (const [id, name] of who) s.participants[id] = { ...s.participants[id]!, sandwich: true, name };
  return s;
}

const ORDERS: [id: string, name: string | null][] = [
  ['person3', 'Zoë Broodjesnaam'],
  ['person1', 'Anna Broodjesnaam'],
  ['person7', null],
  ['person8', '  '],
];

async function everyFormat(s: SessionState, version: 'public' | 'internal', language: Language) {
  const report = buildReport(s, version, { language });
  return {
    md: reportMarkdown(report),
    html: reportHtml(report),
    docx: docxParagraphs(await reportDocx(report))
      .map((p) => p.text)
      .join('\n'),
    csv: CSV_FILES.map((f) => reportCsv(report, f)).join('\n'),
    json: archiveJson(s, version),
  };
}

describe('buildReport: the sandwiches', () => {
  it.each([
    ['nobody', [], { count: 0, names: [], unnamed: 0 }],
    ['one by name', [['person2', 'Piet']], { count: 1, names: ['Piet'], unnamed: 0 }],
    [
      'names sorted; no name and a blank name only counted',
      ORDERS,
      { count: 4, names: ['Anna Broodjesnaam', 'Zoë Broodjesnaam'], unnamed: 2 },
    ],
    ['names trimmed', [['person2', '  Piet ']], { count: 1, names: ['Piet'], unnamed: 0 }],
  ] as [string, [string, string | null][], unknown][])('%s', (_what, who, expected) => {
    const s = lunch(who);
    expect(buildReport(s, 'internal').sandwiches).toEqual(expected);
    expect(buildReport(s, 'public').sandwiches).toBeNull();
  });
});

describe('the sandwiches in the formats', () => {
  const s = lunch(ORDERS);

  it.each(['nl', 'en'] as const)(
    'internal (%s): count, names and "without a name" in MD, HTML and DOCX',
    async (language) => {
      const t = REPORT_TEXTS[language];
      const f = await everyFormat(s, 'internal', language);
      for (const [format, out] of Object.entries({ md: f.md, html: f.html, docx: f.docx })) {
        expect(out, format).toContain(t.sandwiches);
        expect(out, format).toContain(`${t.sandwichCount}: 4`);
        expect(out, format).toContain(`${t.sandwichFor}: Anna Broodjesnaam, Zoë Broodjesnaam`);
        expect(out, format).toContain(`${t.sandwichUnnamed}: 2`);
      }
    },
  );

  it.each([
    ['nl', 'broodjes', 'broodje voor', 'zonder naam'],
    ['en', 'sandwiches', 'sandwich_for', 'without_name'],
  ] as const)(
    'internal CSV (%s): the count and a row per name in the attendance file',
    (language, total, forWhom, unnamed) => {
      const rows = parseCsv(reportCsv(buildReport(s, 'internal', { language }), 'attendance')).slice(1);
      expect(rows.filter((r) => r[0] === total).map((r) => r[3])).toEqual(['4']);
      expect(rows.filter((r) => r[0] === forWhom).map((r) => [r[1], r[3]])).toEqual([
        ['Anna Broodjesnaam', '1'],
        ['Zoë Broodjesnaam', '1'],
        [unnamed, '2'],
      ]);
    },
  );

  it('internal JSON: the archive is the session, with every sandwich tick', async () => {
    const imported = importArchive((await everyFormat(s, 'internal', 'nl')).json);
    expect(imported.ok && imported.archive.version).toBe('internal');
    if (!imported.ok || imported.archive.version !== 'internal') return;
    const ticks = Object.values(imported.archive.session.participants).filter((p) => p.sandwich);
    expect(ticks.map((p) => p.id).sort()).toEqual(['person1', 'person3', 'person7', 'person8']);
  });

  it.each(['nl', 'en'] as const)('public (%s): no sandwich count, no name in any format', async (language) => {
    const t = REPORT_TEXTS[language];
    const f = await everyFormat(s, 'public', language);
    for (const [format, out] of Object.entries(f)) {
      for (const label of [t.sandwichCount, t.sandwichFor, t.sandwichUnnamed, t.csv.sandwichFor])
        expect(out, `${format}: ${label}`).not.toContain(label);
      expect(out, format).not.toContain('Broodjesnaam');
      expect(out, format).not.toMatch(new RegExp(`^${t.csv.sandwiches}[;,]`, 'm'));
    }
    // The public archive holds no sandwich field at all, and reads back without one.
    JSON.parse(f.json, (key, value: unknown) => {
      expect(key).not.toMatch(/sandwich/i);
      return value;
    });
    const imported = importArchive(f.json);
    expect(imported.ok && publicReportOf(imported.archive).sandwiches).toBeNull();
  });
});
