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
import { mdText } from '../../../shared/report/markdown';
import { REPORT_TEXTS } from '../../../shared/report/texts';
import { docxParagraphs } from './docx-text';
import { referenceEvening } from './evening';
import { THEMED, themedEvening, VOTERS } from './themed-evening';

const evening = themedEvening();

/** What a reader of the page sees: the text without tags, entities read. */
const plain = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The themes section of each format, cut out, so what it says is not confused with the rest of the report. */
async function sections(report: Report): Promise<Record<'md' | 'html' | 'docx' | 'csv', string>> {
  const t = report.texts;
  const md = reportMarkdown(report);
  const html = reportHtml(report);
  const paragraphs = docxParagraphs(await reportDocx(report));
  const from = paragraphs.findIndex((p) => p.style === 'Heading1' && p.text === t.themes);
  const to = paragraphs.findIndex((p, i) => i > from && p.style === 'Heading1');
  expect(from).toBeGreaterThan(-1);
  const between = (s: string, start: string, end: string) => {
    const i = s.indexOf(start);
    expect(i, start).toBeGreaterThan(-1);
    return s.slice(i, s.indexOf(end, i));
  };
  return {
    md: between(md, `## ${t.themes}`, `## ${t.vote}`),
    html: between(html, `<h2>${esc(t.themes)}</h2>`, `<h2>${esc(t.vote)}</h2>`),
    docx: paragraphs
      .slice(from, to)
      .map((p) => p.text)
      .join('\n'),
    csv: reportCsv(report, 'themes'),
  };
}

describe('the themes in every format', () => {
  it.each(['public', 'internal'] as const)(
    '%s: each theme with its dots, its cards, its tables and its groups',
    async (version) => {
      const report = buildReport(evening, version);
      const s = await sections(report);
      const text = { md: mdText, html: esc, docx: (x: string) => x, csv: (x: string) => x };
      for (const [format, out] of Object.entries(s) as [keyof typeof s, string][]) {
        const own = text[format];
        for (const theme of report.themes.list) {
          expect(out, `${format}: ${theme.label}`).toContain(own(theme.label));
          for (const c of theme.cards) expect(out, `${format}: ${c.text}`).toContain(own(c.text));
        }
        for (const gone of [THEMED.hidden, THEMED.merged, THEMED.proposal, THEMED.loose, 'Alleen een voorstel'])
          expect(out, `${format}: ${gone}`).not.toContain(gone);
      }
      for (const out of [s.md, plain(s.html), s.docx]) {
        expect(out).toContain('Een plek in de wijk — 11 stippen');
        expect(out).toContain('Wijkhub (1), Wijkstem (1)');
        expect(out).toContain('Stemmers per groep');
        expect(out).toContain('bewoners 4, gemeente 3');
        expect(out).toContain('Hier verschillen de groepen het meest');
        expect(out).toContain('Deel van hun stippen: gemeente 67%, bewoners 0%.');
        expect(out).toContain('67%');
      }
    },
  );

  it('Markdown: a row per group shown, and the marked places', () => {
    const md = reportMarkdown(buildReport(evening, 'public'));
    expect(md).toContain('| bewoners | 8 | 67% |');
    expect(md).toContain('| gemeente | 6 | 67% |');
    // Three themes are marked, the one without dots is not.
    expect(md.split('**Hier verschillen de groepen het meest.**').length - 1).toBe(3);
    expect(md).toContain('- Een vaste plek met koffie in de wijk _(Wijkhub, +1 vergelijkbaar)_');
  });

  it('HTML: the group table has row headers, a marked theme says so in words (not by colour alone)', () => {
    const html = reportHtml(buildReport(evening, 'public'));
    expect(html).toContain('<tr><th scope="row">bewoners</th><td class="num">8</td><td class="num">67%</td></tr>');
    expect(html).toContain('<p class="differs"><strong>Hier verschillen de groepen het meest.</strong>');
  });

  it('DOCX: the section and each theme are headings to navigate by', async () => {
    const p = docxParagraphs(await reportDocx(buildReport(evening, 'public')));
    expect(p.filter((x) => x.style === 'Heading1').map((x) => x.text)).toContain("Thema's van de avond");
    expect(p.filter((x) => x.style === 'Heading2').map((x) => x.text)).toEqual(
      expect.arrayContaining([
        'Een plek in de wijk — 11 stippen',
        'Jongeren — 10 stippen',
        'Regels en geld — 7 stippen',
        'Groen en spelen — 0 stippen',
      ]),
    );
  });

  it.each([
    [
      'nl',
      'thema-id;thema;wat;tafel of groep;kaartje-id;tekst;stippen;aandeel %;groepen verschillen',
      ['thema', 'groep', 'kaartje'],
      ['bewoners', 'gemeente'],
      'ja',
    ],
    [
      'en',
      'theme_id,theme,what,table_or_group,card_id,text,dots,share_percent,groups_differ',
      ['theme', 'group', 'card'],
      ['resident', 'municipality'],
      'true',
    ],
  ] as const)('CSV (%s): a row per theme, per group shown and per card', (language, header, kinds, groups, yes) => {
    const csv = reportCsv(buildReport(evening, 'public', { language }), 'themes');
    expect(csv.startsWith(`\uFEFF${header}\r\n`)).toBe(true);
    const rows = parseCsv(csv).slice(1);
    expect(new Set(rows.map((r) => r.length))).toEqual(new Set([9]));
    const plek = rows.filter((r) => r[0] === 't-plek');
    expect(plek.map((r) => [r[2], r[3], r[4], r[6], r[7], r[8]])).toEqual([
      [kinds[0], 'Wijkhub (1), Wijkstem (1)', '', '11', '', yes],
      [kinds[1], groups[0], '', '8', '67', ''],
      [kinds[1], groups[1], '', '3', '33', ''],
      [kinds[2], 'Wijkhub', 'c-plek1', '', '', ''],
      [kinds[2], 'Wijkstem', 'c-plek2', '', '', ''],
    ]);
    expect(plek.map((r) => r[5]).filter((x) => x !== '')).toEqual([THEMED.plek1, THEMED.plek2]);
    // Every theme's dots, and the total of all dots, as in the model.
    const themeRows = rows.filter((r) => r[2] === kinds[0]);
    expect(themeRows.map((r) => [r[0], Number(r[6])])).toEqual([
      ['t-plek', 11],
      ['t-jong', 10],
      ['t-regels', 7],
      ['t-bank', 0],
    ]);
  });

  it('JSON: the public archive holds the themes, and imports to the same report', () => {
    const json = archiveJson(evening, 'public');
    const imported = importArchive(json);
    expect(imported.ok).toBe(true);
    if (!imported.ok) return;
    const report = publicReportOf(imported.archive);
    expect(report.themes).toEqual(buildReport(evening, 'public').themes);
    expect(reportMarkdown(report)).toBe(reportMarkdown(buildReport(evening, 'public')));
    expect(reportCsv(report, 'themes')).toBe(reportCsv(buildReport(evening, 'public'), 'themes'));
    // The internal archive is the session itself: its themes, proposals too, import as they were.
    const internal = importArchive(archiveJson(evening, 'internal'));
    expect(internal.ok && internal.archive.version === 'internal' && internal.archive.session.themes).toEqual(
      evening.themes,
    );
  });

  it('JSON: a public archive written before themes imports with none', () => {
    const { state } = referenceEvening();
    const old = JSON.parse(archiveJson(state, 'public')) as { report: Record<string, unknown> };
    delete old.report.themes;
    const imported = importArchive(JSON.stringify(old));
    expect(imported.ok && publicReportOf(imported.archive).themes).toEqual({ list: [], dotsOn: null, groups: [] });
  });

  it('PDF/HTML: themes start a printed page of their own; "no themes" does not take a page', () => {
    const opens = (html: string, title: string) =>
      html.includes(`<section class="table-section"><h2>${esc(title)}</h2>`);
    const t = REPORT_TEXTS.nl;
    expect(opens(reportHtml(buildReport(evening, 'public')), t.themes)).toBe(true);
    const none = reportHtml(buildReport(referenceEvening().state, 'public'));
    expect(none).toContain(`<section><h2>${esc(t.themes)}</h2>`);
    expect(opens(none, t.themes)).toBe(false);
  });

  it.each(['nl', 'en'] as const)(
    '%s: an evening without themes says so; a vote on themes is not "no vote"',
    async (language: Language) => {
      const t = REPORT_TEXTS[language];
      const none = await sections(buildReport({ ...referenceEvening().state, language }, 'public'));
      for (const out of [none.md, plain(none.html), none.docx]) expect(out).toContain(t.noThemes);
      const themed = buildReport({ ...evening, language }, 'public');
      for (const out of [reportMarkdown(themed), plain(reportHtml(themed))]) {
        expect(out).toContain(t.voteOnThemes);
        expect(out).not.toContain(t.noVotes);
      }
    },
  );
});

