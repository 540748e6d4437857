import { describe, expect, it } from 'vitest';
import { COMMAND_TYPES } from '../../../shared/protocol/commands';
import type { ErrorCode } from '../../../shared/protocol/errors';
import type { EventType } from '../../../shared/protocol/events';
import type { Phase, Table, Timer } from '../../../shared/model/session';
import { applyBatch } from '../../../shared/rules/apply';
import { tableFor } from '../../../shared/rules/phase';
import { templateSetup } from '../../../shared/templates';
import {
  attempt,
  card,
  type Cmd,
  expectError,
  expectEvents,
  highlight,
  join,
  MIN,
  run,
  type Step,
  tick,
  to,
  type Who,
} from './fixtures';

const TEMPLATE = templateSetup('world-cafe-evening', 'nl');
const agenda = (): Phase[] => structuredClone(TEMPLATE.agenda);
const tables = (): Table[] => structuredClone(TEMPLATE.tables);

// Setups, each a script of the evening so far.
const PEOPLE: Step[] = [...join('ann', ['wijkhub', 'wijkstem']), ...join('bob', ['wijkstem', 'wijkhub'])];
const WALK_IN: Step[] = [...PEOPLE, ['fac', { type: 'phase.advance' }]];
const ROUND1: Step[] = [...PEOPLE, ...to('round-1')];
const CARDS: Step[] = [
  ...ROUND1,
  card('p:ann', 'c-ann'),
  card('host:wijkhub', 'c-host'),
  card('fac', 'c-fac', 'wijkstem'),
];
const VOTING: Step[] = [...CARDS, highlight('c-host'), ['fac', { type: 'voting.open', dots: 3 }]];
const DOT: Step[] = [...VOTING, ['p:ann', { type: 'vote.cast', cardId: 'c-host' }]];
const QUESTION: Step[] = [
  ...PEOPLE,
  ['p:ann', { type: 'question.ask', questionId: 'q1', categoryId: 'bylaw', text: 'Wie beslist?' }],
];
const TWO_QUESTIONS: Step[] = [
  ...QUESTION,
  ['p:bob', { type: 'question.ask', questionId: 'q2', categoryId: 'bylaw', text: 'Wie beslist dat?' }],
];
const MERGED: Step[] = [...TWO_QUESTIONS, ['desk', { type: 'question.merge', questionId: 'q2', intoQuestionId: 'q1' }]];
const SIGNED: Step[] = [
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
const ENDED: Step[] = [...CARDS, ['fac', { type: 'session.end' }]];
const AT_END: Step[] = [...PEOPLE, ...to('drinks')];
// Every table holds one person, and round 1 began with both at the hub: it is over capacity.
const CROWDED: Step[] = [
  ['fac', { type: 'tables.set', tables: tables().map((t) => ({ ...t, capacity: 1 })) }],
  ...join('ann', ['wijkhub', 'wijkstem']),
  ...join('bob', ['wijkhub', 'wijksamenwerking']),
  ...to('round-1'),
];
const FIVE_HIGHLIGHTS: Step[] = [
  ...ROUND1,
  ...[1, 2, 3, 4, 5, 6].map((n) => card('host:wijkhub', `h${n}`)),
  ...[1, 2, 3, 4, 5].map((n) => highlight(`h${n}`)),
];

type Row = { name: string; setup: Step[]; who: Who; cmd: Cmd; expect: ErrorCode | readonly EventType[] };
const PHASE_CHANGE: EventType[] = ['phase.entered', 'timer.set'];

// prettier-ignore
const ROWS: Row[] = [
  // ── accepted: every command type at least once ──────────────────────────────────────────
  {
    name: 'facilitator renames the session',
    setup: [],
    who: 'fac',
    cmd: { type: 'session.update', title: 'Wijkavond Noord' },
    expect: ['session.updated'],
  },
  {
    name: 'facilitator drops the drinks from the agenda',
    setup: [],
    who: 'fac',
    cmd: { type: 'agenda.set', phases: agenda().slice(0, -1) },
    expect: ['agenda.set'],
  },
  {
    name: 'facilitator renames a table',
    setup: [],
    who: 'fac',
    cmd: { type: 'tables.set', tables: tables().map((t) => ({ ...t, host: 'Ineke' })) },
    expect: ['tables.set'],
  },
  {
    name: 'removing an empty table lets go of picks and groups',
    setup: PEOPLE,
    who: 'fac',
    cmd: { type: 'tables.set', tables: tables().slice(0, 2) },
    expect: ['tables.set', 'tables.picked', 'tables.picked', 'workingGroups.set'],
  },
  {
    name: 'facilitator shortens the rounds',
    setup: [],
    who: 'fac',
    cmd: { type: 'rounds.set', rounds: { count: 2, lengthMin: 40, tablesPerParticipant: 2 } },
    expect: ['rounds.set'],
  },
  {
    name: 'facilitator sets the info categories',
    setup: [],
    who: 'fac',
    cmd: { type: 'categories.set', categories: [{ id: 'other', label: 'Overig' }] },
    expect: ['categories.set'],
  },
  {
    name: 'facilitator sets the working groups',
    setup: [],
    who: 'fac',
    cmd: { type: 'workingGroups.set', groups: [{ id: 'wg-x', title: 'X', description: '', tableId: 'wijkhub' }] },
    expect: ['workingGroups.set'],
  },
  {
    name: 'the first advance starts the session',
    setup: [],
    who: 'fac',
    cmd: { type: 'phase.advance' },
    expect: ['session.started', ...PHASE_CHANGE],
  },
  {
    name: 'advance with the phase the facilitator saw',
    setup: WALK_IN,
    who: 'fac',
    cmd: { type: 'phase.advance', expectedPhaseId: 'walk-in' },
    expect: PHASE_CHANGE,
  },
  {
    name: 'back one phase',
    setup: ROUND1,
    who: 'fac',
    cmd: { type: 'phase.back', expectedPhaseId: 'round-1' },
    expect: PHASE_CHANGE,
  },
  {
    name: 'jump to the wrap-up',
    setup: ROUND1,
    who: 'fac',
    cmd: { type: 'phase.jump', phaseId: 'wrap-up' },
    expect: PHASE_CHANGE,
  },
  {
    name: 'start the timer with a duration',
    setup: ROUND1,
    who: 'fac',
    cmd: { type: 'timer.start', durationMs: 10 * MIN },
    expect: ['timer.set'],
  },
  { name: 'pause the timer', setup: ROUND1, who: 'fac', cmd: { type: 'timer.pause' }, expect: ['timer.set'] },
  {
    name: 'resume the timer',
    setup: [...ROUND1, ['fac', { type: 'timer.pause' }]],
    who: 'fac',
    cmd: { type: 'timer.resume' },
    expect: ['timer.set'],
  },
  {
    name: 'extend the timer',
    setup: ROUND1,
    who: 'fac',
    cmd: { type: 'timer.extend', ms: 5 * MIN },
    expect: ['timer.set'],
  },
  {
    name: 'broadcast a message',
    setup: WALK_IN,
    who: 'fac',
    cmd: { type: 'broadcast.send', text: 'Koffie staat klaar' },
    expect: ['broadcast.set'],
  },
  {
    name: 'clear the broadcast',
    setup: [...WALK_IN, ['fac', { type: 'broadcast.send', text: 'Hallo' }]],
    who: 'fac',
    cmd: { type: 'broadcast.clear' },
    expect: ['broadcast.set'],
  },
  { name: 'open voting', setup: CARDS, who: 'fac', cmd: { type: 'voting.open', dots: 3 }, expect: ['voting.set'] },
  { name: 'close voting', setup: VOTING, who: 'fac', cmd: { type: 'voting.close' }, expect: ['voting.set'] },
  {
    name: 'publish a seating plan',
    setup: PEOPLE,
    who: 'fac',
    cmd: { type: 'plan.publish', plan: { ann: ['wijkstem', 'wijkhub'], bob: ['wijkhub', null] } },
    expect: ['plan.published'],
  },
  {
    name: 'a plan keeps a begun round as it is, even over capacity',
    setup: CROWDED,
    who: 'fac',
    cmd: { type: 'plan.publish', plan: { ann: ['wijkhub', 'wijkstem'], bob: ['wijkhub', 'wijksamenwerking'] } },
    expect: ['plan.published'],
  },
  {
    name: 'a latecomer who checks in after the plan gets seats',
    setup: [...PEOPLE, ['fac', { type: 'plan.publish', plan: { ann: ['wijkstem', 'wijkhub'] } }], ...join('cas')],
    who: 'p:cas',
    cmd: { type: 'checkin' },
    expect: ['participant.checkedIn', 'assignment.set', 'assignment.set'],
  },
  {
    name: 'a latecomer in round 2 gets one seat, at the table they picked',
    setup: [
      ...PEOPLE,
      ['fac', { type: 'plan.publish', plan: { ann: ['wijkstem', 'wijkhub'] } }],
      ...to('round-2'),
      ...join('cas'),
    ],
    who: 'p:cas',
    cmd: { type: 'tables.pick', picks: ['wijksamenwerking'] },
    expect: ['tables.picked', 'assignment.set'],
  },
  {
    name: 'place a participant',
    setup: PEOPLE,
    who: 'fac',
    cmd: { type: 'assignment.set', participantId: 'ann', round: 1, tableId: 'wijksamenwerking' },
    expect: ['assignment.set'],
  },
  { name: 'end the session', setup: ROUND1, who: 'fac', cmd: { type: 'session.end' }, expect: ['session.ended'] },
  {
    name: 'a participant joins',
    setup: [],
    who: 'p:cas',
    cmd: { type: 'participant.join', participantId: 'cas' },
    expect: ['participant.joined'],
  },
  {
    name: 'a participant gives a name',
    setup: PEOPLE,
    who: 'p:ann',
    cmd: { type: 'profile.set', name: 'Ann', group: 'resident' },
    expect: ['profile.set'],
  },
  {
    name: 'a participant picks tables',
    setup: PEOPLE,
    who: 'p:ann',
    cmd: { type: 'tables.pick', picks: ['wijkstem', 'wijkhub'] },
    expect: ['tables.picked'],
  },
  {
    name: 'a participant checks in',
    setup: PEOPLE,
    who: 'p:ann',
    cmd: { type: 'checkin' },
    expect: ['participant.checkedIn'],
  },
  {
    name: 'a participant erases their data',
    setup: PEOPLE,
    who: 'p:ann',
    cmd: { type: 'participant.erase' },
    expect: ['participant.erased'],
  },
  {
    name: 'the facilitator closes the door to new participants',
    setup: PEOPLE,
    who: 'fac',
    cmd: { type: 'door.set', open: false },
    expect: ['door.set'],
  },
  {
    name: 'the facilitator opens the door again',
    setup: [...PEOPLE, ['fac', { type: 'door.set', open: false }]],
    who: 'fac',
    cmd: { type: 'door.set', open: true },
    expect: ['door.set'],
  },
  {
    name: 'a participant who joined before the door closed goes on as usual',
    setup: [...PEOPLE, ['fac', { type: 'door.set', open: false }]],
    who: 'p:ann',
    cmd: { type: 'profile.set', name: 'Ann' },
    expect: ['profile.set'],
  },
  {
    name: 'the facilitator removes who did nothing',
    setup: [...PEOPLE, ...join('cas')],
    who: 'fac',
    cmd: { type: 'participants.removeInactive' },
    expect: ['participants.removed'],
  },
  {
    name: 'after the end, too: names of people who did nothing go',
    setup: [...ROUND1, ...join('cas'), ['fac', { type: 'session.end' }]],
    who: 'fac',
    cmd: { type: 'participants.removeInactive' },
    expect: ['participants.removed'],
  },
  {
    name: 'a participant adds a card at their table',
    setup: ROUND1,
    who: 'p:ann',
    cmd: { type: 'card.add', cardId: 'c1', text: 'Een buurthuis' },
    expect: ['card.added'],
  },
  {
    name: 'a participant names the table they picked for this round (no plan yet)',
    setup: ROUND1,
    who: 'p:ann',
    cmd: { type: 'card.add', cardId: 'c1', tableId: 'wijkhub', text: 'Een buurthuis' },
    expect: ['card.added'],
  },
  {
    name: 'a host adds a card to their table',
    setup: ROUND1,
    who: 'host:wijkstem',
    cmd: { type: 'card.add', cardId: 'c1', text: 'Budget' },
    expect: ['card.added'],
  },
  {
    name: 'a facilitator adds a card to any table',
    setup: WALK_IN,
    who: 'fac',
    cmd: { type: 'card.add', cardId: 'c1', tableId: 'wijkstem', text: 'Budget' },
    expect: ['card.added'],
  },
  {
    name: 'the author edits their card',
    setup: CARDS,
    who: 'p:ann',
    cmd: { type: 'card.edit', cardId: 'c-ann', text: 'Een groter buurthuis' },
    expect: ['card.edited'],
  },
  {
    name: 'a host edits their own card',
    setup: CARDS,
    who: 'host:wijkhub',
    cmd: { type: 'card.edit', cardId: 'c-host', kind: 'concern' },
    expect: ['card.edited'],
  },
  {
    name: 'the author withdraws their card',
    setup: CARDS,
    who: 'p:ann',
    cmd: { type: 'card.withdraw', cardId: 'c-ann' },
    expect: ['card.removed'],
  },
  {
    name: 'a host highlights a card of their table',
    setup: CARDS,
    who: 'host:wijkhub',
    cmd: { type: 'card.highlight', cardId: 'c-ann', on: true },
    expect: ['card.highlighted'],
  },
  {
    name: 'a facilitator hides a card',
    setup: CARDS,
    who: 'fac',
    cmd: { type: 'card.hide', cardId: 'c-ann', hidden: true },
    expect: ['card.hidden'],
  },
  {
    name: 'a facilitator merges two cards',
    setup: CARDS,
    who: 'fac',
    cmd: { type: 'card.merge', cardId: 'c-ann', intoCardId: 'c-host' },
    expect: ['card.merged'],
  },
  {
    name: 'a host writes the table summary',
    setup: CARDS,
    who: 'host:wijkhub',
    cmd: { type: 'summary.set', tableId: 'wijkhub', text: 'Een plek in de wijk' },
    expect: ['summary.set'],
  },
  {
    name: 'a participant casts a dot',
    setup: VOTING,
    who: 'p:bob',
    cmd: { type: 'vote.cast', cardId: 'c-host' },
    expect: ['vote.cast'],
  },
  {
    name: 'a participant takes a dot back',
    setup: DOT,
    who: 'p:ann',
    cmd: { type: 'vote.withdraw', cardId: 'c-host' },
    expect: ['vote.withdrawn'],
  },
  {
    name: 'a participant asks the info point',
    setup: PEOPLE,
    who: 'p:ann',
    cmd: { type: 'question.ask', questionId: 'q1', categoryId: 'funding', text: 'Hoeveel geld?' },
    expect: ['question.asked'],
  },
  {
    name: 'the desk logs a question asked in person',
    setup: [],
    who: 'desk',
    cmd: { type: 'question.ask', questionId: 'q1', categoryId: 'funding', text: 'Hoeveel geld?' },
    expect: ['question.asked'],
  },
  {
    name: 'the desk triages a question',
    setup: QUESTION,
    who: 'desk',
    cmd: { type: 'question.triage', questionId: 'q1', categoryId: 'funding', status: 'follow-up' },
    expect: ['question.triaged'],
  },
  {
    name: 'the desk answers a question',
    setup: QUESTION,
    who: 'desk',
    cmd: { type: 'question.answer', questionId: 'q1', answer: 'De wijkraad' },
    expect: ['question.answered'],
  },
  {
    name: 'the desk hides a question',
    setup: QUESTION,
    who: 'desk',
    cmd: { type: 'question.hide', questionId: 'q1', hidden: true },
    expect: ['question.hidden'],
  },
  {
    name: 'the desk merges a duplicate',
    setup: TWO_QUESTIONS,
    who: 'desk',
    cmd: { type: 'question.merge', questionId: 'q2', intoQuestionId: 'q1' },
    expect: ['question.merged'],
  },
  {
    name: 'the facilitator undoes a merge after the end',
    setup: [...MERGED, ...to('round-1'), ['fac', { type: 'session.end' }]],
    who: 'fac',
    cmd: { type: 'question.merge', questionId: 'q2', intoQuestionId: null },
    expect: ['question.merged'],
  },
  {
    name: 'the facilitator publishes the follow-up after the end',
    setup: [...QUESTION, ...to('round-1'), ['fac', { type: 'session.end' }]],
    who: 'fac',
    cmd: { type: 'followup.publish', published: true },
    expect: ['followup.published'],
  },
  {
    name: 'and takes it offline again',
    setup: [
      ...QUESTION,
      ...to('round-1'),
      ['fac', { type: 'session.end' }],
      ['fac', { type: 'followup.publish', published: true }],
    ],
    who: 'fac',
    cmd: { type: 'followup.publish', published: false },
    expect: ['followup.published'],
  },
  {
    name: 'publishing before the end',
    setup: QUESTION,
    who: 'fac',
    cmd: { type: 'followup.publish', published: true },
    expect: 'WRONG_PHASE',
  },
  {
    name: 'the desk publishes the follow-up',
    setup: [...QUESTION, ...to('round-1'), ['fac', { type: 'session.end' }]],
    who: 'desk',
    cmd: { type: 'followup.publish', published: true },
    expect: 'FORBIDDEN',
  },
  {
    name: 'merging into a duplicate',
    setup: [...MERGED, ['desk', { type: 'question.ask', questionId: 'q3', categoryId: 'other', text: 'x' }]],
    who: 'desk',
    cmd: { type: 'question.merge', questionId: 'q3', intoQuestionId: 'q2' },
    expect: 'CONFLICT',
  },
  {
    name: 'merging a question into itself',
    setup: QUESTION,
    who: 'desk',
    cmd: { type: 'question.merge', questionId: 'q1', intoQuestionId: 'q1' },
    expect: 'VALIDATION',
  },
  {
    name: 'merging into an unknown question',
    setup: QUESTION,
    who: 'desk',
    cmd: { type: 'question.merge', questionId: 'q1', intoQuestionId: 'nope' },
    expect: 'NOT_FOUND',
  },
  {
    name: 'a merge that is already so',
    setup: MERGED,
    who: 'desk',
    cmd: { type: 'question.merge', questionId: 'q2', intoQuestionId: 'q1' },
    expect: [],
  },
  {
    name: 'publishing what is already public',
    setup: [
      ...QUESTION,
      ...to('round-1'),
      ['fac', { type: 'session.end' }],
      ['fac', { type: 'followup.publish', published: true }],
    ],
    who: 'fac',
    cmd: { type: 'followup.publish', published: true },
    expect: [],
  },
  {
    name: 'a participant signs up with contact and consent',
    setup: PEOPLE,
    who: 'p:ann',
    cmd: {
      type: 'signup.add',
      signupId: 's1',
      groupId: 'wg-wijkstem',
      contact: { email: 'a@b.nl', phone: null },
      consent: true,
    },
    expect: ['signup.added'],
  },
  {
    name: 'a participant withdraws their sign-up',
    setup: SIGNED,
    who: 'p:ann',
    cmd: { type: 'signup.withdraw', signupId: 's1' },
    expect: ['signup.withdrawn'],
  },
  {
    name: 'the follow-up: answering after the end',
    setup: [
      ...CARDS,
      ['p:ann', { type: 'question.ask', questionId: 'q0', categoryId: 'other', text: 'x' }],
      ['fac', { type: 'session.end' }],
    ],
    who: 'fac',
    cmd: { type: 'question.answer', questionId: 'q0', answer: 'Ja' },
    expect: ['question.answered'],
  },
  {
    name: 'erasing stays possible after the end',
    setup: ENDED,
    who: 'p:ann',
    cmd: { type: 'participant.erase' },
    expect: ['participant.erased'],
  },

  // ── FORBIDDEN ────────────────────────────────────────────────────────────────────────────
  {
    name: 'the screen advances the phase',
    setup: [],
    who: 'screen',
    cmd: { type: 'phase.advance' },
    expect: 'FORBIDDEN',
  },
  {
    name: 'the screen adds a card',
    setup: ROUND1,
    who: 'screen',
    cmd: { type: 'card.add', cardId: 'c1', tableId: 'wijkhub', text: 'x' },
    expect: 'FORBIDDEN',
  },
  {
    name: 'the screen asks a question',
    setup: [],
    who: 'screen',
    cmd: { type: 'question.ask', questionId: 'q1', categoryId: 'other', text: 'x' },
    expect: 'FORBIDDEN',
  },
  {
    name: 'a participant advances the phase',
    setup: PEOPLE,
    who: 'p:ann',
    cmd: { type: 'phase.advance' },
    expect: 'FORBIDDEN',
  },
  { name: 'a participant opens voting', setup: CARDS, who: 'p:ann', cmd: { type: 'voting.open' }, expect: 'FORBIDDEN' },
  {
    name: 'a host adds a card to another table',
    setup: ROUND1,
    who: 'host:wijkhub',
    cmd: { type: 'card.add', cardId: 'c1', tableId: 'wijkstem', text: 'x' },
    expect: 'FORBIDDEN',
  },
  {
    name: "a host highlights another table's card",
    setup: CARDS,
    who: 'host:wijkhub',
    cmd: { type: 'card.highlight', cardId: 'c-fac', on: true },
    expect: 'FORBIDDEN',
  },
  {
    name: "a host writes another table's summary",
    setup: CARDS,
    who: 'host:wijkhub',
    cmd: { type: 'summary.set', tableId: 'wijkstem', text: 'x' },
    expect: 'FORBIDDEN',
  },
  {
    name: "a participant edits someone else's card",
    setup: CARDS,
    who: 'p:bob',
    cmd: { type: 'card.edit', cardId: 'c-ann', text: 'mine now' },
    expect: 'FORBIDDEN',
  },
  {
    name: "a host edits a participant's card",
    setup: CARDS,
    who: 'host:wijkhub',
    cmd: { type: 'card.edit', cardId: 'c-ann', text: 'tidied' },
    expect: 'FORBIDDEN',
  },
  {
    name: "a facilitator edits a host's card",
    setup: CARDS,
    who: 'fac',
    cmd: { type: 'card.edit', cardId: 'c-host', text: 'tidied' },
    expect: 'FORBIDDEN',
  },
  {
    name: "a participant withdraws someone else's card",
    setup: CARDS,
    who: 'p:ann',
    cmd: { type: 'card.withdraw', cardId: 'c-host' },
    expect: 'FORBIDDEN',
  },
  {
    name: 'a participant adds a card at a table they do not sit at',
    setup: ROUND1,
    who: 'p:ann',
    cmd: { type: 'card.add', cardId: 'c1', tableId: 'wijkstem', text: 'x' },
    expect: 'FORBIDDEN',
  },
  {
    name: 'a participant without a seat this round adds a card at a table they name',
    setup: [...ROUND1, ['fac', { type: 'assignment.set', participantId: 'ann', round: 1, tableId: null }]],
    who: 'p:ann',
    cmd: { type: 'card.add', cardId: 'c1', tableId: 'wijkstem', text: 'x' },
    expect: 'FORBIDDEN',
  },
  {
    name: 'a participant who picked no tables adds a card at a table they name',
    setup: [...PEOPLE, ...join('cas'), ...to('round-1')],
    who: 'p:cas',
    cmd: { type: 'card.add', cardId: 'c1', tableId: 'wijkhub', text: 'x' },
    expect: 'FORBIDDEN',
  },
  {
    name: 'a participant without a seat in round 2 adds a card at the table they picked for round 1',
    setup: [...join('cas', ['wijkhub']), ...to('round-2')],
    who: 'p:cas',
    cmd: { type: 'card.add', cardId: 'c1', tableId: 'wijkhub', text: 'x' },
    expect: 'FORBIDDEN',
  },
  {
    name: 'a participant joins as someone else',
    setup: [],
    who: 'p:ann',
    cmd: { type: 'participant.join', participantId: 'bob' },
    expect: 'FORBIDDEN',
  },
  {
    name: 'someone who never joined checks in',
    setup: [],
    who: 'p:ghost',
    cmd: { type: 'checkin' },
    expect: 'FORBIDDEN',
  },
  {
    name: 'an erased participant adds a card',
    setup: [...ROUND1, ['p:ann', { type: 'participant.erase' }]],
    who: 'p:ann',
    cmd: { type: 'card.add', cardId: 'c1', text: 'x' },
    expect: 'FORBIDDEN',
  },
  {
    name: 'the desk hides a card',
    setup: CARDS,
    who: 'desk',
    cmd: { type: 'card.hide', cardId: 'c-ann', hidden: true },
    expect: 'FORBIDDEN',
  },
  {
    name: 'a host of a removed table adds a card',
    setup: [...WALK_IN, ['fac', { type: 'tables.set', tables: tables().slice(0, 2) }]],
    who: 'host:wijkstem',
    cmd: { type: 'card.add', cardId: 'c1', text: 'x' },
    expect: 'FORBIDDEN',
  },

  // ── WRONG_PHASE ──────────────────────────────────────────────────────────────────────────
  {
    name: 'a plan that changes a round that has begun',
    setup: [...ROUND1, ['fac', { type: 'phase.jump', phaseId: 'round-1' }]],
    who: 'fac',
    cmd: { type: 'plan.publish', plan: { ann: ['wijkstem', 'wijkhub'] } },
    expect: 'CONFLICT',
  },
  {
    name: 'a plan with a table twice for one person',
    setup: PEOPLE,
    who: 'fac',
    cmd: { type: 'plan.publish', plan: { ann: ['wijkhub', 'wijkhub'] } },
    expect: 'VALIDATION',
  },
  {
    name: 'a plan with the wrong number of rounds',
    setup: PEOPLE,
    who: 'fac',
    cmd: { type: 'plan.publish', plan: { ann: ['wijkhub'] } },
    expect: 'VALIDATION',
  },
  {
    name: 'a plan for someone unknown',
    setup: PEOPLE,
    who: 'fac',
    cmd: { type: 'plan.publish', plan: { nope: ['wijkhub', 'wijkstem'] } },
    expect: 'NOT_FOUND',
  },
  {
    name: 'a vote before voting opens',
    setup: [...CARDS, highlight('c-host')],
    who: 'p:ann',
    cmd: { type: 'vote.cast', cardId: 'c-host' },
    expect: 'WRONG_PHASE',
  },
  {
    name: 'a vote after voting closed',
    setup: [...DOT, ['fac', { type: 'voting.close' }]],
    who: 'p:ann',
    cmd: { type: 'vote.withdraw', cardId: 'c-host' },
    expect: 'WRONG_PHASE',
  },
  {
    name: 'a participant card during the walk-in',
    setup: WALK_IN,
    who: 'p:ann',
    cmd: { type: 'card.add', cardId: 'c1', tableId: 'wijkhub', text: 'x' },
    expect: 'WRONG_PHASE',
  },
  {
    name: 'a participant card in the break after round 1',
    setup: [...ROUND1, ...to('break-2')],
    who: 'p:ann',
    cmd: { type: 'card.add', cardId: 'c1', text: 'x' },
    expect: 'WRONG_PHASE',
  },
  {
    name: 'a host card before the session started',
    setup: [],
    who: 'host:wijkhub',
    cmd: { type: 'card.add', cardId: 'c1', text: 'x' },
    expect: 'WRONG_PHASE',
  },
  {
    name: 'a host card after session.end',
    setup: ENDED,
    who: 'host:wijkhub',
    cmd: { type: 'card.add', cardId: 'c1', text: 'x' },
    expect: 'WRONG_PHASE',
  },
  {
    name: 'a participant card after session.end',
    setup: ENDED,
    who: 'p:ann',
    cmd: { type: 'card.add', cardId: 'c1', text: 'x' },
    expect: 'WRONG_PHASE',
  },
  {
    name: 'a host highlight after session.end',
    setup: ENDED,
    who: 'host:wijkhub',
    cmd: { type: 'card.highlight', cardId: 'c-ann', on: true },
    expect: 'WRONG_PHASE',
  },
  {
    name: 'a participant question after session.end',
    setup: ENDED,
    who: 'p:ann',
    cmd: { type: 'question.ask', questionId: 'q1', categoryId: 'other', text: 'x' },
    expect: 'WRONG_PHASE',
  },
  {
    name: 'a sign-up after session.end',
    setup: ENDED,
    who: 'p:ann',
    cmd: { type: 'signup.add', signupId: 's1', groupId: 'wg-wijkhub', consent: false },
    expect: 'WRONG_PHASE',
  },
  {
    name: 'a phase change after session.end',
    setup: ENDED,
    who: 'fac',
    cmd: { type: 'phase.jump', phaseId: 'walk-in' },
    expect: 'WRONG_PHASE',
  },
  {
    name: 'advance past the last phase',
    setup: AT_END,
    who: 'fac',
    cmd: { type: 'phase.advance', expectedPhaseId: 'drinks' },
    expect: 'WRONG_PHASE',
  },
  {
    name: 'advance with an empty agenda',
    setup: [['fac', { type: 'agenda.set', phases: [] }]],
    who: 'fac',
    cmd: { type: 'phase.advance' },
    expect: 'WRONG_PHASE',
  },
  {
    name: 'back before the session started',
    setup: [],
    who: 'fac',
    cmd: { type: 'phase.back' },
    expect: 'WRONG_PHASE',
  },
  { name: 'back from the first phase', setup: WALK_IN, who: 'fac', cmd: { type: 'phase.back' }, expect: 'WRONG_PHASE' },
  {
    name: 'start a timer in draft',
    setup: [],
    who: 'fac',
    cmd: { type: 'timer.start', durationMs: 60_000 },
    expect: 'WRONG_PHASE',
  },
  { name: 'pause when there is no timer', setup: [], who: 'fac', cmd: { type: 'timer.pause' }, expect: 'WRONG_PHASE' },
  { name: 'open voting in draft', setup: [], who: 'fac', cmd: { type: 'voting.open' }, expect: 'WRONG_PHASE' },
  {
    name: 'end a session that never started',
    setup: [],
    who: 'fac',
    cmd: { type: 'session.end' },
    expect: 'WRONG_PHASE',
  },

  // ── CONFLICT ─────────────────────────────────────────────────────────────────────────────
  {
    name: 'two facilitators press next: the second is stale',
    setup: [...WALK_IN, ['fac', { type: 'phase.advance', expectedPhaseId: 'walk-in' }]],
    who: 'fac',
    cmd: { type: 'phase.advance', expectedPhaseId: 'walk-in' },
    expect: 'CONFLICT',
  },
  {
    name: 'two facilitators press back: the second is stale',
    setup: [...ROUND1, ['fac', { type: 'phase.back', expectedPhaseId: 'round-1' }]],
    who: 'fac',
    cmd: { type: 'phase.back', expectedPhaseId: 'round-1' },
    expect: 'CONFLICT',
  },
  {
    name: 'a duplicate card id',
    setup: CARDS,
    who: 'p:bob',
    cmd: { type: 'card.add', cardId: 'c-ann', text: 'x' },
    expect: 'CONFLICT',
  },
  {
    name: 'removing a table that has cards',
    setup: CARDS,
    who: 'fac',
    cmd: { type: 'tables.set', tables: tables().slice(0, 2) },
    expect: 'CONFLICT',
  },
  {
    name: 'removing a table people are placed at',
    setup: [...PEOPLE, ['fac', { type: 'assignment.set', participantId: 'ann', round: 1, tableId: 'wijkstem' }]],
    who: 'fac',
    cmd: { type: 'tables.set', tables: tables().slice(0, 2) },
    expect: 'CONFLICT',
  },
  {
    name: 'signing up twice for one group',
    setup: SIGNED,
    who: 'p:ann',
    cmd: { type: 'signup.add', signupId: 's2', groupId: 'wg-wijkhub', consent: false },
    expect: 'CONFLICT',
  },
  {
    name: 'a duplicate sign-up id',
    setup: SIGNED,
    who: 'p:bob',
    cmd: { type: 'signup.add', signupId: 's1', groupId: 'wg-wijkstem', consent: false },
    expect: 'CONFLICT',
  },
  {
    name: 'a duplicate question id',
    setup: QUESTION,
    who: 'p:bob',
    cmd: { type: 'question.ask', questionId: 'q1', categoryId: 'other', text: 'x' },
    expect: 'CONFLICT',
  },
  {
    name: 'joining twice',
    setup: PEOPLE,
    who: 'p:ann',
    cmd: { type: 'participant.join', participantId: 'ann' },
    expect: 'CONFLICT',
  },
  {
    name: 'removing the running phase from the agenda',
    setup: ROUND1,
    who: 'fac',
    cmd: { type: 'agenda.set', phases: agenda().filter((p) => p.id !== 'round-1' && p.id !== 'round-2') },
    expect: 'CONFLICT',
  },
  {
    name: 'fewer rounds than the agenda plays',
    setup: [],
    who: 'fac',
    cmd: { type: 'rounds.set', rounds: { count: 1, lengthMin: 45, tablesPerParticipant: 1 } },
    expect: 'CONFLICT',
  },
  {
    name: 'removing a category that has questions',
    setup: QUESTION,
    who: 'fac',
    cmd: { type: 'categories.set', categories: [{ id: 'other', label: 'Overig' }] },
    expect: 'CONFLICT',
  },
  {
    name: 'removing a group people signed up for',
    setup: SIGNED,
    who: 'fac',
    cmd: { type: 'workingGroups.set', groups: [] },
    expect: 'CONFLICT',
  },
  {
    name: 'highlighting a hidden card',
    setup: [...CARDS, ['fac', { type: 'card.hide', cardId: 'c-ann', hidden: true }]],
    who: 'fac',
    cmd: { type: 'card.highlight', cardId: 'c-ann', on: true },
    expect: 'CONFLICT',
  },
  {
    name: 'a dot on a card that is not a highlight',
    setup: VOTING,
    who: 'p:ann',
    cmd: { type: 'vote.cast', cardId: 'c-ann' },
    expect: 'CONFLICT',
  },
  {
    name: 'fewer dots than someone already used',
    setup: [...DOT, ['p:ann', { type: 'vote.cast', cardId: 'c-host' }]],
    who: 'fac',
    cmd: { type: 'voting.open', dots: 1 },
    expect: 'CONFLICT',
  },
  {
    name: 'merging into a merged card',
    setup: [...CARDS, ['fac', { type: 'card.merge', cardId: 'c-fac', intoCardId: 'c-host' }]],
    who: 'fac',
    cmd: { type: 'card.merge', cardId: 'c-ann', intoCardId: 'c-fac' },
    expect: 'CONFLICT',
  },
  {
    name: 'merging a card others were merged into',
    setup: [...CARDS, ['fac', { type: 'card.merge', cardId: 'c-fac', intoCardId: 'c-host' }]],
    who: 'fac',
    cmd: { type: 'card.merge', cardId: 'c-host', intoCardId: 'c-ann' },
    expect: 'CONFLICT',
  },
  {
    name: 'placing someone at the same table twice',
    setup: [...PEOPLE, ['fac', { type: 'assignment.set', participantId: 'ann', round: 1, tableId: 'wijkstem' }]],
    who: 'fac',
    cmd: { type: 'assignment.set', participantId: 'ann', round: 2, tableId: 'wijkstem' },
    expect: 'CONFLICT',
  },

  // ── NOT_FOUND ────────────────────────────────────────────────────────────────────────────
  {
    name: 'an unknown card',
    setup: CARDS,
    who: 'p:ann',
    cmd: { type: 'card.edit', cardId: 'nope', text: 'x' },
    expect: 'NOT_FOUND',
  },
  {
    name: 'an unknown card to merge into',
    setup: CARDS,
    who: 'fac',
    cmd: { type: 'card.merge', cardId: 'c-ann', intoCardId: 'nope' },
    expect: 'NOT_FOUND',
  },
  {
    name: 'a hidden card does not exist for a host',
    setup: [...CARDS, ['fac', { type: 'card.hide', cardId: 'c-host', hidden: true }]],
    who: 'host:wijkhub',
    cmd: { type: 'card.highlight', cardId: 'c-host', on: true },
    expect: 'NOT_FOUND',
  },
  {
    name: 'a hidden card does not exist for its author',
    setup: [...CARDS, ['fac', { type: 'card.hide', cardId: 'c-ann', hidden: true }]],
    who: 'p:ann',
    cmd: { type: 'card.edit', cardId: 'c-ann', text: 'x' },
    expect: 'NOT_FOUND',
  },
  {
    name: 'an unknown table',
    setup: WALK_IN,
    who: 'fac',
    cmd: { type: 'card.add', cardId: 'c1', tableId: 'nope', text: 'x' },
    expect: 'NOT_FOUND',
  },
  {
    name: 'an unknown table to pick',
    setup: PEOPLE,
    who: 'p:ann',
    cmd: { type: 'tables.pick', picks: ['wijkhub', 'nope'] },
    expect: 'NOT_FOUND',
  },
  {
    name: 'an unknown table for a summary',
    setup: WALK_IN,
    who: 'fac',
    cmd: { type: 'summary.set', tableId: 'nope', text: 'x' },
    expect: 'NOT_FOUND',
  },
  {
    name: 'an unknown category',
    setup: PEOPLE,
    who: 'p:ann',
    cmd: { type: 'question.ask', questionId: 'q1', categoryId: 'nope', text: 'x' },
    expect: 'NOT_FOUND',
  },
  {
    name: 'an unknown category in triage',
    setup: QUESTION,
    who: 'desk',
    cmd: { type: 'question.triage', questionId: 'q1', categoryId: 'nope' },
    expect: 'NOT_FOUND',
  },
  {
    name: 'an unknown question',
    setup: QUESTION,
    who: 'desk',
    cmd: { type: 'question.answer', questionId: 'nope', answer: 'x' },
    expect: 'NOT_FOUND',
  },
  {
    name: 'an unknown working group',
    setup: PEOPLE,
    who: 'p:ann',
    cmd: { type: 'signup.add', signupId: 's1', groupId: 'nope', consent: false },
    expect: 'NOT_FOUND',
  },
  {
    name: "someone else's sign-up answers like a missing one",
    setup: SIGNED,
    who: 'p:bob',
    cmd: { type: 'signup.withdraw', signupId: 's1' },
    expect: 'NOT_FOUND',
  },
  {
    name: 'an unknown phase',
    setup: [],
    who: 'fac',
    cmd: { type: 'phase.jump', phaseId: 'nope' },
    expect: 'NOT_FOUND',
  },
  {
    name: 'an unknown participant to place',
    setup: [],
    who: 'fac',
    cmd: { type: 'assignment.set', participantId: 'nope', round: 1, tableId: 'wijkhub' },
    expect: 'NOT_FOUND',
  },
  {
    name: 'withdrawing a dot that is not there',
    setup: VOTING,
    who: 'p:ann',
    cmd: { type: 'vote.withdraw', cardId: 'c-host' },
    expect: 'NOT_FOUND',
  },
  {
    name: 'a working group at an unknown table',
    setup: [],
    who: 'fac',
    cmd: { type: 'workingGroups.set', groups: [{ id: 'wg', title: 'X', description: '', tableId: 'nope' }] },
    expect: 'NOT_FOUND',
  },

  // ── LIMIT_REACHED ────────────────────────────────────────────────────────────────────────
  {
    name: 'a plan that overfills a round still to come',
    setup: CROWDED,
    who: 'fac',
    cmd: { type: 'plan.publish', plan: { ann: ['wijkhub', 'wijkstem'], bob: ['wijkhub', 'wijkstem'] } },
    expect: 'LIMIT_REACHED',
  },
  {
    name: 'a 6th highlight at a table',
    setup: FIVE_HIGHLIGHTS,
    who: 'host:wijkhub',
    cmd: { type: 'card.highlight', cardId: 'h6', on: true },
    expect: 'LIMIT_REACHED',
  },
  {
    name: 'a 6th highlight by the facilitator too',
    setup: FIVE_HIGHLIGHTS,
    who: 'fac',
    cmd: { type: 'card.highlight', cardId: 'h6', on: true },
    expect: 'LIMIT_REACHED',
  },
  {
    name: 'a 4th dot with 3 dots',
    setup: [
      ...DOT,
      ['p:ann', { type: 'vote.cast', cardId: 'c-host' }],
      ['p:ann', { type: 'vote.cast', cardId: 'c-host' }],
    ],
    who: 'p:ann',
    cmd: { type: 'vote.cast', cardId: 'c-host' },
    expect: 'LIMIT_REACHED',
  },

  // ── DOOR_CLOSED ──────────────────────────────────────────────────────────────────────────
  {
    name: 'a new participant while the door is closed',
    setup: [...PEOPLE, ['fac', { type: 'door.set', open: false }]],
    who: 'p:cas',
    cmd: { type: 'participant.join', participantId: 'cas' },
    expect: 'DOOR_CLOSED',
  },

  // ── VALIDATION ───────────────────────────────────────────────────────────────────────────
  {
    name: 'contact details without consent',
    setup: PEOPLE,
    who: 'p:ann',
    cmd: {
      type: 'signup.add',
      signupId: 's1',
      groupId: 'wg-wijkhub',
      contact: { email: null, phone: '+31 6 1234 5678' },
      consent: false,
    },
    expect: 'VALIDATION',
  },
  {
    name: 'duplicate phase ids in agenda.set',
    setup: [],
    who: 'fac',
    cmd: { type: 'agenda.set', phases: [...agenda(), { ...agenda()[0]!, title: 'Nog een inloop' }] },
    expect: 'VALIDATION',
  },
  {
    name: 'duplicate table ids in tables.set',
    setup: [],
    who: 'fac',
    cmd: { type: 'tables.set', tables: [...tables(), tables()[0]!] },
    expect: 'VALIDATION',
  },
  {
    name: 'an agenda round beyond the rounds',
    setup: [],
    who: 'fac',
    cmd: { type: 'agenda.set', phases: [{ ...agenda()[3]!, id: 'round-3', round: 3 }] },
    expect: 'VALIDATION',
  },
  {
    name: 'a table picked twice',
    setup: PEOPLE,
    who: 'p:ann',
    cmd: { type: 'tables.pick', picks: ['wijkhub', 'wijkhub'] },
    expect: 'VALIDATION',
  },
  {
    name: 'a card merged into itself',
    setup: CARDS,
    who: 'fac',
    cmd: { type: 'card.merge', cardId: 'c-ann', intoCardId: 'c-ann' },
    expect: 'VALIDATION',
  },
  {
    name: 'a facilitator card without a table',
    setup: WALK_IN,
    who: 'fac',
    cmd: { type: 'card.add', cardId: 'c1', text: 'x' },
    expect: 'VALIDATION',
  },
  {
    name: 'a placement in a round that does not exist',
    setup: PEOPLE,
    who: 'fac',
    cmd: { type: 'assignment.set', participantId: 'ann', round: 3, tableId: 'wijkhub' },
    expect: 'VALIDATION',
  },
  {
    name: 'a timer for a phase without duration',
    setup: [...WALK_IN, ['fac', { type: 'agenda.set', phases: agenda().map((p) => ({ ...p, durationMin: 0 })) }]],
    who: 'fac',
    cmd: { type: 'timer.start' },
    expect: 'VALIDATION',
  },
  {
    name: 'schema: card text over 500 characters',
    setup: ROUND1,
    who: 'p:ann',
    cmd: { type: 'card.add', cardId: 'c1', text: 'x'.repeat(501) },
    expect: 'VALIDATION',
  },
  {
    name: 'schema: an empty card',
    setup: ROUND1,
    who: 'p:ann',
    cmd: { type: 'card.add', cardId: 'c1', text: '   ' },
    expect: 'VALIDATION',
  },
  {
    name: 'schema: a malformed id',
    setup: ROUND1,
    who: 'p:ann',
    cmd: { type: 'card.add', cardId: 'c 1', text: 'x' },
    expect: 'VALIDATION',
  },

  // ── no-ops: acknowledged, nothing stored ─────────────────────────────────────────────────
  {
    name: 'a repeated check-in',
    setup: [...PEOPLE, ['p:ann', { type: 'checkin' }]],
    who: 'p:ann',
    cmd: { type: 'checkin' },
    expect: [],
  },
  {
    name: 'pausing a paused timer',
    setup: [...ROUND1, ['fac', { type: 'timer.pause' }]],
    who: 'fac',
    cmd: { type: 'timer.pause' },
    expect: [],
  },
  { name: 'resuming a running timer', setup: ROUND1, who: 'fac', cmd: { type: 'timer.resume' }, expect: [] },
  {
    name: 'jumping to the current phase',
    setup: ROUND1,
    who: 'fac',
    cmd: { type: 'phase.jump', phaseId: 'round-1' },
    expect: [],
  },
  { name: 'closing closed voting', setup: CARDS, who: 'fac', cmd: { type: 'voting.close' }, expect: [] },
  { name: 'clearing no broadcast', setup: WALK_IN, who: 'fac', cmd: { type: 'broadcast.clear' }, expect: [] },
  {
    name: 'highlighting a highlight',
    setup: VOTING,
    who: 'host:wijkhub',
    cmd: { type: 'card.highlight', cardId: 'c-host', on: true },
    expect: [],
  },
  {
    name: 'an edit that changes nothing',
    setup: CARDS,
    who: 'p:ann',
    cmd: { type: 'card.edit', cardId: 'c-ann', text: 'text of c-ann' },
    expect: [],
  },
  {
    name: 'the same profile again',
    setup: [...PEOPLE, ['p:ann', { type: 'profile.set', name: 'Ann' }]],
    who: 'p:ann',
    cmd: { type: 'profile.set', name: 'Ann' },
    expect: [],
  },
  { name: 'an empty session.update', setup: [], who: 'fac', cmd: { type: 'session.update' }, expect: [] },
  {
    name: 'the same picks again',
    setup: PEOPLE,
    who: 'p:ann',
    cmd: { type: 'tables.pick', picks: ['wijkhub', 'wijkstem'] },
    expect: [],
  },
  { name: 'opening an open door', setup: PEOPLE, who: 'fac', cmd: { type: 'door.set', open: true }, expect: [] },
  {
    name: 'closing a closed door',
    setup: [...PEOPLE, ['fac', { type: 'door.set', open: false }]],
    who: 'fac',
    cmd: { type: 'door.set', open: false },
    expect: [],
  },
  {
    name: 'removing who did nothing when everyone did something',
    setup: PEOPLE,
    who: 'fac',
    cmd: { type: 'participants.removeInactive' },
    expect: [],
  },
];

describe('decide', () => {
  it.each(ROWS)('$name', ({ setup, who, cmd, expect: expected }) => {
    const world = run(setup);
    const d = attempt(world.state, who, cmd, world.now);
    if (typeof expected === 'string') expectError(d, expected);
    else expectEvents(d, expected);
  });

  it('has an accepted row with events for every command type', () => {
    const accepted = new Set<string>(
      ROWS.filter((r) => Array.isArray(r.expect) && r.expect.length > 0).map((r) => r.cmd.type),
    );
    expect([...COMMAND_TYPES, 'participant.join'].filter((t) => !accepted.has(t))).toEqual([]);
  });

  it('names the field of a refusal', () => {
    const world = run(PEOPLE);
    const d = attempt(
      world.state,
      'p:ann',
      {
        type: 'signup.add',
        signupId: 's1',
        groupId: 'wg-wijkhub',
        contact: { email: 'a@b.nl', phone: null },
        consent: false,
      },
      world.now,
    );
    expect(d.ok ? null : d.error.path).toBe('consent');
    const dup = attempt(world.state, 'fac', { type: 'agenda.set', phases: [...agenda(), agenda()[2]!] }, world.now);
    expect(dup.ok ? null : dup.error.path).toBe('phases.8.id');
  });
});

/* ── Timer math: the timer after the command, relative to the command's `now` ─────────────── */

type TimerIs = { running: number } | { paused: number } | null;
const timerIs = (timer: Timer | null, now: number): TimerIs =>
  timer === null ? null : timer.state === 'running' ? { running: timer.endsAt - now } : { paused: timer.remainingMs };

// prettier-ignore
const TIMER_ROWS: { name: string; setup: Step[]; cmd: Cmd; timer: TimerIs }[] = [
  {
    name: "the first advance from draft runs the walk-in's 30 minutes",
    setup: [],
    cmd: { type: 'phase.advance' },
    timer: { running: 30 * MIN },
  },
  {
    name: 'entering a round runs its 45 minutes',
    setup: [tick(7 * MIN)],
    cmd: { type: 'phase.jump', phaseId: 'round-1' },
    timer: { running: 45 * MIN },
  },
  {
    name: 'timer.start without duration restarts the planned one',
    setup: [...to('round-1'), tick(20 * MIN)],
    cmd: { type: 'timer.start' },
    timer: { running: 45 * MIN },
  },
  {
    name: 'timer.start with a duration counts from now',
    setup: [...to('round-1'), tick(20 * MIN)],
    cmd: { type: 'timer.start', durationMs: 5 * MIN },
    timer: { running: 5 * MIN },
  },
  {
    name: 'pause keeps what remains',
    setup: [...to('round-1'), tick(10 * MIN)],
    cmd: { type: 'timer.pause' },
    timer: { paused: 35 * MIN },
  },
  {
    name: 'pause after the end keeps nothing',
    setup: [...to('round-1'), tick(50 * MIN)],
    cmd: { type: 'timer.pause' },
    timer: { paused: 0 },
  },
  {
    name: 'resume counts the remainder from now',
    setup: [...to('round-1'), tick(10 * MIN), ['fac', { type: 'timer.pause' }], tick(30 * MIN)],
    cmd: { type: 'timer.resume' },
    timer: { running: 35 * MIN },
  },
  {
    name: '+5 min on a running timer adds to its end',
    setup: [...to('round-1'), tick(10 * MIN)],
    cmd: { type: 'timer.extend', ms: 5 * MIN },
    timer: { running: 40 * MIN },
  },
  {
    name: '+5 min on an expired timer counts from now',
    setup: [...to('round-1'), tick(50 * MIN)],
    cmd: { type: 'timer.extend', ms: 5 * MIN },
    timer: { running: 5 * MIN },
  },
  {
    name: '-10 min with 5 left ends it now',
    setup: [...to('round-1'), tick(40 * MIN)],
    cmd: { type: 'timer.extend', ms: -10 * MIN },
    timer: { running: 0 },
  },
  {
    name: '+5 min on a paused timer adds to the remainder',
    setup: [...to('round-1'), tick(10 * MIN), ['fac', { type: 'timer.pause' }]],
    cmd: { type: 'timer.extend', ms: 5 * MIN },
    timer: { paused: 40 * MIN },
  },
  {
    name: '-1 h on a paused timer leaves zero',
    setup: [...to('round-1'), ['fac', { type: 'timer.pause' }]],
    cmd: { type: 'timer.extend', ms: -60 * MIN },
    timer: { paused: 0 },
  },
];

describe('timer math', () => {
  it.each(TIMER_ROWS)('$name', ({ setup, cmd, timer }) => {
    const world = run(setup);
    const d = attempt(world.state, 'fac', cmd, world.now);
    if (!d.ok) throw new Error(`refused: ${d.error.code}`);
    const after = applyBatch(world.state, { v: world.state.version + 1, events: d.events });
    expect(timerIs(after.timer, world.now)).toEqual(timer);
  });
});

/* ── Seats: tables.pick and tableFor ───────────────────────────────────────────────────────── */

// prettier-ignore
const PICK_ROWS: { name: string; setup: Step[]; picks: string[]; expect: ErrorCode | 'ok' }[] = [
  {
    name: 'before any round, picks change freely',
    setup: [...PEOPLE, ...to('break-1')],
    picks: ['wijkstem', 'wijksamenwerking'],
    expect: 'ok',
  },
  { name: 'in round 1, the first pick is fixed', setup: ROUND1, picks: ['wijkstem', 'wijkhub'], expect: 'WRONG_PHASE' },
  {
    name: 'in round 1, the second pick may change',
    setup: ROUND1,
    picks: ['wijkhub', 'wijksamenwerking'],
    expect: 'ok',
  },
  { name: 'in round 1, dropping the first pick is a change', setup: ROUND1, picks: [], expect: 'WRONG_PHASE' },
  {
    name: 'in the break after round 1, round 1 stays fixed',
    setup: [...ROUND1, ...to('break-2')],
    picks: ['wijksamenwerking', 'wijkstem'],
    expect: 'WRONG_PHASE',
  },
  {
    name: 'in round 2, the second pick is fixed too',
    setup: [...ROUND1, ...to('round-2')],
    picks: ['wijkhub', 'wijksamenwerking'],
    expect: 'WRONG_PHASE',
  },
];

describe('tables.pick cannot change a round that has begun', () => {
  it.each(PICK_ROWS)('$name', ({ setup, picks, expect: expected }) => {
    const world = run(setup);
    const d = attempt(world.state, 'p:ann', { type: 'tables.pick', picks }, world.now);
    if (expected === 'ok') expectEvents(d, ['tables.picked']);
    else expectError(d, expected);
  });

  it('a late arrival without picks may still choose in round 2', () => {
    const world = run([...ROUND1, ...to('round-2'), ...join('cas')]);
    expectEvents(attempt(world.state, 'p:cas', { type: 'tables.pick', picks: ['wijkhub', 'wijkstem'] }, world.now), [
      'tables.picked',
    ]);
  });
});

// Where a participant's card lands when they name no table: their seat (tableFor).
// prettier-ignore
const SEAT_ROWS: { name: string; setup: Step[]; round: 1 | 2; seat: string | null; lands: string | ErrorCode }[] = [
  { name: 'round 1 follows the first pick', setup: [], round: 1, seat: 'wijkhub', lands: 'wijkhub' },
  { name: 'round 2 follows the second pick', setup: [], round: 2, seat: 'wijkstem', lands: 'wijkstem' },
  {
    name: 'an assignment overrides the pick',
    setup: [['fac', { type: 'assignment.set', participantId: 'ann', round: 1, tableId: 'wijksamenwerking' }]],
    round: 1,
    seat: 'wijksamenwerking',
    lands: 'wijksamenwerking',
  },
  {
    name: 'an assignment for round 1 leaves round 2 to the picks',
    setup: [['fac', { type: 'assignment.set', participantId: 'ann', round: 1, tableId: 'wijksamenwerking' }]],
    round: 2,
    seat: 'wijkstem',
    lands: 'wijkstem',
  },
  {
    name: 'sitting a round out (null) does not fall back to the pick',
    setup: [['fac', { type: 'assignment.set', participantId: 'ann', round: 1, tableId: null }]],
    round: 1,
    seat: null,
    lands: 'FORBIDDEN',
  },
  {
    name: 'no picks and no assignment: no seat',
    setup: [['p:ann', { type: 'tables.pick', picks: [] }]],
    round: 1,
    seat: null,
    lands: 'FORBIDDEN',
  },
];

describe('tableFor: assignments override picks', () => {
  it.each(SEAT_ROWS)('$name', ({ setup, round, seat, lands }) => {
    const world = run([...PEOPLE, ...setup, ...to(round === 1 ? 'round-1' : 'round-2')]);
    expect(tableFor(world.state, 'ann', round)).toBe(seat);
    const d = attempt(world.state, 'p:ann', { type: 'card.add', cardId: 'c1', text: 'x' }, world.now);
    const landed = d.ok ? (d.events[0]?.type === 'card.added' ? d.events[0].card.tableId : 'no card') : d.error.code;
    expect(landed).toBe(lands);
  });

  it('a card written in round 1 records its round and its author', () => {
    const world = run(ROUND1);
    const d = attempt(world.state, 'p:ann', { type: 'card.add', cardId: 'c1', text: 'x' }, world.now);
    const added = d.ok ? d.events[0] : undefined;
    expect(
      added?.type === 'card.added'
        ? [added.card.round, added.card.authorRole, added.card.authorId, added.card.createdAt]
        : added,
    ).toEqual([1, 'participant', 'ann', world.now]);
  });
});
