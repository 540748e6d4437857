import { describe, expect, it } from 'vitest';
import type { Language } from '../../../shared/model/session';
import {
  archiveJson,
  buildReport,
  importArchive,
  parseCsv,
  publicReportOf,
  type Report,
  reportCsv,
  reportHtml,
  reportMarkdown,
} from '../../../shared/report';
import { reportDocx } from '../../../shared/report/docx';
import { esc } from '../../../shared/report/html';
import { run, type Step } from '../rules/fixtures';
import { ROUND1, TEMPLATE } from '../rules/decide/setups';
import { docxParagraphs } from './docx-text';

/** Round 1 with three recommendations (one without owner, one without date), a hidden one and an idea. */
const STEPS: Step[] = [
  ...ROUND1,
  [
    'host:wijkhub',
    {
      type: 'card.add',
      cardId: 'r-budget',
      kind: 'recommendation',
      text: 'Een buurtbudget dat bewoners zelf verdelen',
      owner: 'Wijkteam Noord',
      due: '2026-06-30',
    },
  ],
  [
    'host:wijkstem',
    {
      type: 'card.add',
      cardId: 'r-spreekuur',
      kind: 'recommendation',
      text: 'Een vast spreekuur in het buurthuis',
      due: '2026-03-01',
    },
  ],
  [
    'fac',
    {
      type: 'card.add',
      cardId: 'r-raad',
      tableId: 'wijkhub',
      kind: 'recommendation',
      text: 'Een jongerenraad',
      owner: 'Wethouder Jeugd',
    },
  ],
  [
    'host:wijkhub',
    { type: 'card.add', cardId: 'r-weg', kind: 'recommendation', text: 'Verborgen advies', owner: 'Niemand' },
  ],
  ['fac', { type: 'card.hide', cardId: 'r-weg', hidden: true }],
  ['host:wijkhub', { type: 'card.add', cardId: 'c-idee', text: 'Meer bankjes op het plein' }],
];
const state = run(STEPS).state;
const title = (id: string) => TEMPLATE.tables.find((t) => t.id === id)!.title;

/** In the order the report lists them: earliest date first, no date last. */
const EXPECTED: Record<Language, { text: string; owner: string; due: string; table: string }[]> = {
  nl: [
    {
      text: 'Een vast spreekuur in het buurthuis',
      owner: 'nog niemand',
      due: '1 maart 2026',
      table: title('wijkstem'),
    },
    {
      text: 'Een buurtbudget dat bewoners zelf verdelen',
      owner: 'Wijkteam Noord',
      due: '30 juni 2026',
      table: title('wijkhub'),
    },
    { text: 'Een jongerenraad', owner: 'Wethouder Jeugd', due: 'geen datum', table: title('wijkhub') },
  ],
  en: [
    { text: 'Een vast spreekuur in het buurthuis', owner: 'nobody yet', due: '1 March 2026', table: title('wijkstem') },
    {
      text: 'Een buurtbudget dat bewoners zelf verdelen',
      owner: 'Wijkteam Noord',
      due: '30 June 2026',
      table: title('wijkhub'),
    },
    { text: 'Een jongerenraad', owner: 'Wethouder Jeugd', due: 'no date', table: title('wijkhub') },
  ],
};

const plain = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&');

/** Each format's recommendations section as lines of text, and the rest of the report after it. */
async function sections(r: Report): Promise<Record<'md' | 'html' | 'docx', { section: string; rest: string }>> {
  const t = r.texts;
  const cut = (s: string, start: string, end: string) => {
    const i = s.indexOf(start);
    const j = s.indexOf(end, i);
    expect(i, start).toBeGreaterThan(-1);
    expect(j, `${end} after ${start}`).toBeGreaterThan(i);
    return { section: s.slice(i, j), rest: s.slice(j) };
  };
  const paragraphs = docxParagraphs(await reportDocx(r));
  const docx = paragraphs.map((p) => (p.style === 'Heading1' ? `# ${p.text}` : p.text)).join('\n');
  return {
    md: cut(reportMarkdown(r), `## ${t.recommendations}`, `## ${t.tables}`),
    html: cut(reportHtml(r), `<h2>${esc(t.recommendations)}</h2>`, '<section class="table-section">'),
    docx: cut(docx, `# ${t.recommendations}`, `# ${t.table}: `),
  };
}

