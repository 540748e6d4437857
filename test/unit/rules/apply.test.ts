import { describe, expect, it } from 'vitest';
import type { Event, EventType } from '../../../shared/protocol/events';
import type {
  Card,
  Participant,
  Question,
  Registration,
  SessionState,
  Signup,
  Team,
  Theme,
} from '../../../shared/model/session';
import { apply, applyBatch } from '../../../shared/rules/apply';
import { templateSetup } from '../../../shared/templates';
import { card, highlight, join, run, session, type Step, T0, themed, themeOf, to, votedOnThemes } from './fixtures';

const T = templateSetup('world-cafe-evening', 'nl');

/**
 * The base of every row: ann (wijkhub, then an assignment to wijksamenwerking in round 2) and bob
 * (wijkstem), a highlighted host card with three dots, a highlighted card by bob with one, a
 * question and a sign-up with contact details each.
 */
const BASE_STEPS: Step[] = [
  ...join('ann', ['wijkhub', 'wijkstem']),
  ...join('bob', ['wijkstem', 'wijkhub']),
  ['fac', { type: 'assignment.set', participantId: 'ann', round: 2, tableId: 'wijksamenwerking' }],
  ...to('round-1'),
  card('p:ann', 'c-ann'),
  card('host:wijkhub', 'c-host'),
  card('p:bob', 'c-bob'),
  highlight('c-host'),
  highlight('c-bob'),
  ['fac', { type: 'voting.open', dots: 3 }],
  ['p:ann', { type: 'vote.cast', cardId: 'c-host' }],
  ['p:ann', { type: 'vote.cast', cardId: 'c-host' }],
  ['p:bob', { type: 'vote.cast', cardId: 'c-host' }],
  ['p:bob', { type: 'vote.cast', cardId: 'c-bob' }],
  ['p:ann', { type: 'question.ask', questionId: 'q-ann', categoryId: 'bylaw', text: 'Wie beslist?' }],
  ['p:bob', { type: 'question.ask', questionId: 'q-bob', categoryId: 'funding', text: 'Hoeveel geld?' }],
  [
    'p:ann',
    {
      type: 'signup.add',
      signupId: 's-ann',
      groupId: 'wg-wijkhub',
      contact: { email: 'ann@example.org', phone: null },
      consent: true,
    },
  ],
  ['p:bob', { type: 'signup.add', signupId: 's-bob', groupId: 'wg-wijkstem', consent: false }],
];
const BASE = run(BASE_STEPS).state;
const DRAFT = session();

const AT = T0 + 3_600_000;
const newCard: Card = {
  id: 'c-new',
  tableId: 'wijkstem',
  round: 1,
  kind: 'concern',
  text: 'Te weinig geld',
  tags: ['geld'],
  authorRole: 'host',
  authorId: 'host:wijkstem',
  createdAt: AT,
  editedAt: null,
  hidden: false,
  highlighted: false,
  mergedInto: null,
};
const cas: Participant = {
  id: 'cas',
  name: null,
  group: null,
  picks: [],
  sandwich: false,
  joinedAt: AT,
  checkedInAt: null,
};
const question: Question = {
  id: 'q-new',
  authorId: null,
  categoryId: 'other',
  text: 'Waar is de wc?',
  status: 'new',
  answer: null,
  hidden: false,
  mergedInto: null,
  createdAt: AT,
};
const signup: Signup = {
  id: 's-new',
  groupId: 'wg-wijkstem',
  participantId: 'ann',
  contact: null,
  consent: false,
  createdAt: AT,
};

type Row = { name: string; from?: SessionState; event: Event; look: (s: SessionState) => unknown; is: unknown };

const registration = (id: string, participantId: string, status: Registration['status']): Registration => ({
  id,
  participantId,
  name: `Naam ${participantId}`,
  email: null,
  phone: null,
  group: null,
  sandwich: false,
  picks: [],
  remarks: '',
  language: 'nl',
  followupConsent: false,
  source: 'form',
  status,
  createdAt: AT,
});
/** BASE with ann's registration (she came), eve's (not here yet) and fay waiting; bob checked in. */
const REGISTERING: Event[] = [
  {
    type: 'registrations.added',
    registrations: [
      registration('r-ann', 'ann', 'registered'),
      registration('r-eve', 'eve', 'registered'),
      registration('r-fay', 'fay', 'waiting'),
    ],
  },
  { type: 'participant.checkedIn', participantId: 'bob', at: AT },
];
const REGISTERED = REGISTERING.reduce(apply, BASE);
const STATUSES = (s: SessionState) =>
  Object.fromEntries(Object.values(s.registrations ?? {}).map((r) => [r.id, r.status]));

const theme = themeOf;
const THEMED = themed(BASE);
const THEME_VOTES = votedOnThemes(THEMED, [
  ['ann', 't-1'],
  ['bob', 't-2'],
]);
const CARDS_OF = (s: SessionState) => Object.fromEntries(Object.values(s.themes ?? {}).map((t) => [t.id, t.cardIds]));
const cardOf = (s: SessionState, id: string) => s.cards[id];
const DOTS = (s: SessionState) => s.votes;

