import type { ErrorCode } from '../../../../shared/protocol/errors';
import type { EventType } from '../../../../shared/protocol/events';
import type { Phase, Table } from '../../../../shared/model/session';
import { templateSetup } from '../../../../shared/templates';
import { card, type Cmd, highlight, join, type Step, to, type Who } from '../fixtures';

export const TEMPLATE = templateSetup('world-cafe-evening', 'nl');
export const agenda = (): Phase[] => structuredClone(TEMPLATE.agenda);
export const tables = (): Table[] => structuredClone(TEMPLATE.tables);

// Setups, each a script of the evening so far.
export const PEOPLE: Step[] = [...join('ann', ['wijkhub', 'wijkstem']), ...join('bob', ['wijkstem', 'wijkhub'])];
export const WALK_IN: Step[] = [...PEOPLE, ['fac', { type: 'phase.advance' }]];
export const ROUND1: Step[] = [...PEOPLE, ...to('round-1')];
export const CARDS: Step[] = [
  ...ROUND1,
  card('p:ann', 'c-ann'),
  card('host:wijkhub', 'c-host'),
  card('fac', 'c-fac', 'wijkstem'),
];
export const VOTING: Step[] = [...CARDS, highlight('c-host'), ['fac', { type: 'voting.open', dots: 3 }]];
export const DOT: Step[] = [...VOTING, ['p:ann', { type: 'vote.cast', cardId: 'c-host' }]];
export const QUESTION: Step[] = [
  ...PEOPLE,
  ['p:ann', { type: 'question.ask', questionId: 'q1', categoryId: 'bylaw', text: 'Wie beslist?' }],
];
export const TWO_QUESTIONS: Step[] = [
  ...QUESTION,
  ['p:bob', { type: 'question.ask', questionId: 'q2', categoryId: 'bylaw', text: 'Wie beslist dat?' }],
];
export const MERGED: Step[] = [
  ...TWO_QUESTIONS,
  ['desk', { type: 'question.merge', questionId: 'q2', intoQuestionId: 'q1' }],
];
export const SIGNED: Step[] = [
  ...PEOPLE,
  [
    'p:ann',
    {
      type: 'signup.add',
      signupId: 's1',
      groupId: 'wg-wijkhub',
      contact: { email: 'ann@example.org', phone: null },
      consent: true,
    },
  ],
];
export const ENDED: Step[] = [...CARDS, ['fac', { type: 'session.end' }]];
export const AT_END: Step[] = [...PEOPLE, ...to('drinks')];
// Every table holds one person, and round 1 began with both at the hub: it is over capacity.
export const CROWDED: Step[] = [
  ['fac', { type: 'tables.set', tables: tables().map((t) => ({ ...t, capacity: 1 })) }],
  ...join('ann', ['wijkhub', 'wijkstem']),
  ...join('bob', ['wijkhub', 'wijksamenwerking']),
  ...to('round-1'),
];
export const FIVE_HIGHLIGHTS: Step[] = [
  ...ROUND1,
  ...[1, 2, 3, 4, 5, 6].map((n) => card('host:wijkhub', `h${n}`)),
  ...[1, 2, 3, 4, 5].map((n) => highlight(`h${n}`)),
];

export type Row = { name: string; setup: Step[]; who: Who; cmd: Cmd; expect: ErrorCode | readonly EventType[] };
export const PHASE_CHANGE: EventType[] = ['phase.entered', 'timer.set'];
