import { describe, expect, it } from 'vitest';
import type { ErrorCode } from '../../../shared/protocol/errors';
import type { Timer } from '../../../shared/model/session';
import { applyBatch } from '../../../shared/rules/apply';
import { tableFor } from '../../../shared/rules/phase';
import { attempt, type Cmd, expectError, expectEvents, join, MIN, run, type Step, tick, to } from './fixtures';
import { PREPARE_ROWS } from './decide/prepare.rows';
import { EVENING_ROWS } from './decide/evening.rows';
import { VOTING_ROWS } from './decide/voting.rows';
import { PEOPLE_ROWS } from './decide/people.rows';
import { CARDS_ROWS } from './decide/cards.rows';
import { QUESTIONS_ROWS } from './decide/questions.rows';
import { GROUPS_ROWS } from './decide/groups.rows';
import { THEMES_ROWS } from './decide/themes.rows';
import { TEAMS_ROWS, TRIO } from './decide/teams.rows';
import { ALL_TYPES, CHECKS_ONLY, type Family, familyOf } from './decide/families';
import { MEMBERS_ROWS } from './decide/members.rows';
import { PERSONAL_LINK_ROWS, REGISTRATIONS_ROWS } from './decide/registrations.rows';
import { agenda, PEOPLE, ROUND1, type Row } from './decide/setups';

/**
 * decide, table by table: one rows file per command family in ./decide/ (setups in
 * ./decide/setups.ts). Each row is a setup, who tries which command, and the events it gives or
 * the code it is refused with. Timer math and seats follow below.
 */
const FAMILIES: Record<Family, Row[]> = {
  prepare: PREPARE_ROWS,
  evening: EVENING_ROWS,
  voting: VOTING_ROWS,
  people: [...PEOPLE_ROWS, ...PERSONAL_LINK_ROWS],
  cards: CARDS_ROWS,
  questions: QUESTIONS_ROWS,
  groups: GROUPS_ROWS,
  themes: THEMES_ROWS,
  teams: TEAMS_ROWS,
  members: MEMBERS_ROWS,
  registrations: REGISTRATIONS_ROWS,
};

describe.each(Object.entries(FAMILIES))('decide: %s', (family, rows) => {
  it.each(rows)('$name', ({ setup, who, cmd, expect: expected }) => {
    const world = run(setup);
    const d = attempt(world.state, who, cmd, world.now);
    if (typeof expected === 'string') expectError(d, expected);
    else expectEvents(d, expected);
  });

  it('holds only its own commands, and an accepted row for each of them', () => {
    expect(rows.map((r) => r.cmd.type).filter((t) => familyOf(t) !== family)).toEqual([]);
    const accepted = new Set<string>(
      rows
        .filter((r) => Array.isArray(r.expect) && (r.expect.length > 0 || CHECKS_ONLY.has(r.cmd.type)))
        .map((r) => r.cmd.type),
    );
    expect(ALL_TYPES.filter((t) => familyOf(t) === family && !accepted.has(t))).toEqual([]);
  });
});

describe('decide', () => {
  it('has a family for every command type', () => {
    expect(ALL_TYPES.filter((t) => familyOf(t) === null)).toEqual([]);
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

/* ── Keep-together teams: what an accepted team.set leaves, and what a refusal names ────────── */

describe('decide: teams, applied', () => {
  const members = (state: ReturnType<typeof run>['state']) =>
    Object.fromEntries(Object.values(state.teams ?? {}).map((t) => [t.id, t.memberIds]));
  const teamsAfter = (steps: Step[]) => members(run(steps).state);

  it('a person moving teams leaves the old one, which keeps the rest', () => {
    expect(
      teamsAfter([...TRIO, ['fac', { type: 'team.set', teamId: 't-2', label: 'Duo', memberIds: ['cas', 'dan'] }]]),
    ).toEqual({ 't-1': ['ann', 'bob'], 't-2': ['cas', 'dan'] });
  });

  it('an old team left with one person goes', () => {
    expect(
      teamsAfter([...TRIO, ['fac', { type: 'team.set', teamId: 't-2', label: 'Duo', memberIds: ['ann', 'bob'] }]]),
    ).toEqual({ 't-2': ['ann', 'bob'] });
  });

  it('an erased member leaves their team', () => {
    expect(teamsAfter([...TRIO, ['p:cas', { type: 'participant.erase' }]])).toEqual({ 't-1': ['ann', 'bob'] });
  });

  it('names the person who is not there, and changes nothing', () => {
    const world = run(TRIO);
    const d = attempt(
      world.state,
      'fac',
      { type: 'team.set', teamId: 't-1', label: 'x', memberIds: ['ann', 'zed', 'bob'] },
      world.now,
    );
    expect(d.ok ? null : [d.error.code, d.error.path]).toEqual(['NOT_FOUND', 'memberIds.1']);
    expect(members(world.state)).toEqual({ 't-1': ['ann', 'bob', 'cas'] });
  });

  it('stays is false unless the facilitator says so', () => {
    const world = run(TRIO);
    expect(world.state.teams?.['t-1']?.stays).toBe(false);
  });
});
