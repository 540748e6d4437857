import { describe, expect, it } from 'vitest';
import { type AnyCommand, COMMAND_TYPES } from '../../../shared/protocol/commands';
import { ROLES, type Role } from '../../../shared/rules/actor';
import { PERMISSIONS, roleMay } from '../../../shared/rules/permissions';
import { templateSetup } from '../../../shared/templates';
import { attempt, card, type Cmd, highlight, join, run, type Step, to, type Who } from './fixtures';

type CommandType = AnyCommand['type'];

/**
 * Who may send what, written out by hand (not read from PERMISSIONS).
 * Columns: facilitator, host, desk, screen, participant; `x` = may, `.` = may not.
 */
// prettier-ignore
const MATRIX: Record<CommandType, string> = {
  //                   F H D S P
  'session.update': 'x . . . .',
  'agenda.set': 'x . . . .',
  'tables.set': 'x . . . .',
  'rounds.set': 'x . . . .',
  'categories.set': 'x . . . .',
  'workingGroups.set': 'x . . . .',
  'phase.advance': 'x . . . .',
  'phase.back': 'x . . . .',
  'phase.jump': 'x . . . .',
  'timer.start': 'x . . . .',
  'timer.pause': 'x . . . .',
  'timer.resume': 'x . . . .',
  'timer.extend': 'x . . . .',
  'broadcast.send': 'x . . . .',
  'broadcast.clear': 'x . . . .',
  'screen.show': 'x . . . .',
  'voting.open': 'x . . . .',
  'voting.close': 'x . . . .',
  'assignment.set': 'x . . . .',
  'plan.publish': 'x . . . .',
  'session.end': 'x . . . .',
  'participant.join': '. . . . x',
  'profile.set': '. . . . x',
  'tables.pick': '. . . . x',
  checkin: '. . . . x',
  'participant.erase': '. . . . x',
  'door.set': 'x . . . .',
  'participants.removeInactive': 'x . . . .',
  'card.add': 'x x . . x',
  'card.edit': 'x x . . x',
  'card.withdraw': 'x x . . x',
  'card.highlight': 'x x . . .',
  'card.hide': 'x . . . .',
  'card.merge': 'x x . . .',
  'card.unmerge': 'x x . . .',
  'summary.set': 'x x . . .',
  'theme.create': 'x x . . .',
  'theme.rename': 'x x . . .',
  'theme.place': 'x x . . .',
  'theme.merge': 'x x . . .',
  'theme.split': 'x x . . .',
  'theme.delete': 'x x . . .',
  'theme.accept': 'x . . . .',
  'team.set': 'x . . . .',
  'team.delete': 'x . . . .',
  'vote.cast': '. . . . x',
  'vote.withdraw': '. . . . x',
  'question.ask': 'x . x . x',
  'question.triage': 'x . x . .',
  'question.answer': 'x . x . .',
  'question.hide': 'x . x . .',
  'question.merge': 'x . x . .',
  'followup.publish': 'x . . . .',
  'signup.add': '. . . . x',
  'signup.withdraw': '. . . . x',
  'member.remember': '. . . . x',
  'member.claim': '. . . . x',
  'member.link': '. . . . x',
  'signupPage.set': 'x . . . .',
  'registrations.add': 'x . . . x',
  'registration.cancel': 'x . . . x',
  'registration.erase': 'x . . . .',
  'registration.checkIn': 'x . x . .',
  'participant.walkIn': 'x . x . .',
};

const COLUMNS: readonly Role[] = ['facilitator', 'host', 'desk', 'screen', 'participant'];
const may = (type: CommandType, role: Role): boolean => MATRIX[type].split(' ')[COLUMNS.indexOf(role)] === 'x';
const ALL_TYPES: CommandType[] = [...COMMAND_TYPES, 'participant.join', 'member.link', 'registrations.add'];
const PAIRS = ALL_TYPES.flatMap((type) => ROLES.map((role) => ({ type, role, allowed: may(type, role) })));