const team = (id: string, memberIds: string[], stays = false): Team => ({ id, label: `Team ${id}`, memberIds, stays });
/** BASE with cas and dan too: ann, bob and cas are the trio t-1, dan is in no team. */
const TRIO = [
  { type: 'participant.joined', participant: cas } as const,
  { type: 'participant.joined', participant: { ...cas, id: 'dan' } } as const,
  { type: 'team.set', team: team('t-1', ['ann', 'bob', 'cas']) } as const,
].reduce<SessionState>(apply, BASE);
/** TRIO with the trio split into two pairs: t-1 (ann, bob) and t-2 (cas, dan). */
const PAIRS = apply(TRIO, { type: 'team.set', team: team('t-2', ['cas', 'dan']) });
const MEMBERS = (s: SessionState) => Object.fromEntries(Object.values(s.teams ?? {}).map((t) => [t.id, t.memberIds]));

// One or more rows per event type; the Record makes the compiler demand every type.
// prettier-ignore
const ROWS: Record<EventType, Row[]> = {
  'session.updated': [
    {
      name: 'sets the fields it carries',
      event: { type: 'session.updated', title: 'Wijkavond Noord', date: '2025-03-12' },
      look: (s) => [s.title, s.date, s.venue],
      is: ['Wijkavond Noord', '2025-03-12', ''],
    },
    {
      name: 'leaves absent fields alone',
      event: { type: 'session.updated', venue: 'Buurthuis' },
      look: (s) => [s.title, s.venue],
      is: [T.title, 'Buurthuis'],
    },
  ],
  'agenda.set': [
    {
      name: 'replaces the agenda',
      event: { type: 'agenda.set', phases: T.agenda.slice(0, 2) },
      look: (s) => s.agenda.map((p) => p.id),
      is: ['walk-in', 'plenary-1'],
    },
  ],
  'tables.set': [
    {
      name: 'replaces the tables',
      event: { type: 'tables.set', tables: T.tables.slice(1) },
      look: (s) => s.tables.map((t) => t.id),
      is: ['wijksamenwerking', 'wijkstem'],
    },
  ],
  'rounds.set': [
    {
      name: 'replaces the rounds',
      event: { type: 'rounds.set', rounds: { count: 3, lengthMin: 30, tablesPerParticipant: 3 } },
      look: (s) => s.rounds,
      is: { count: 3, lengthMin: 30, tablesPerParticipant: 3 },
    },
  ],
  'categories.set': [
    {
      name: 'replaces the categories',
      event: { type: 'categories.set', categories: [{ id: 'other', label: 'Overig' }] },
      look: (s) => s.infoCategories,
      is: [{ id: 'other', label: 'Overig' }],
    },
  ],
  'workingGroups.set': [
    {
      name: 'replaces the groups',
      event: { type: 'workingGroups.set', groups: [] },
      look: (s) => s.workingGroups,
      is: [],
    },
  ],
  'session.started': [
    {
      name: 'a draft goes live',
      from: DRAFT,
      event: { type: 'session.started', at: AT },
      look: (s) => s.status,
      is: 'live',
    },
  ],
  'phase.entered': [
    {
      name: 'moves the current phase and logs when',
      event: { type: 'phase.entered', phaseId: 'round-2', at: AT },
      look: (s) => [s.currentPhaseId, s.phaseLog.at(-1), s.phaseLog.length],
      is: ['round-2', { phaseId: 'round-2', startedAt: AT }, 2],
    },
    {
      name: 'ends a broadcast sent until the next phase',
      from: run([...BASE_STEPS, ['fac', { type: 'broadcast.send', text: 'Koffie en thee staan achterin' }]]).state,
      event: { type: 'phase.entered', phaseId: 'round-2', at: AT },
      look: (s) => s.broadcast,
      is: null,
    },
    {
      name: 'keeps a broadcast whose minutes are not up',
      from: run([...BASE_STEPS, ['fac', { type: 'broadcast.send', text: 'Pauze', until: { minutes: 90 } }]]).state,
      event: { type: 'phase.entered', phaseId: 'round-2', at: AT },
      look: (s) => s.broadcast?.text,
      is: 'Pauze',
    },
    {
      name: 'drops a broadcast whose minutes are up',
      from: run([...BASE_STEPS, ['fac', { type: 'broadcast.send', text: 'Pauze', until: { minutes: 5 } }]]).state,
      event: { type: 'phase.entered', phaseId: 'round-2', at: AT },
      look: (s) => s.broadcast,
      is: null,
    },
  ],
  'timer.set': [
    {
      name: 'sets a running timer',
      event: { type: 'timer.set', timer: { state: 'running', endsAt: AT } },
      look: (s) => s.timer,
      is: { state: 'running', endsAt: AT },
    },
    { name: 'clears the timer', event: { type: 'timer.set', timer: null }, look: (s) => s.timer, is: null },
  ],
  'broadcast.set': [
    {
      name: 'shows a message with its instant',
      event: { type: 'broadcast.set', text: 'Pauze', at: AT, endsAt: null },
      look: (s) => s.broadcast,
      is: { text: 'Pauze', at: AT, endsAt: null },
    },
    {
      name: 'keeps the instant a timed message ends',
      event: { type: 'broadcast.set', text: 'Pauze', at: AT, endsAt: AT + 10 * 60_000 },
      look: (s) => s.broadcast,
      is: { text: 'Pauze', at: AT, endsAt: AT + 10 * 60_000 },
    },
    {
      name: 'a null text clears it',
      from: run([...BASE_STEPS, ['fac', { type: 'broadcast.send', text: 'Hoi' }]]).state,
      event: { type: 'broadcast.set', text: null, at: AT, endsAt: null },
      look: (s) => s.broadcast,
      is: null,
    },
  ],
  'screen.focused': [
    {
      name: 'the screen shows the themes',
      event: { type: 'screen.focused', focus: { view: 'themes', tableId: null } },
      look: (s) => s.screenFocus,
      is: { view: 'themes', tableId: null },
    },
  ],
  'voting.set': [
    {
      name: 'closes voting, keeps the dots',
      event: { type: 'voting.set', open: false, dots: 3, results: { 'c-host': 2 } },
      look: (s) => [s.voting, s.votes.ann],
      is: [{ open: false, dots: 3, results: { 'c-host': 2 }, on: 'highlights', byGroup: null }, ['c-host', 'c-host']],
    },
    {
      name: 'a vote on themes starts afresh: the dots on highlights go',
      event: { type: 'voting.set', open: true, dots: 3, results: null, on: 'themes', byGroup: null },
      look: (s) => [s.voting.on, s.votes],
      is: ['themes', {}],
    },
    {
      name: 'reopening on themes keeps the dots on themes',
      from: THEME_VOTES,
      event: { type: 'voting.set', open: true, dots: 4, results: null, on: 'themes', byGroup: null },
      look: (s) => s.votes,
      is: { ann: ['t-1'], bob: ['t-2'] },
    },
  ],
  'plan.published': [
    {
      name: 'replaces the listed people’s seats, keeps the others',
      event: { type: 'plan.published', assignments: { bob: { '1': 'wijkhub', '2': 'wijkstem' } }, at: AT },
      look: (s) => [s.assignments.bob, s.assignments.ann, s.planPublishedAt],
      is: [{ '1': 'wijkhub', '2': 'wijkstem' }, { '2': 'wijksamenwerking' }, AT],
    },
  ],
  'assignment.set': [
    {
      name: 'adds a round, keeps the other',
      event: { type: 'assignment.set', participantId: 'ann', round: 1, tableId: 'wijkstem' },
      look: (s) => s.assignments.ann,
      is: { '1': 'wijkstem', '2': 'wijksamenwerking' },
    },
    {
      name: 'null sits a round out',
      event: { type: 'assignment.set', participantId: 'bob', round: 2, tableId: null },
      look: (s) => s.assignments.bob,
      is: { '2': null },
    },
  ],
  'session.ended': [
    {
      name: 'ends, stops the timer, closes voting',
      event: { type: 'session.ended', at: AT },
      look: (s) => [s.status, s.timer, s.voting],
      is: ['ended', null, { open: false, dots: 3, results: null, on: 'highlights', byGroup: null }],
    },
  ],
  'participant.joined': [
    {
      name: 'adds the participant',
      event: { type: 'participant.joined', participant: cas },
      look: (s) => s.participants.cas,
      is: cas,
    },
  ],
  'profile.set': [
    {
      name: 'sets the fields it carries',
      event: { type: 'profile.set', participantId: 'ann', name: 'Ann', sandwich: true },
      look: (s) => [s.participants.ann?.name, s.participants.ann?.group, s.participants.ann?.sandwich],
      is: ['Ann', null, true],
    },
    {
      name: 'an unknown participant changes nothing',
      event: { type: 'profile.set', participantId: 'ghost', name: 'Boo' },
      look: (s) => s === BASE,
      is: true,
    },
  ],
  'tables.picked': [
    {
      name: 'replaces the picks',
      event: { type: 'tables.picked', participantId: 'bob', picks: ['wijkhub'] },
      look: (s) => s.participants.bob?.picks,
      is: ['wijkhub'],
    },
  ],
  'participant.checkedIn': [
    {
      name: 'records the instant',
      event: { type: 'participant.checkedIn', participantId: 'bob', at: AT },
      look: (s) => s.participants.bob?.checkedInAt,
      is: AT,
    },
  ],
  'participant.erased': [
    {
      name: 'removes the person, sign-ups, votes and seats',
      event: { type: 'participant.erased', participantId: 'ann' },
      look: (s) => [
        Object.keys(s.participants),
        Object.keys(s.signups),
        Object.keys(s.votes),
        Object.keys(s.assignments),
      ],
      is: [['bob'], ['s-bob'], ['bob'], []],
    },
  ],
  'participant.removed': [
    {
      name: 'takes the person and their seats out of a view, nothing else',
      event: { type: 'participant.removed', participantId: 'ann' },
      look: (s) => [
        Object.keys(s.participants),
        Object.keys(s.signups),
        Object.keys(s.votes),
        Object.keys(s.assignments),
        s.cards['c-ann']?.authorId,
      ],
      is: [['bob'], ['s-ann', 's-bob'], ['ann', 'bob'], [], 'ann'],
    },
  ],
  'participants.removed': [
    {
      name: 'erases each listed person exactly as participant.erased does',
      event: { type: 'participants.removed', participantIds: ['ann'] },
      look: (s) => s,
      is: apply(BASE, { type: 'participant.erased', participantId: 'ann' }),
    },
    {
      name: 'several at once',
      event: { type: 'participants.removed', participantIds: ['ann', 'bob'] },
      look: (s) => [
        Object.keys(s.participants),
        Object.keys(s.signups),
        Object.keys(s.votes),
        Object.keys(s.assignments),
      ],
      is: [[], [], [], []],
    },
    {
      name: 'someone not in the state (not in this view) changes nothing',
      event: { type: 'participants.removed', participantIds: ['zed'] },
      look: (s) => s,
      is: BASE,
    },
  ],
  'door.set': [
    {
      name: 'closes the door at the instant',
      event: { type: 'door.set', closedAt: AT },
      look: (s) => s.doorClosedAt,
      is: AT,
    },
    {
      name: 'opens it again',
      from: { ...BASE, doorClosedAt: AT },
      event: { type: 'door.set', closedAt: null },
      look: (s) => s.doorClosedAt,
      is: null,
    },
  ],
  'card.added': [
    {
      name: 'adds the card',
      event: { type: 'card.added', card: newCard },
      look: (s) => cardOf(s, 'c-new'),
      is: newCard,
    },
  ],
  'card.edited': [
    {
      name: 'changes the text, stamps the edit, keeps the rest',
      event: { type: 'card.edited', cardId: 'c-ann', text: 'Beter', at: AT },
      look: (s) => [cardOf(s, 'c-ann')?.text, cardOf(s, 'c-ann')?.kind, cardOf(s, 'c-ann')?.editedAt],
      is: ['Beter', 'idea', AT],
    },
    {
      name: 'an unknown card changes nothing',
      event: { type: 'card.edited', cardId: 'nope', text: 'x', at: AT },
      look: (s) => s === BASE,
      is: true,
    },
    {
      name: 'a card named like an inherited property (constructor) changes nothing',
      event: { type: 'card.edited', cardId: 'constructor', text: 'x', at: AT },
      look: (s) => s === BASE,
      is: true,
    },
  ],
  'card.removed': [
    {
      name: 'removes the card and its dots',
      event: { type: 'card.removed', cardId: 'c-host' },
      look: (s) => [cardOf(s, 'c-host'), DOTS(s)],
      is: [undefined, { bob: ['c-bob'] }],
    },
    {
      name: 'a card named like an inherited property (toString) changes nothing',
      event: { type: 'card.removed', cardId: 'toString' },
      look: (s) => s.cards === BASE.cards,
      is: true,
    },
  ],
  'card.highlighted': [
    {
      name: 'on marks it, dots stay',
      event: { type: 'card.highlighted', cardId: 'c-ann', on: true },
      look: (s) => [cardOf(s, 'c-ann')?.highlighted, DOTS(s)],
      is: [true, BASE.votes],
    },
    {
      name: 'off gives its dots back',
      event: { type: 'card.highlighted', cardId: 'c-host', on: false },
      look: (s) => [cardOf(s, 'c-host')?.highlighted, DOTS(s)],
      is: [false, { bob: ['c-bob'] }],
    },
  ],
  'card.hidden': [
    {
      name: 'hiding unhighlights and gives dots back',
      event: { type: 'card.hidden', cardId: 'c-bob', hidden: true },
      look: (s) => [cardOf(s, 'c-bob')?.hidden, cardOf(s, 'c-bob')?.highlighted, DOTS(s)],
      is: [true, false, { ann: ['c-host', 'c-host'], bob: ['c-host'] }],
    },
    {
      name: 'showing again does not re-highlight',
      from: apply(BASE, { type: 'card.hidden', cardId: 'c-bob', hidden: true }),
      event: { type: 'card.hidden', cardId: 'c-bob', hidden: false },
      look: (s) => [cardOf(s, 'c-bob')?.hidden, cardOf(s, 'c-bob')?.highlighted],
      is: [false, false],
    },
  ],
  'card.merged': [
    {
      name: 'points to the other card, unhighlights, gives dots back',
      event: { type: 'card.merged', cardId: 'c-host', intoCardId: 'c-ann' },
      look: (s) => [cardOf(s, 'c-host')?.mergedInto, cardOf(s, 'c-host')?.highlighted, DOTS(s)],
      is: ['c-ann', false, { bob: ['c-bob'] }],
    },
  ],
  'card.unmerged': [
    {
      name: 'stands on its own again, without its old highlight or dots',
      from: apply(BASE, { type: 'card.merged', cardId: 'c-host', intoCardId: 'c-ann' }),
      event: { type: 'card.unmerged', cardId: 'c-host' },
      look: (s) => [cardOf(s, 'c-host')?.mergedInto, cardOf(s, 'c-host')?.highlighted, DOTS(s)],
      is: [null, false, { bob: ['c-bob'] }],
    },
  ],
  'summary.set': [
    {
      name: 'sets the table summary',
      event: { type: 'summary.set', tableId: 'wijkhub', text: 'Een plek' },
      look: (s) => s.summaries,
      is: { wijkhub: 'Een plek' },
    },
  ],
  'vote.cast': [
    {
      name: 'appends a dot',
      event: { type: 'vote.cast', participantId: 'bob', cardId: 'c-host' },
      look: (s) => s.votes.bob,
      is: ['c-host', 'c-bob', 'c-host'],
    },
    {
      name: 'a first dot starts a list',
      event: { type: 'vote.cast', participantId: 'cas', cardId: 'c-host' },
      look: (s) => s.votes.cas,
      is: ['c-host'],
    },
  ],
  'theme.added': [
    {
      name: 'a new theme takes its cards out of the others',
      from: THEMED,
      event: { type: 'theme.added', theme: theme('t-3', ['c-bob', 'c-ann']) },
      look: CARDS_OF,
      is: { 't-1': ['c-host'], 't-2': [], 't-3': ['c-bob', 'c-ann'] },
    },
    {
      name: 'a theme coming into the view replaces the one held',
      from: THEMED,
      event: { type: 'theme.added', theme: { ...theme('t-1', ['c-bob']), label: 'Groen' } },
      look: (s) => [s.themes?.['t-1']?.label, s.themes?.['t-1']?.cardIds],
      is: ['Groen', ['c-bob']],
    },
  ],
  'theme.renamed': [
    {
      name: 'a new label',
      from: THEMED,
      event: { type: 'theme.renamed', themeId: 't-2', label: 'Jongeren' },
      look: (s) => s.themes?.['t-2']?.label,
      is: 'Jongeren',
    },
    {
      name: 'a theme not in the view',
      from: THEMED,
      event: { type: 'theme.renamed', themeId: 'nope', label: 'x' },
      look: (s) => Object.keys(s.themes ?? {}),
      is: ['t-1', 't-2'],
    },
  ],
  'theme.accepted': [
    {
      name: 'a proposal becomes a theme of the evening',
      from: apply(BASE, { type: 'theme.added', theme: theme('t-p', ['c-host'], 'wijkhub') }),
      event: { type: 'theme.accepted', themeId: 't-p' },
      look: (s) => s.themes?.['t-p']?.proposedBy,
      is: null,
    },
  ],
  'theme.cardsPlaced': [
    {
      name: 'to the front of another theme',
      from: THEMED,
      event: { type: 'theme.cardsPlaced', cardIds: ['c-bob'], themeId: 't-2', index: 0 },
      look: CARDS_OF,
      is: { 't-1': ['c-host'], 't-2': ['c-bob', 'c-ann'] },
    },
    {
      name: 'down within its theme (the index counts after taking it out)',
      from: THEMED,
      event: { type: 'theme.cardsPlaced', cardIds: ['c-host'], themeId: 't-1', index: 1 },
      look: CARDS_OF,
      is: { 't-1': ['c-bob', 'c-host'], 't-2': ['c-ann'] },
    },
    {
      name: 'an index past the end puts them at the end',
      from: THEMED,
      event: { type: 'theme.cardsPlaced', cardIds: ['c-ann'], themeId: 't-1', index: 99 },
      look: CARDS_OF,
      is: { 't-1': ['c-host', 'c-bob', 'c-ann'], 't-2': [] },
    },
    {
      name: 'out of every theme',
      from: THEMED,
      event: { type: 'theme.cardsPlaced', cardIds: ['c-host', 'c-ann'], themeId: null, index: null },
      look: CARDS_OF,
      is: { 't-1': ['c-bob'], 't-2': [] },
    },
    {
      name: 'into a theme not in the view: only out of the others',
      from: THEMED,
      event: { type: 'theme.cardsPlaced', cardIds: ['c-ann'], themeId: 'elsewhere', index: null },
      look: CARDS_OF,
      is: { 't-1': ['c-host', 'c-bob'], 't-2': [] },
    },
  ],
  'theme.merged': [
    {
      name: 'its cards follow, after the others; its dots go',
      from: THEME_VOTES,
      event: { type: 'theme.merged', themeId: 't-1', intoThemeId: 't-2' },
      look: (s) => [CARDS_OF(s), s.votes],
      is: [{ 't-2': ['c-ann', 'c-host', 'c-bob'] }, { bob: ['t-2'] }],
    },
  ],
  'theme.removed': [
    {
      name: 'its cards are in no theme, its dots go',
      from: THEME_VOTES,
      event: { type: 'theme.removed', themeId: 't-2' },
      look: (s) => [CARDS_OF(s), s.votes],
      is: [{ 't-1': ['c-host', 'c-bob'] }, { ann: ['t-1'] }],
    },
  ],
  'team.set': [
    {
      name: 'a first team, in a session stored before teams',
      event: { type: 'team.set', team: team('t-1', ['ann', 'bob'], true) },
      look: (s) => s.teams,
      is: { 't-1': team('t-1', ['ann', 'bob'], true) },
    },
    {
      name: 'a person moving teams leaves the old one',
      from: PAIRS,
      event: { type: 'team.set', team: team('t-3', ['bob', 'dan']) },
      look: MEMBERS,
      is: { 't-3': ['bob', 'dan'] },
    },
    {
      name: 'the old team keeps the others when two or more are left',
      from: TRIO,
      event: { type: 'team.set', team: team('t-2', ['cas', 'dan']) },
      look: MEMBERS,
      is: { 't-1': ['ann', 'bob'], 't-2': ['cas', 'dan'] },
    },
    {
      name: 'replaced whole: a new name, other members, at one table',
      from: TRIO,
      event: { type: 'team.set', team: { ...team('t-1', ['dan', 'ann'], true), label: 'Werkplaats A' } },
      look: (s) => s.teams,
      is: { 't-1': { ...team('t-1', ['dan', 'ann'], true), label: 'Werkplaats A' } },
    },
  ],
  'team.removed': [
    {
      name: 'the team goes, its people stay',
      from: PAIRS,
      event: { type: 'team.removed', teamId: 't-1' },
      look: (s) => [MEMBERS(s), Object.keys(s.participants)],
      is: [{ 't-2': ['cas', 'dan'] }, ['ann', 'bob', 'cas', 'dan']],
    },
    {
      name: 'a view without teams stays without',
      event: { type: 'team.removed', teamId: 't-1' },
      look: (s) => 'teams' in s,
      is: false,
    },
  ],
  'vote.withdrawn': [
    {
      name: 'takes one dot back',
      event: { type: 'vote.withdrawn', participantId: 'ann', cardId: 'c-host' },
      look: (s) => s.votes.ann,
      is: ['c-host'],
    },
    {
      name: 'the last dot removes the entry',
      from: apply(BASE, { type: 'vote.withdrawn', participantId: 'ann', cardId: 'c-host' }),
      event: { type: 'vote.withdrawn', participantId: 'ann', cardId: 'c-host' },
      look: (s) => 'ann' in s.votes,
      is: false,
    },
    {
      name: 'a dot that is not there changes nothing',
      event: { type: 'vote.withdrawn', participantId: 'ann', cardId: 'c-bob' },
      look: (s) => s === BASE,
      is: true,
    },
  ],
  'question.asked': [
    {
      name: 'adds the question',
      event: { type: 'question.asked', question },
      look: (s) => s.questions['q-new'],
      is: question,
    },
  ],
  'question.triaged': [
    {
      name: 'changes the status, keeps the category',
      event: { type: 'question.triaged', questionId: 'q-ann', status: 'follow-up' },
      look: (s) => [s.questions['q-ann']?.status, s.questions['q-ann']?.categoryId],
      is: ['follow-up', 'bylaw'],
    },
  ],
  'question.answered': [
    {
      name: 'sets answer and status',
      event: { type: 'question.answered', questionId: 'q-ann', answer: 'De raad', status: 'answered' },
      look: (s) => [s.questions['q-ann']?.answer, s.questions['q-ann']?.status],
      is: ['De raad', 'answered'],
    },
  ],
  'question.hidden': [
    {
      name: 'hides the question',
      event: { type: 'question.hidden', questionId: 'q-bob', hidden: true },
      look: (s) => s.questions['q-bob']?.hidden,
      is: true,
    },
  ],
  'question.merged': [
    {
      name: 'points the duplicate to the question it repeats',
      event: { type: 'question.merged', questionId: 'q-bob', intoQuestionId: 'q-ann' },
      look: (s) => [s.questions['q-bob']?.mergedInto, s.questions['q-ann']?.mergedInto],
      is: ['q-ann', null],
    },
    {
      name: 'its own duplicates move along (no chains)',
      from: apply(BASE, { type: 'question.merged', questionId: 'q-bob', intoQuestionId: 'q-ann' }),
      event: { type: 'question.merged', questionId: 'q-ann', intoQuestionId: 'q-new' },
      look: (s) => [s.questions['q-ann']?.mergedInto, s.questions['q-bob']?.mergedInto],
      is: ['q-new', 'q-new'],
    },
    {
      name: 'null undoes a merge',
      from: apply(BASE, { type: 'question.merged', questionId: 'q-bob', intoQuestionId: 'q-ann' }),
      event: { type: 'question.merged', questionId: 'q-bob', intoQuestionId: null },
      look: (s) => s.questions['q-bob']?.mergedInto,
      is: null,
    },
  ],
  'followup.published': [
    {
      name: 'records when it went public',
      event: { type: 'followup.published', at: AT },
      look: (s) => s.followupPublishedAt,
      is: AT,
    },
    {
      name: 'null takes it offline',
      from: apply(BASE, { type: 'followup.published', at: AT }),
      event: { type: 'followup.published', at: null },
      look: (s) => s.followupPublishedAt,
      is: null,
    },
  ],
  'signup.added': [
    { name: 'adds the sign-up', event: { type: 'signup.added', signup }, look: (s) => s.signups['s-new'], is: signup },
  ],
  'signup.withdrawn': [
    {
      name: 'removes the sign-up',
      event: { type: 'signup.withdrawn', signupId: 's-ann' },
      look: (s) => Object.keys(s.signups),
      is: ['s-bob'],
    },
  ],
  'member.linked': [
    {
      name: 'sets the member id',
      event: { type: 'member.linked', participantId: 'ann', memberId: 'm-ann' },
      look: (s) => s.participants.ann?.memberId,
      is: 'm-ann',
    },
    {
      name: 'takes it away',
      event: { type: 'member.linked', participantId: 'ann', memberId: null },
      look: (s) => s.participants.ann?.memberId,
      is: null,
    },
  ],
  'signupPage.set': [
    {
      name: 'replaces the settings',
      event: { type: 'signupPage.set', settings: { open: true, capacity: 2, closesAt: null, askSandwich: false } },
      look: (s) => s.signupPage,
      is: { open: true, capacity: 2, closesAt: null, askSandwich: false },
    },
  ],
  'registrations.added': [
    {
      name: 'adds each, keeping the others',
      from: REGISTERED,
      event: { type: 'registrations.added', registrations: [registration('r-gus', 'gus', 'waiting')] },
      look: STATUSES,
      is: { 'r-ann': 'registered', 'r-eve': 'registered', 'r-fay': 'waiting', 'r-gus': 'waiting' },
    },
    {
      name: 'to a session stored before registrations',
      event: { type: 'registrations.added', registrations: [registration('r-gus', 'gus', 'registered')] },
      look: STATUSES,
      is: { 'r-gus': 'registered' },
    },
  ],
  'registration.cancelled': [
    {
      name: 'only that one',
      from: REGISTERED,
      event: { type: 'registration.cancelled', registrationId: 'r-eve' },
      look: STATUSES,
      is: { 'r-ann': 'registered', 'r-eve': 'cancelled', 'r-fay': 'waiting' },
    },
    {
      name: 'an unknown one changes nothing',
      from: REGISTERED,
      event: { type: 'registration.cancelled', registrationId: 'r-nobody' },
      look: STATUSES,
      is: { 'r-ann': 'registered', 'r-eve': 'registered', 'r-fay': 'waiting' },
    },
  ],
  'registration.promoted': [
    {
      name: 'off the waiting list',
      from: REGISTERED,
      event: { type: 'registration.promoted', registrationId: 'r-fay' },
      look: STATUSES,
      is: { 'r-ann': 'registered', 'r-eve': 'registered', 'r-fay': 'registered' },
    },
  ],
  'registration.erased': [
    {
      name: 'gone, the participant untouched (erased by its own event)',
      from: REGISTERED,
      event: { type: 'registration.erased', registrationId: 'r-ann', participantId: 'ann' },
      look: (s) => [Object.keys(s.registrations ?? {}), 'ann' in s.participants],
      is: [['r-eve', 'r-fay'], true],
    },
  ],
  'participant.checkedOut': [
    {
      name: 'no longer checked in',
      from: REGISTERED,
      event: { type: 'participant.checkedOut', participantId: 'bob' },
      look: (s) => s.participants.bob?.checkedInAt,
      is: null,
    },
  ],
};

