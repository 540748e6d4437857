import { describe, expect, it } from 'vitest';
import type { ProgrammeLink, SessionState } from '../../../shared/model/session';
import { CSV_FILES, parseCsv } from '../../../shared/report/csv';
import { buildProgrammeReport, programmeJson } from '../../../shared/report/programme';
import { programmeCsv, programmeDocx, programmeHtml, programmeMarkdown } from '../../../shared/report/programme-files';
import { docxParagraphs } from './docx-text';
import { HOSTS, PEOPLE, referenceEvening } from './evening';
import { THEMED, themedEvening } from './themed-evening';

/**
 * A three-session programme whose first session was deleted: the report lists it as no longer
 * kept and holds the other two in full, in every format, each one heading level below the series.
 */
const second: SessionState = { ...themedEvening(), id: 's2', title: 'Tweede avond Noord' };
const third: SessionState = { ...referenceEvening().state, id: 's3', title: 'Derde avond Noord' };
const programme: ProgrammeLink = { id: 'p1', title: 'Leerkring Noord', sessionIds: ['s1', 's2'] };
const parts = [
  { sessionId: 's1', state: null },
  { sessionId: 's2', state: second },
  { sessionId: 's3', state: third },
];
const ANSWER = 'De gemeenteraad stelt de verordening vast, na advies van de wijk.';
const PERSONAL = [...PEOPLE.flatMap((p) => [p.name, p.email]), ...Object.values(HOSTS)];

const files = async (version: 'public' | 'internal') => {
  const p = buildProgrammeReport(programme, parts, version, { language: 'nl' });
  const docx = docxParagraphs(await programmeDocx(p));
  return {
    p,
    docx,
    all: {
      md: programmeMarkdown(p),
      html: programmeHtml(p),
      docx: docx.map((x) => x.text).join('\n'),
      csv: CSV_FILES.map((f) => programmeCsv(p, f)).join('\n'),
      json: programmeJson(p),
    },
  };
};

describe('the programme report model', () => {
  it('numbers every session in order and keeps a deleted one as a part without content', () => {
    const p = buildProgrammeReport(programme, parts, 'public', { language: 'nl' });
    expect(p.title).toBe('Leerkring Noord');
    expect(p.parts.map((x) => [x.number, x.sessionId, x.kept])).toEqual([
      [1, 's1', false],
      [2, 's2', true],
      [3, 's3', true],
    ]);
    const kept = p.parts.filter((x) => x.kept);
    expect(kept.map((x) => x.report.title)).toEqual(['Tweede avond Noord', 'Derde avond Noord']);
    // The public parts are the public session reports: no hosts, no contacts.
    for (const x of kept) {
      expect(x.report.version).toBe('public');
      expect(x.report.tables.every((t) => t.host === null)).toBe(true);
      expect(x.report.workingGroups.every((g) => g.contacts === null)).toBe(true);
    }
  });

  it('writes its words in the language asked for', () => {
    const p = buildProgrammeReport(programme, parts, 'public', { language: 'en' });
    expect(programmeMarkdown(p)).toContain('## Meeting 2: Tweede avond Noord');
    expect(p.parts.find((x) => x.kept)?.report.texts.report).toBe('Report');
  });
});

describe.each(['public', 'internal'] as const)('the programme report (%s) in every format', (version) => {
  it('holds all three parts: the deleted one said so, the others with cards, themes and answers', async () => {
    const { all } = await files(version);
    for (const [format, text] of Object.entries(all)) {
      if (format !== 'csv' && format !== 'json') {
        expect(text, format).toContain('Leerkring Noord');
        expect(text, format).toContain('Bijeenkomst 1');
        expect(text, format).toContain('niet meer bewaard');
      }
      expect(text, format).toContain('Bijeenkomst 2: Tweede avond Noord'.slice(format === 'json' ? 15 : 0));
      expect(text, format).toContain('Derde avond Noord');
      expect(text, format).toContain(THEMED.plek2);
      expect(text, format).toContain(ANSWER);
      expect(text, format).toContain('Een bankje bij de speeltuin'.slice(0, 20));
    }
  });

  it('puts each session one heading level below the series, in Markdown, HTML and Word', async () => {
    const { all, docx } = await files(version);
    expect(all.md).toMatch(/^# Leerkring Noord$/m);
    expect(all.md).toMatch(/^## Bijeenkomst 1$/m);
    expect(all.md).toMatch(/^## Bijeenkomst 3: Derde avond Noord$/m);
    expect(all.md).toMatch(/^### Programma$/m);
    expect(all.md).not.toMatch(/^# Derde avond Noord$/m);
    expect(all.html).toContain('<h1>Leerkring Noord</h1>');
    expect(all.html).toContain('<h2>Bijeenkomst 3: Derde avond Noord</h2>');
    expect(all.html).toContain('<h3>Programma</h3>');
    expect(all.html.match(/<h1>/g)).toHaveLength(1);
    expect(all.html.match(/<section class="part">/g)).toHaveLength(3);
    expect(docx.filter((x) => x.style === 'Title').map((x) => x.text)).toEqual(['Leerkring Noord']);
    expect(docx.filter((x) => x.style === 'Heading1').map((x) => x.text)).toEqual([
      'Bijeenkomst 1',
      'Bijeenkomst 2: Tweede avond Noord',
      'Bijeenkomst 3: Derde avond Noord',
    ]);
  });

  it('has the meeting as the first column of every CSV', async () => {
    const { p } = await files(version);
    const rows = parseCsv(programmeCsv(p, 'cards'));
    expect(rows[0]![0]).toBe('bijeenkomst');
    const meetings = new Set(rows.slice(1).map((r) => r[0]));
    expect([...meetings]).toEqual(['Bijeenkomst 2: Tweede avond Noord', 'Bijeenkomst 3: Derde avond Noord']);
  });

  it(
    version === 'public' ? 'names nobody' : 'names the hosts and the contacts who agreed, as the session report does',
    async () => {
      const { all } = await files(version);
      for (const [format, text] of Object.entries(all)) {
        const named = PERSONAL.filter((x) => text.includes(x));
        if (version === 'public') expect(named, format).toEqual([]);
        else if (format !== 'csv') expect(named.length, format).toBeGreaterThan(0);
      }
    },
  );
});
