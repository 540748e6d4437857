import { describe, expect, it } from 'vitest';
import type { Language } from '../../../shared/model/session';
import {
  archiveJson,
  buildReport,
  importArchive,
  parseCsv,
  publicReportOf,
  reportCsv,
  reportHtml,
  reportMarkdown,
} from '../../../shared/report';
import { reportDocx } from '../../../shared/report/docx';
import { REPORT_TEXTS } from '../../../shared/report/texts';
import { join, run, type Step, to } from '../rules/fixtures';
import { docxParagraphs } from './docx-text';

/**
 * A Wijklab-like day: two people send questions while the session is a draft (one answered, one
 * not, one hidden, one a duplicate), then one asks on the day. The report's "Vragen vooraf"
 * lists the ones sent beforehand, by topic, with the answer or "not answered yet".
 */
const ask = (who: 'ann' | 'bob', questionId: string, categoryId: string, text: string): Step => [
  `p:${who}`,
  { type: 'question.ask', questionId, categoryId, text },
];
function wijklab() {
  return run([
    ...join('ann'),
    ...join('bob'),
    ask('ann', 'b1', 'funding', 'Wie betaalt de huur van het buurthuis?'),
    ask('bob', 'b2', 'bylaw', 'Mag de wijkraad zelf geld uitgeven?'),
    ask('bob', 'b3', 'funding', 'Wie betaalt het buurthuis eigenlijk?'),
    ask('ann', 'b4', 'other', 'Scheldpartij vooraf'),
    ...to('walk-in'),
    ask('ann', 'd1', 'other', 'Waar zijn de broodjes?'),
    ['desk', { type: 'question.answer', questionId: 'b1', answer: 'De gemeente, tot 2027.' }],
    ['desk', { type: 'question.merge', questionId: 'b3', intoQuestionId: 'b1' }],
    ['desk', { type: 'question.hide', questionId: 'b4', hidden: true }],
  ]).state;
}

describe('the report: questions beforehand', () => {
  const state = wijklab();

  it('the model: beforehand by topic, apart from the questions of the day; hidden out, duplicates folded', () => {
    const r = buildReport(state, 'public');
    expect(
      r.questionsBeforehand.map((c) => [c.categoryId, c.questions.map((q) => [q.id, q.answer, q.duplicateIds])]),
    ).toEqual([
      ['bylaw', [['b2', null, []]]],
      ['funding', [['b1', 'De gemeente, tot 2027.', ['b3']]]],
    ]);
    expect(r.questions.flatMap((c) => c.questions.map((q) => q.id))).toEqual(['d1']);
    // Nobody's id in the public model, not even the authors'.
    expect(JSON.stringify(r)).not.toMatch(/"(ann|bob)"/);
  });

  for (const language of ['nl', 'en'] as Language[]) {
    const t = REPORT_TEXTS[language];
    const r = buildReport({ ...state, language }, 'internal', { language });

    it(`${language}: Markdown and HTML have the section, the answer and "${t.notAnsweredYet}"`, () => {
      for (const text of [reportMarkdown(r), reportHtml(r)]) {
        const from = text.indexOf(t.questionsBeforehand);
        const to = text.indexOf(t.questions, from);
        expect(from).toBeGreaterThan(-1);
        const section = text.slice(from, to);
        expect(section).toContain('Mag de wijkraad zelf geld uitgeven?');
        expect(section).toContain(t.notAnsweredYet);
        expect(section).toContain('De gemeente, tot 2027.');
        expect(section).not.toContain('Scheldpartij');
        expect(section).not.toContain('broodjes');
      }
    });

    it(`${language}: Word has it as a heading, the topics under it`, async () => {
      const p = docxParagraphs(await reportDocx(r));
      const at = p.findIndex((x) => x.text === t.questionsBeforehand);
      expect(p[at]?.style).toBe('Heading1');
      const end = p.findIndex((x, i) => i > at && x.text === t.questions);
      const section = p.slice(at, end).map((x) => x.text);
      expect(section).toEqual(expect.arrayContaining(r.questionsBeforehand.map((c) => c.label)));
      expect(section.some((x) => x.includes(t.notAnsweredYet))).toBe(true);
    });

    it(`${language}: the questions CSV marks them in its last column`, () => {
      const rows = parseCsv(reportCsv(r, 'questions'));
      const yes = language === 'en' ? 'true' : 'ja';
      const no = language === 'en' ? 'false' : 'nee';
      expect(rows.slice(1).map((row) => [row[0], row[6]])).toEqual([
        ['b2', yes],
        ['b1', yes],
        ['d1', no],
      ]);
    });
  }

  it('the public archive keeps them, and an archive from before has none', () => {
    const imported = importArchive(archiveJson(state, 'public'));
    expect(imported.ok && publicReportOf(imported.archive).questionsBeforehand.length).toBe(2);
    const old = JSON.parse(archiveJson(state, 'public')) as { report: Record<string, unknown> };
    delete old.report.questionsBeforehand;
    const again = importArchive(JSON.stringify(old));
    expect(again.ok && publicReportOf(again.archive).questionsBeforehand).toEqual([]);
  });

  it('an evening without questions beforehand has no such section', () => {
    const plain = run([...join('ann'), ...to('walk-in'), ask('ann', 'd1', 'other', 'Waar?')]).state;
    const r = buildReport(plain, 'public');
    expect(r.questionsBeforehand).toEqual([]);
    expect(reportMarkdown(r)).not.toContain(REPORT_TEXTS.nl.questionsBeforehand);
    expect(reportHtml(r)).not.toContain(REPORT_TEXTS.nl.questionsBeforehand);
  });
});