const ALL_ROWS = Object.entries(ROWS).flatMap(([type, rows]) =>
  rows.map((row) => ({ ...row, title: `${type}: ${row.name}` })),
);

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

describe('apply', () => {
  it('checks its own rows: every event type is applied to the right shape', () => {
    for (const row of ALL_ROWS) expect(row.event.type, row.title).toBe(row.title.split(':')[0]);
  });

  it.each(ALL_ROWS)('$title', ({ from, event, look, is }) => {
    expect(look(apply(from ?? BASE, event))).toEqual(is);
  });

  it.each(ALL_ROWS)('never mutates its input — $title', ({ from, event }) => {
    const input = structuredClone(from ?? BASE);
    const snapshot = structuredClone(input);
    // Frozen objects throw on any write in strict mode (ES modules are strict).
    deepFreeze(input);
    expect(() => apply(input, event)).not.toThrow();
    expect(input).toEqual(snapshot);
  });

  it('the frozen base really is frozen (the mutation check can fail)', () => {
    const input = deepFreeze(structuredClone(BASE));
    expect(() => {
      (input.votes.ann as string[]).push('x');
    }).toThrow(TypeError);
  });
});

describe('erase', () => {
  const after = apply(BASE, { type: 'participant.erased', participantId: 'ann' });

  // prettier-ignore
  const ROWS_ERASE: { name: string; look: (s: SessionState) => unknown; is: unknown }[] = [
    { name: 'the person is gone', look: (s) => 'ann' in s.participants, is: false },
    {
      name: 'their sign-ups and contact details are gone',
      look: (s) => Object.values(s.signups).filter((x) => x.participantId === 'ann'),
      is: [],
    },
    { name: 'their dots are gone', look: (s) => s.votes.ann, is: undefined },
    { name: 'their seats are gone', look: (s) => s.assignments.ann, is: undefined },
    {
      name: 'their card stays, anonymous',
      look: (s) => [s.cards['c-ann']?.text, s.cards['c-ann']?.authorId, s.cards['c-ann']?.authorRole],
      is: ['text of c-ann', null, 'participant'],
    },
    {
      name: 'their question stays, anonymous',
      look: (s) => [s.questions['q-ann']?.text, s.questions['q-ann']?.authorId],
      is: ['Wie beslist?', null],
    },
    {
      name: 'no card or question points to them',
      look: (s) =>
        JSON.stringify([s.cards, s.questions, s.signups, s.votes, s.assignments, s.participants]).includes('"ann"'),
      is: false,
    },
    {
      name: 'bob keeps everything',
      look: (s) => [s.participants.bob, s.cards['c-bob'], s.questions['q-bob'], s.signups['s-bob'], s.votes.bob],
      is: [BASE.participants.bob, BASE.cards['c-bob'], BASE.questions['q-bob'], BASE.signups['s-bob'], BASE.votes.bob],
    },
    { name: 'the host card keeps its author', look: (s) => s.cards['c-host']?.authorId, is: 'host:wijkhub' },
  ];

  it.each(ROWS_ERASE)('$name', ({ look, is }) => {
    expect(look(after)).toEqual(is);
  });

  // prettier-ignore
  const ROWS_TEAMS: { name: string; from: SessionState; event: Event; is: unknown }[] = [
    {
      name: 'a trio member erased: a pair is left',
      from: TRIO,
      event: { type: 'participant.erased', participantId: 'cas' },
      is: { 't-1': ['ann', 'bob'] },
    },
    {
      name: 'a pair member erased: the team goes',
      from: PAIRS,
      event: { type: 'participant.erased', participantId: 'dan' },
      is: { 't-1': ['ann', 'bob'] },
    },
    {
      name: 'someone in no team erased: the teams stay',
      from: TRIO,
      event: { type: 'participant.erased', participantId: 'dan' },
      is: { 't-1': ['ann', 'bob', 'cas'] },
    },
    {
      name: 'removed as inactive, one of each pair: both teams go',
      from: PAIRS,
      event: { type: 'participants.removed', participantIds: ['ann', 'dan'] },
      is: {},
    },
    {
      name: 'two of the trio removed: the team goes',
      from: TRIO,
      event: { type: 'participants.removed', participantIds: ['ann', 'bob'] },
      is: {},
    },
  ];

  it.each(ROWS_TEAMS)('teams: $name', ({ from, event, is }) => {
    expect(MEMBERS(apply(from, event))).toEqual(is);
  });

  it('teams: a view without teams (not a facilitator) stays without', () => {
    expect('teams' in after).toBe(false);
  });
});