describe('the permission matrix', () => {
  it('lists every command type, and only those', () => {
    expect(Object.keys(MATRIX).sort()).toEqual([...ALL_TYPES].sort());
    expect(Object.keys(PERMISSIONS).sort()).toEqual([...ALL_TYPES].sort());
    expect([...ROLES].sort()).toEqual([...COLUMNS].sort());
  });

  it.each(PAIRS)('$role $type: $allowed', ({ type, role, allowed }) => {
    expect(roleMay(role, type)).toBe(allowed);
  });

  it('the screen may send nothing', () => {
    expect(ALL_TYPES.filter((t) => roleMay('screen', t))).toEqual([]);
  });
});

/*
 * decide enforces the matrix: a valid command of each type, sent by each role, is FORBIDDEN
 * exactly where the matrix says "may not", and accepted where it says "may" (so the refusal is
 * the role's, not some other check's).
 */
const T = templateSetup('world-cafe-evening', 'nl');
const entry = (name: string) => ({ registrationId: `r-${name}`, participantId: name, input: { name } });
/** Before the evening: the sign-up page is open, cat and dan are on the imported list. */
const BEFORE: Step[] = [
  ['fac', { type: 'signupPage.set', open: true, capacity: null, closesAt: null, askSandwich: true }],
  ['fac', { type: 'registrations.add', source: 'import', entries: [entry('cat'), entry('dan')] }],
];
const WORLD: Step[] = [
  ...BEFORE,
  ...join('ann', ['wijkhub', 'wijkstem']),
  ...join('bob', ['wijkstem', 'wijkhub']),
  ...to('round-1'),
  card('p:ann', 'c-ann'),
  card('host:wijkhub', 'c-host'),
  card('fac', 'c-fac', 'wijkhub'),
  highlight('c-host'),
  ['fac', { type: 'voting.open', dots: 3 }],
  ['p:ann', { type: 'vote.cast', cardId: 'c-host' }],
  ['p:ann', { type: 'question.ask', questionId: 'q-ann', categoryId: 'bylaw', text: 'Wie beslist?' }],
  ['p:bob', { type: 'question.ask', questionId: 'q-bob', categoryId: 'bylaw', text: 'Wie beslist er?' }],
  ['p:ann', { type: 'signup.add', signupId: 's-ann', groupId: 'wg-wijkhub', consent: false }],
  ['fac', { type: 'broadcast.send', text: 'Welkom' }],
  ['fac', { type: 'theme.create', themeId: 't-fac', label: 'Plek', cardIds: ['c-fac'] }],
  ['fac', { type: 'theme.create', themeId: 't-fac2', label: 'Geld', cardIds: [] }],
  ['host:wijkhub', { type: 'theme.create', themeId: 't-host', label: 'Voorstel', cardIds: ['c-host'] }],
  ['host:wijkhub', { type: 'theme.create', themeId: 't-host2', label: 'Voorstel 2', cardIds: [] }],
  ['fac', { type: 'team.set', teamId: 'team-1', label: 'Samen', memberIds: ['ann', 'bob'] }],
];
/** The theme each role works on: a host only on its own proposals. */
const OWN_THEME = (role: Role) => (role === 'host' ? ['t-host', 't-host2'] : ['t-fac', 't-fac2']) as [string, string];

const WHO: Record<Role, Who> = {
  facilitator: 'fac',
  host: 'host:wijkhub',
  desk: 'desk',
  screen: 'screen',
  participant: 'p:ann',
};
const OWN_CARD: Record<Role, string> = {
  facilitator: 'c-fac',
  host: 'c-host',
  desk: 'c-ann',
  screen: 'c-ann',
  participant: 'c-ann',
};