describe('the recommendations, listed apart in every format', () => {
  it.each([
    ['nl', 'public'],
    ['en', 'public'],
    ['nl', 'internal'],
    ['en', 'internal'],
  ] as const)(
    '%s, %s: before the tables, each with owner, date and table, earliest first',
    async (language, version) => {
      const r = buildReport(state, version, { language });
      const formats = await sections(r);
      for (const [format, { section, rest }] of Object.entries(formats)) {
        const text = format === 'html' ? plain(section) : section;
        let at = -1;
        for (const row of EXPECTED[language]) {
          const i = text.indexOf(row.text);
          expect(i, `${format}: ${row.text} after the one before`).toBeGreaterThan(at);
          // Owner, date and table stand on the recommendation's own row, before the next one.
          const next = EXPECTED[language].map((x) => text.indexOf(x.text)).filter((j) => j > i);
          const own = text.slice(i, next.length > 0 ? Math.min(...next) : undefined);
          for (const part of [row.owner, row.due, row.table]) expect(own, `${format}: ${row.text}`).toContain(part);
          at = i;
          // Not repeated among the table's cards.
          expect(rest, `${format}: ${row.text} again`).not.toContain(row.text);
        }
        expect(text, format).not.toContain('Verborgen advies');
        expect(text, format).not.toContain('Meer bankjes');
        expect(rest, format).toContain('Meer bankjes op het plein');
      }
      expect(reportHtml(r)).toContain('<time datetime="2026-03-01">');
    },
  );

  it.each(['nl', 'en'] as const)('%s: the CSV lists them first, with owner and due columns', (language) => {
    const r = buildReport(state, 'public', { language });
    const rows = parseCsv(reportCsv(r, 'cards'));
    const header = rows[0]!;
    const col = (name: string) => header.indexOf(name);
    const owner = col(r.texts.csv.owner);
    const due = col(r.texts.csv.due);
    expect([owner, due].every((i) => i > 0)).toBe(true);
    const body = rows.slice(1).map((row) => [row[col(r.texts.csv.text)], row[owner], row[due]]);
    expect(body).toEqual([
      ['Een vast spreekuur in het buurthuis', '', '2026-03-01'],
      ['Een buurtbudget dat bewoners zelf verdelen', 'Wijkteam Noord', '2026-06-30'],
      ['Een jongerenraad', 'Wethouder Jeugd', ''],
      ['Meer bankjes op het plein', '', ''],
    ]);
  });

  it('has no section when there are none', () => {
    const r = buildReport(run(ROUND1).state, 'internal');
    expect(reportMarkdown(r)).not.toContain(r.texts.recommendations);
    expect(reportHtml(r)).not.toContain(r.texts.recommendations);
  });

  it('the public report and archive carry them, without who wrote them, and read back the same', () => {
    const r = buildReport(state, 'public');
    const json = JSON.stringify(r);
    expect(json).not.toContain('host:');
    expect(json).not.toContain('authorId');
    const back = importArchive(archiveJson(state, 'public'));
    if (!back.ok) throw new Error(back.message);
    expect(publicReportOf(back.archive).recommendations).toEqual(r.recommendations);
  });

  it('an archive from before recommendations reads with none, and cards without owner or date', () => {
    const archive = JSON.parse(archiveJson(run(ROUND1).state, 'public')) as { report: Record<string, unknown> };
    delete archive.report.recommendations;
    const back = importArchive(JSON.stringify(archive));
    if (!back.ok) throw new Error(back.message);
    expect(publicReportOf(back.archive).recommendations).toEqual([]);
  });
});