describe('a highlighted card that leaves the harvest gives its dots back', () => {
  // ann has 2 dots on c-host, bob 1 on c-host and 1 on c-bob.
  // prettier-ignore
  const ROWS_DOTS: { name: string; event: Event; votes: Record<string, string[]> }[] = [
    { name: 'hidden', event: { type: 'card.hidden', cardId: 'c-host', hidden: true }, votes: { bob: ['c-bob'] } },
    {
      name: 'merged',
      event: { type: 'card.merged', cardId: 'c-host', intoCardId: 'c-ann' },
      votes: { bob: ['c-bob'] },
    },
    {
      name: 'withdrawn',
      event: { type: 'card.removed', cardId: 'c-bob' },
      votes: { ann: ['c-host', 'c-host'], bob: ['c-host'] },
    },
    {
      name: 'unhighlighted',
      event: { type: 'card.highlighted', cardId: 'c-bob', on: false },
      votes: { ann: ['c-host', 'c-host'], bob: ['c-host'] },
    },
    {
      name: 'edited: not leaving, dots stay',
      event: { type: 'card.edited', cardId: 'c-host', text: 'x', at: AT },
      votes: { ann: ['c-host', 'c-host'], bob: ['c-host', 'c-bob'] },
    },
  ];

  it.each(ROWS_DOTS)('$name', ({ event, votes }) => {
    expect(apply(BASE, event).votes).toEqual(votes);
  });
});

describe('applyBatch', () => {
  it('sets the version of the batch, even without events', () => {
    expect(applyBatch(BASE, { v: 42, events: [] }).version).toBe(42);
    expect(BASE.version).not.toBe(42);
  });

  it('applies the events in order and sets the version', () => {
    const after = applyBatch(DRAFT, {
      v: 7,
      events: [
        { type: 'session.started', at: AT },
        { type: 'phase.entered', phaseId: 'walk-in', at: AT },
        { type: 'phase.entered', phaseId: 'plenary-1', at: AT + 1 },
      ],
    });
    expect([after.version, after.status, after.currentPhaseId, after.phaseLog.map((r) => r.phaseId)]).toEqual([
      7,
      'live',
      'plenary-1',
      ['walk-in', 'plenary-1'],
    ]);
    expect([DRAFT.version, DRAFT.status, DRAFT.phaseLog]).toEqual([0, 'draft', []]);
  });

  it('the base state was reached through the rules, one version per accepted batch', () => {
    // join ×2 + picks ×2 + assignment + jump + 3 cards + 2 highlights + voting + 4 dots + 2 questions + 2 sign-ups
    expect(BASE.version).toBe(BASE_STEPS.length);
  });
});