const SAMPLE: { [K in CommandType]: (role: Role) => Extract<Cmd, { type: K }> } = {
  'session.update': () => ({ type: 'session.update', title: 'Wijkavond' }),
  'agenda.set': () => ({ type: 'agenda.set', phases: structuredClone(T.agenda) }),
  'tables.set': () => ({ type: 'tables.set', tables: structuredClone(T.tables) }),
  'rounds.set': () => ({ type: 'rounds.set', rounds: { count: 2, lengthMin: 40, tablesPerParticipant: 2 } }),
  'categories.set': () => ({ type: 'categories.set', categories: structuredClone(T.infoCategories) }),
  'workingGroups.set': () => ({ type: 'workingGroups.set', groups: structuredClone(T.workingGroups) }),
  'phase.advance': () => ({ type: 'phase.advance', expectedPhaseId: 'round-1' }),
  'phase.back': () => ({ type: 'phase.back', expectedPhaseId: 'round-1' }),
  'phase.jump': () => ({ type: 'phase.jump', phaseId: 'wrap-up' }),
  'timer.start': () => ({ type: 'timer.start', durationMs: 60_000 }),
  'timer.pause': () => ({ type: 'timer.pause' }),
  'timer.resume': () => ({ type: 'timer.resume' }),
  'timer.extend': () => ({ type: 'timer.extend', ms: 60_000 }),
  'broadcast.send': () => ({ type: 'broadcast.send', text: 'Pauze' }),
  'broadcast.clear': () => ({ type: 'broadcast.clear' }),
  'screen.show': () => ({ type: 'screen.show', view: 'cloud', tableId: 'wijkhub' }),
  'voting.open': () => ({ type: 'voting.open', dots: 4 }),
  'voting.close': () => ({ type: 'voting.close' }),
  'assignment.set': () => ({ type: 'assignment.set', participantId: 'ann', round: 2, tableId: 'wijksamenwerking' }),
  'plan.publish': () => ({ type: 'plan.publish', plan: { ann: ['wijkhub', 'wijkstem'] } }),
  'session.end': () => ({ type: 'session.end' }),
  'participant.join': () => ({ type: 'participant.join', participantId: 'zed' }),
  'profile.set': () => ({ type: 'profile.set', name: 'Ann' }),
  'tables.pick': () => ({ type: 'tables.pick', picks: ['wijkhub', 'wijksamenwerking'] }),
  checkin: () => ({ type: 'checkin' }),
  'participant.erase': () => ({ type: 'participant.erase' }),
  'door.set': () => ({ type: 'door.set', open: false }),
  'participants.removeInactive': () => ({ type: 'participants.removeInactive' }),
  'card.add': () => ({ type: 'card.add', cardId: 'c-new', tableId: 'wijkhub', text: 'Nieuw idee' }),
  'card.edit': (role) => ({ type: 'card.edit', cardId: OWN_CARD[role], text: 'Beter geformuleerd' }),
  'card.withdraw': (role) => ({ type: 'card.withdraw', cardId: OWN_CARD[role] }),
  'card.highlight': () => ({ type: 'card.highlight', cardId: 'c-ann', on: true }),
  'card.hide': () => ({ type: 'card.hide', cardId: 'c-ann', hidden: true }),
  'card.merge': () => ({ type: 'card.merge', cardId: 'c-ann', intoCardId: 'c-fac' }),
  // Not merged: a no-op, accepted wherever the role may send it.
  'card.unmerge': () => ({ type: 'card.unmerge', cardId: 'c-ann' }),
  'summary.set': () => ({ type: 'summary.set', tableId: 'wijkhub', text: 'Samengevat' }),
  'theme.create': () => ({ type: 'theme.create', themeId: 't-new', label: 'Nieuw', cardIds: [] }),
  'theme.rename': (role) => ({ type: 'theme.rename', themeId: OWN_THEME(role)[0], label: 'Anders' }),
  'theme.place': (role) => ({ type: 'theme.place', cardIds: ['c-host'], themeId: OWN_THEME(role)[1] }),
  'theme.merge': (role) => ({ type: 'theme.merge', themeId: OWN_THEME(role)[1], intoThemeId: OWN_THEME(role)[0] }),
  'theme.split': (role) => ({
    type: 'theme.split',
    themeId: OWN_THEME(role)[0],
    newThemeId: 't-split',
    label: 'Apart',
    cardIds: [role === 'host' ? 'c-host' : 'c-fac'],
  }),
  'theme.delete': (role) => ({ type: 'theme.delete', themeId: OWN_THEME(role)[0] }),
  'theme.accept': () => ({ type: 'theme.accept', themeId: 't-host' }),
  'team.set': () => ({ type: 'team.set', teamId: 'team-2', label: 'Buren', memberIds: ['bob', 'ann'], stays: true }),
  'team.delete': () => ({ type: 'team.delete', teamId: 'team-1' }),
  'vote.cast': () => ({ type: 'vote.cast', cardId: 'c-host' }),
  'vote.withdraw': () => ({ type: 'vote.withdraw', cardId: 'c-host' }),
  'question.ask': () => ({ type: 'question.ask', questionId: 'q-new', categoryId: 'funding', text: 'Hoeveel?' }),
  'question.triage': () => ({ type: 'question.triage', questionId: 'q-ann', status: 'follow-up' }),
  'question.answer': () => ({ type: 'question.answer', questionId: 'q-ann', answer: 'De gemeente' }),
  'question.hide': () => ({ type: 'question.hide', questionId: 'q-ann', hidden: true }),
  'question.merge': () => ({ type: 'question.merge', questionId: 'q-ann', intoQuestionId: 'q-bob' }),
  // Taking back what was never published is a no-op at any time, so the role is all that is checked.
  'followup.publish': () => ({ type: 'followup.publish', published: false }),
  'signup.add': () => ({ type: 'signup.add', signupId: 's-new', groupId: 'wg-wijkstem', consent: false }),
  'signup.withdraw': () => ({ type: 'signup.withdraw', signupId: 's-ann' }),
  'member.remember': () => ({ type: 'member.remember', on: true }),
  'member.claim': () => ({ type: 'member.claim', code: 'ABCDEFGHJKMN' }),
  'member.link': () => ({ type: 'member.link', participantId: 'ann', memberId: 'm-ann', signups: [] }),
  'signupPage.set': () => ({ type: 'signupPage.set', open: false, capacity: 10, closesAt: null, askSandwich: false }),
  // A participant signs up on the page (before the evening, see DRAFT) as who they will be.
  'registrations.add': (role) =>
    role === 'participant'
      ? { type: 'registrations.add', source: 'form', entries: [entry('eve')] }
      : { type: 'registrations.add', source: 'import', entries: [entry('fay')] },
  // A person cancels their own registration (cat, not arrived), the facilitator anyone's.
  'registration.cancel': () => ({ type: 'registration.cancel', registrationId: 'r-cat' }),
  'registration.erase': () => ({ type: 'registration.erase', registrationId: 'r-dan' }),
  'registration.checkIn': () => ({ type: 'registration.checkIn', registrationId: 'r-cat', on: true }),
  'participant.walkIn': () => ({ type: 'participant.walkIn', participantId: 'walk-in', name: 'Els' }),
};
/** Who sends a participant's command: a newcomer joins (or signs up) as themselves, cat cancels her own. */
const PARTICIPANT: Partial<Record<CommandType, Who>> = {
  'participant.join': 'p:zed',
  'registrations.add': 'p:eve',
  'registration.cancel': 'p:cat',
};

describe('decide enforces the matrix', () => {
  const world = run(WORLD);
  // Signing up on the page is for before the evening.
  const draft = run(BEFORE);

  it.each(PAIRS)('$role sends $type → allowed: $allowed', ({ type, role, allowed }) => {
    // Every other participant command comes from ann.
    const who: Who = role === 'participant' ? (PARTICIPANT[type] ?? WHO[role]) : WHO[role];
    const from = type === 'registrations.add' ? draft : world;
    const d = attempt(from.state, who, SAMPLE[type](role), from.now);
    expect(d.ok ? 'accepted' : d.error.code).toBe(allowed ? 'accepted' : 'FORBIDDEN');
  });
});
