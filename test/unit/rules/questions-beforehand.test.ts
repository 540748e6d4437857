import { describe, expect, it } from 'vitest';
import type { InfoCategory, Question } from '../../../shared/model/session';
import { groupByCategory, questionsBeforehand } from '../../../shared/rules/questions';
import { attempt, expectError, join, run, type Step, to, type Who } from './fixtures';

/**
 * Questions beforehand: the server marks a question from the session's status when it is asked
 * (a draft: sent before the day, for the panel), never from what the client says.
 */
const ASK = {
  type: 'question.ask',
  questionId: 'q1',
  categoryId: 'funding',
  text: 'Wie betaalt het buurthuis?',
} as const;
const LIVE: Step[] = to('walk-in');
const ENDED: Step[] = [...to('walk-in'), ['fac', { type: 'session.end' }]];

const rows: { is: string; setup: Step[]; who: Who; beforehand: true | undefined }[] = [
  { is: 'a participant, while the session is a draft', setup: [], who: 'p:ann', beforehand: true },
  { is: 'the desk logs one sent in by mail, while a draft', setup: [], who: 'desk', beforehand: true },
  { is: 'the facilitator, while a draft', setup: [], who: 'fac', beforehand: true },
  { is: 'a participant, once the session is live', setup: LIVE, who: 'p:ann', beforehand: undefined },
  { is: 'the desk, once live', setup: LIVE, who: 'desk', beforehand: undefined },
  { is: 'the desk, after the end', setup: ENDED, who: 'desk', beforehand: undefined },
];

describe('question.ask marks a question beforehand from the status', () => {
  for (const row of rows)
    it(`${row.is}: beforehand ${String(row.beforehand)}`, () => {
      const { state, now } = run([...join('ann'), ...row.setup]);
      const d = attempt(state, row.who, ASK, now);
      expect(d.ok && d.events[0]?.type === 'question.asked' ? d.events[0].question.beforehand : 'refused').toBe(
        row.beforehand,
      );
    });

  // SPEC R17
  it('a question asked while live keeps no beforehand field at all (stored sessions look the same)', () => {
    const { state, now } = run([...join('ann'), ...LIVE]);
    const d = attempt(state, 'p:ann', ASK, now);
    expect(d.ok && d.events[0]?.type === 'question.asked' && 'beforehand' in d.events[0].question).toBe(false);
  });

  for (const [status, setup] of [
    ['draft', []],
    ['live', LIVE],
  ] as const)
    for (const claim of [true, false])
      it(`a client that claims beforehand: ${claim} (${status}) is refused at the door`, () => {
        const { state, now } = run([...join('ann'), ...setup]);
        expectError(attempt(state, 'p:ann', { ...ASK, beforehand: claim } as never, now), 'VALIDATION');
      });

  it('the door rules still hold before the start: a closed door keeps new people out of a draft', () => {
    const { state, now } = run([['fac', { type: 'door.set', open: false }]]);
    expectError(attempt(state, 'p:bob', { type: 'participant.join', participantId: 'bob' }, now), 'DOOR_CLOSED');
  });
});

const CATS: InfoCategory[] = [
  { id: 'bylaw', label: 'Verordening' },
  { id: 'funding', label: 'Financiering' },
  { id: 'other', label: 'Overig' },
];
const q = (id: string, categoryId: string, extra: Partial<Question> = {}): Question => ({
  id,
  authorId: null,
  categoryId,
  text: `vraag ${id}`,
  status: 'new',
  answer: null,
  hidden: false,
  mergedInto: null,
  createdAt: Number(id.slice(1)),
  beforehand: true,
  ...extra,
});

describe('groupByCategory', () => {
  const cases: { is: string; questions: Question[]; groups: [string, string[], number][] }[] = [
    { is: 'no questions: no groups', questions: [], groups: [] },
    {
      is: 'in the order of the categories, not of arrival; empty categories left out',
      questions: [q('q1', 'other'), q('q2', 'bylaw'), q('q3', 'other')],
      groups: [
        ['bylaw', ['q2'], 1],
        ['other', ['q1', 'q3'], 2],
      ],
    },
    {
      is: 'a category removed since: its own group at the end, by id',
      questions: [q('q1', 'gone'), q('q2', 'funding')],
      groups: [
        ['funding', ['q2'], 1],
        ['gone', ['q1'], 1],
      ],
    },
  ];
  for (const c of cases)
    it(c.is, () => {
      expect(
        groupByCategory(c.questions, CATS).map((g) => [g.categoryId, g.questions.map((x) => x.id), g.count]),
      ).toEqual(c.groups);
    });

  it('labels come from the categories', () => {
    expect(groupByCategory([q('q1', 'funding')], CATS)[0]?.label).toBe('Financiering');
  });
});

describe('questionsBeforehand', () => {
  const cases: { is: string; questions: Question[]; groups: [string, string[], number][] }[] = [
    {
      is: 'only those sent beforehand, oldest first',
      questions: [q('q3', 'funding'), q('q1', 'funding'), q('q2', 'funding', { beforehand: undefined })],
      groups: [['funding', ['q1', 'q3'], 2]],
    },
    {
      is: 'hidden ones out, duplicates shown with the question they repeat (not on their own)',
      questions: [q('q1', 'bylaw'), q('q2', 'bylaw', { hidden: true }), q('q3', 'bylaw', { mergedInto: 'q1' })],
      groups: [['bylaw', ['q1'], 1]],
    },
    {
      is: 'answered ones stay in the list (the report answers them)',
      questions: [q('q1', 'other', { status: 'answered', answer: 'Ja' }), q('q2', 'bylaw')],
      groups: [
        ['bylaw', ['q2'], 1],
        ['other', ['q1'], 1],
      ],
    },
  ];
  for (const c of cases)
    it(c.is, () => {
      const questions = Object.fromEntries(c.questions.map((x) => [x.id, x]));
      expect(
        questionsBeforehand({ questions, infoCategories: CATS }).map((g) => [
          g.categoryId,
          g.questions.map((x) => x.id),
          g.count,
        ]),
      ).toEqual(c.groups);
    });
});
