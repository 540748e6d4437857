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
import { registered } from '../door/fixtures';
import { run, type Step, T0 } from '../rules/fixtures';
import { docxParagraphs } from './docx-text';

/**
 * Sign-ups against turnout: numbers in both versions, in every format; the sandwiches internal;
 * never a name of who came or did not.
 */
const tick = (id: string): Step => ['desk', { type: 'registration.checkIn', registrationId: `r-${id}`, on: true }];
const walkIn = (id: string): Step => [
  'desk',
  { type: 'participant.walkIn', participantId: id, name: `Binnenloper ${id}`, group: null, sandwich: true },
];

function evening(): SessionState {
  const signedUp = registered({ state: run([]).state, now: T0 }, [
    { id: 'a', name: 'Aanmelder Anna', sandwich: true },
    { id: 'b', name: 'Aanmelder Bert', sandwich: true },
    { id: 'c', name: 'Aanmelder Cor' },
    { id: 'd', name: 'Aanmelder Dirk' },
    { id: 'e', name: 'Aanmelder Els', status: 'waiting' },
    { id: 'f', name: 'Aanmelder Fien', status: 'cancelled' },
  ]);
  return run([tick('a'), tick('c'), walkIn('w1'), walkIn('w2')], signedUp).state;
}

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

const NUMBERS = { registered: 4, arrived: 2, walkIns: 2, noShows: 2, waiting: 1, cancelled: 1 };

describe('buildReport: the door', () => {
  it.each<[string, 'public' | 'internal', unknown]>([
    ['public: numbers only', 'public', NUMBERS],
    ['internal: with the sandwiches', 'internal', { ...NUMBERS, sandwiches: { expected: 2, present: 3 } }],
  ])('%s', (_name, version, door) => {
    expect(buildReport(evening(), version).door).toEqual(door);
  });

  it('is null when nobody signed up beforehand', () => {
    expect(buildReport(run([]).state, 'internal').door).toBeNull();
  });
});

describe('the door in the formats', () => {
  it.each(['nl', 'en'] as const)('%s: every number in MD, HTML, DOCX; sandwiches only internal', async (language) => {
    const t = REPORT_TEXTS[language];
    const rows = t.doorRows;
    for (const version of ['public', 'internal'] as const) {
      const f = await everyFormat(evening(), version, language);
      for (const [format, out] of Object.entries({ md: f.md, html: f.html, docx: f.docx })) {
        expect(out, format).toContain(t.door);
        expect(out, format).toContain(`${rows.registered}: 4`);
        expect(out, format).toContain(`${rows.arrived}: 2`);
        expect(out, format).toContain(`${rows.walkIns}: 2`);
        expect(out, format).toContain(`${rows.noShows}: 2`);
        expect(out, format).toContain(`${rows.waiting}: 1`);
        expect(out, format).toContain(`${rows.cancelled}: 1`);
        if (version === 'internal') expect(out, format).toContain(`${rows.sandwichesPresent}: 3`);
        else expect(out, format).not.toContain(rows.sandwichesExpected);
      }
      if (version === 'public')
        for (const [format, out] of Object.entries(f)) {
          expect(out, format).not.toContain('Aanmelder');
          expect(out, format).not.toContain('Binnenloper');
        }
    }
  });

  it.each([
    ['nl', 'vooraf aangemeld', 'niet gekomen', 'broodjes aanwezig'],
    ['en', 'registered', 'no_shows', 'sandwiches_present'],
  ] as const)('CSV (%s): a row per number in the attendance file', (language, registeredRow, noShowRow, lunchRow) => {
    const value = (version: 'public' | 'internal', what: string) =>
      parseCsv(reportCsv(buildReport(evening(), version, { language }), 'attendance'))
        .filter((r) => r[0] === what)
        .map((r) => r[3]);
    expect(value('public', registeredRow)).toEqual(['4']);
    expect(value('public', noShowRow)).toEqual(['2']);
    expect(value('public', lunchRow)).toEqual([]);
    expect(value('internal', lunchRow)).toEqual(['3']);
  });

  it('the public archive holds the numbers and no sandwich, and reads back the same', async () => {
    const { json } = await everyFormat(evening(), 'public', 'nl');
    JSON.parse(json, (key, value: unknown) => {
      expect(key).not.toMatch(/sandwich/i);
      return value;
    });
    const imported = importArchive(json);
    expect(imported.ok).toBe(true);
    if (!imported.ok) return;
    expect(publicReportOf(imported.archive).door).toEqual(NUMBERS);
  });
});