it.each(['nl', 'en'] as const)('%s: no format prints a plural form as "[object Object]"', async (language) => {
  for (const state of [evening, referenceEvening().state]) {
    const report = buildReport({ ...state, language }, 'internal');
    const docx = docxParagraphs(await reportDocx(report))
      .map((p) => p.text)
      .join('\n');
    for (const out of [reportMarkdown(report), reportHtml(report), docx, reportCsv(report, 'themes')])
      expect(out).not.toContain('[object');
  }
});

describe('the public report keeps the themes free of personal data', () => {
  const PERSONAL = [...VOTERS.map((v) => v.name), ...VOTERS.map((v) => v.id)];

  it('no voter’s name or id in any format or in the archive', async () => {
    const report = buildReport(evening, 'public');
    const s = await sections(report);
    const json = archiveJson(evening, 'public');
    const whole = [reportMarkdown(report), reportHtml(report), ...Object.values(s), json];
    for (const out of whole) for (const secret of PERSONAL) expect(out).not.toContain(secret);
    // No dot of anyone: only counts.
    expect(json).not.toMatch(/"votes"/);
  });

  // The professionals are two voters who gave all their dots to "Jongeren": shown apart, their
  // split would be two people's votes. They count in the total (10) only.
  it.each(['public', 'internal'] as const)(
    '%s: a group under MIN_GROUP_VOTERS voters is never shown apart',
    async (version) => {
      for (const language of ['nl', 'en'] as const) {
        const report = buildReport(evening, version, { language });
        const t = report.texts;
        const s = await sections(report);
        for (const [format, out] of Object.entries(s)) {
          expect(out, `${format} (${language})`).not.toContain(t.group.professional);
          expect(out, `${format} (${language})`).not.toContain(t.group.unknown);
        }
        const csv = parseCsv(s.csv).slice(1);
        expect(csv.filter((r) => r[2] === t.csv.groupRow).map((r) => r[3])).not.toContain(
          language === 'en' ? 'professional' : t.group.professional,
        );
        expect(report.themes.list.find((x) => x.id === 't-jong')?.dots).toBe(10);
      }
      const json = archiveJson(evening, 'public');
      const archived = JSON.parse(json) as { report: { themes: { list: { byGroup: { group: string }[] }[] } } };
      expect(archived.report.themes.list.flatMap((x) => x.byGroup.map((g) => g.group))).not.toContain('professional');
    },
  );
});
