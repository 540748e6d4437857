import { describe, expect, it } from 'vitest';
import { computePlan, type PlanOutcome } from '../../../client/src/views/facilitator/plan/compute';
import type { SessionState } from '../../../shared/model/session';
import {
  capacityMin,
  movedPeople,
  sessionPlanning,
  toLocks,
  toPublish,
  withSeats,
  type PublishedPlan,
} from '../../../shared/rotation/from-session';
import { score } from '../../../shared/rotation/score';
import { applyBatch } from '../../../shared/rules/apply';
import { tableFor } from '../../../shared/rules/phase';
import { attempt, run, tick, to, type Step, type Who } from '../rules/fixtures';

const [HUB, SAMEN, STEM] = ['wijkhub', 'wijksamenwerking', 'wijkstem'] as const;

/** Joins a participant with a group and picks, a minute after the one before. */
function joined(
  id: string,
  group: 'resident' | 'entrepreneur' | 'professional' | 'municipality' | null,
  picks: string[] = [],
): Step[] {
  const p: Who = `p:${id}`;
  return [
    tick(60_000),
    [p, { type: 'participant.join', participantId: id }],
    ...(group === null ? [] : [[p, { type: 'profile.set', group }] as Step]),
    ...(picks.length === 0 ? [] : [[p, { type: 'tables.pick', picks }] as Step]),
  ];
}
const seat = (participantId: string, round: number, tableId: string | null): Step => [
  'fac',
  { type: 'assignment.set', participantId, round, tableId },
];
const publish = (plan: PublishedPlan): Step => [
  'fac',
  { type: 'plan.publish', plan: plan as Record<string, (string | null)[]> },
];
const threeRounds: Step = ['fac', { type: 'rounds.set', rounds: { count: 3, lengthMin: 30, tablesPerParticipant: 2 } }];

/** A room of n people in four groups, picking tables in turn. */
function room(n: number, prefix = 'p'): Step[] {
  const groups = ['resident', 'entrepreneur', 'professional', 'municipality'] as const;
  const orders = [
    [HUB, SAMEN],
    [SAMEN, STEM],
    [STEM, HUB],
  ];
  return Array.from({ length: n }, (_, i) => joined(`${prefix}${i + 1}`, groups[i % 4]!, orders[i % 3]!)).flat();
}

/** The server's own rule decides whether a payload may be published; then it is applied. */
function published(state: SessionState, plan: Record<string, (string | null)[]>): SessionState {
  const d = attempt(state, 'fac', { type: 'plan.publish', plan }, 0);
  if (!d.ok) throw new Error(`plan.publish refused: ${d.error.code} ${d.error.message}`);
  return applyBatch(state, { v: state.version + 1, events: d.events });
}

function ok(o: PlanOutcome): Extract<PlanOutcome, { ok: true }> {
  if (!o.ok) throw new Error(`planning failed: ${o.problems.map((p) => p.code).join(', ')}`);
  return o;
}

describe('sessionPlanning: the instance', () => {
  it('plans everyone who joined, checked in or not, with their group and the picks of tables that exist', () => {
    const { state } = run([
      ...joined('a', 'resident', [STEM, HUB]),
      ['p:a', { type: 'checkin' }],
      ...joined('b', null),
    ]);
    state.participants.b!.picks = ['gone', SAMEN, SAMEN];
    expect(sessionPlanning(state).instance).toEqual({
      rounds: 2,
      visits: 2,
      groups: ['resident'],
      tables: [HUB, SAMEN, STEM].map((id) => ({ id, capacityMin: 0, capacityMax: 40 })),
      participants: [
        { id: 'a', group: 'resident', picks: [STEM, HUB] },
        { id: 'b', picks: [SAMEN] },
      ],
    });
  });

  it.each([
    // people, visits, rounds, tables, capacity → fewest per table
    [30, 2, 2, 3, 40, 5],
    [4, 2, 2, 3, 40, 0],
    [120, 3, 3, 15, 10, 4],
    [300, 2, 2, 3, 40, 40],
    [0, 2, 2, 3, 40, 0],
    [10, 2, 2, 0, 40, 0],
  ])(
    '%i people, %i visits, %i rounds, %i tables of %i: at least %i per table',
    (people, visits, rounds, tables, capacity, min) => {
      expect(capacityMin(people, visits, rounds, tables, capacity)).toBe(min);
    },
  );

  it.each([
    ['fewer tables than rounds per person', { count: 3, lengthMin: 30, tablesPerParticipant: 2 }, 2],
    ['more than the rounds', { count: 2, lengthMin: 30, tablesPerParticipant: 3 }, 2],
    ['more than the tables', { count: 4, lengthMin: 30, tablesPerParticipant: 4 }, 3],
  ])('visits: %s', (_name, rounds, visits) => {
    const { state } = run([['fac', { type: 'rounds.set', rounds }], ...joined('a', null)]);
    const { instance } = sessionPlanning(state);
    expect([instance.rounds, instance.visits]).toEqual([rounds.count, visits]);
  });
});

describe('sessionPlanning: what a plan must keep', () => {
  it('before any plan, every seat set by hand in a round to come is kept, sitting out too', () => {
    const { state } = run([...joined('a', null, [HUB]), ...joined('b', null), seat('a', 2, STEM), seat('b', 1, null)]);
    const p = sessionPlanning(state);
    expect(p.fixedRounds).toBe(0);
    expect(p.history).toEqual([]);
    expect(p.manual).toEqual([
      { participantId: 'a', round: 1, tableId: STEM },
      { participantId: 'b', round: 0, tableId: null },
    ]);
    expect(toLocks(p.manual)).toEqual([{ participantId: 'a', round: 1, tableId: STEM }]);
    expect([p.planned, p.arrivals, p.leavers]).toEqual([[], [], []]);
    expect(p.current.assignments).toEqual({ a: [HUB, STEM], b: [null, null] });
  });

  it('rounds that have begun are history, every seat of them; a move by hand there is history too', () => {
    const { state } = run([
      ...joined('a', null, [HUB, SAMEN]),
      ...joined('b', null),
      seat('b', 1, STEM),
      seat('b', 2, HUB),
      ...to('round-1'),
    ]);
    const p = sessionPlanning(state);
    expect(p.fixedRounds).toBe(1);
    expect(p.history).toEqual([
      { participantId: 'a', round: 0, tableId: HUB },
      { participantId: 'b', round: 0, tableId: STEM },
    ]);
    expect(p.manual).toEqual([{ participantId: 'b', round: 1, tableId: HUB }]);
  });

  it('a person kept at more tables than the evening asks visits them all', () => {
    const { state } = run([
      threeRounds,
      ...joined('a', null),
      seat('a', 1, HUB),
      seat('a', 2, SAMEN),
      seat('a', 3, STEM),
    ]);
    expect(sessionPlanning(state).instance.participants).toEqual([{ id: 'a', visits: 3 }]);
  });

  const plan: PublishedPlan = { a: [HUB, SAMEN], b: [SAMEN, STEM], c: [STEM, HUB] };
  const afterPublish = (): SessionState =>
    run([
      ...joined('a', null),
      ...joined('b', null),
      ...joined('c', null),
      publish(plan),
      seat('a', 2, STEM), // moved by hand after publishing
      ['p:c', { type: 'participant.erase' }], // left
      ...joined('d', null, [HUB, SAMEN]), // arrived: the server seats them
    ]).state;

  it('after publishing, with the plan as published: moves by hand, arrivals, leavers and where a re-plan starts', () => {
    const state = afterPublish();
    expect(state.assignments.d).toBeDefined();
    const p = sessionPlanning(state, plan);
    expect(p.manual).toEqual([{ participantId: 'a', round: 1, tableId: STEM }]);
    expect([p.planned, p.arrivals, p.leavers]).toEqual([['a', 'b'], ['d'], ['c']]);
    expect(p.previous.assignments).toEqual({ a: [HUB, STEM], b: [SAMEN, STEM], c: [STEM, HUB], d: [null, null] });
  });

  it('after publishing, without the plan: who had seats then is planned; no move can be told from the plan', () => {
    const p = sessionPlanning(afterPublish());
    expect(p.manual).toEqual([]);
    expect([p.planned, p.arrivals, p.leavers]).toEqual([['a', 'b'], ['d'], []]);
  });
});

describe('plans and the plan.publish payload', () => {
  it('a payload has one entry per round for each person still here', () => {
    const { state } = run([...joined('a', null), ...joined('b', null)]);
    expect(toPublish({ assignments: { a: [HUB], b: [SAMEN, STEM, HUB], gone: [STEM, HUB] } }, state)).toEqual({
      a: [HUB, null],
      b: [SAMEN, STEM],
    });
  });

  it('withSeats puts kept seats back; movedPeople counts who changes from a round on', () => {
    const before = { assignments: { a: [HUB, SAMEN], b: [SAMEN, STEM], c: [STEM, HUB] } };
    const after = withSeats(before, [
      { participantId: 'a', round: 1, tableId: null },
      { participantId: 'b', round: 0, tableId: HUB },
      { participantId: 'gone', round: 0, tableId: HUB },
    ]);
    expect(after.assignments).toEqual({ a: [HUB, null], b: [HUB, STEM], c: [STEM, HUB] });
    expect(movedPeople(before, after, 0, ['a', 'b', 'c'])).toEqual(['a', 'b']);
    expect(movedPeople(before, after, 1, ['a', 'b', 'c'])).toEqual(['a']);
  });
});

describe('computePlan: what the cockpit runs', () => {
  it('hands the planner who met in earlier sessions of the programme, fresh and again', () => {
    const { state } = run([...room(6)]);
    const metBefore = [['p1', 'p2']] as const;
    const o = ok(computePlan({ kind: 'fresh', state, published: null, iterations: 200, metBefore }));
    expect(o.instance.metBefore).toEqual([['p1', 'p2']]);
    const again = ok(
      computePlan({ kind: 'replan', state: published(state, o.payload), published: o.payload, metBefore }),
    );
    expect(again.instance.metBefore).toEqual([['p1', 'p2']]);
    expect(
      ok(computePlan({ kind: 'fresh', state, published: null, iterations: 200 })).instance.metBefore,
    ).toBeUndefined();
  });

  it('a first plan keeps the seats set by hand, seats everyone and is accepted as it is', () => {
    const { state } = run([...room(24), seat('p1', 2, STEM), seat('p2', 1, null)]);
    const o = ok(computePlan({ kind: 'fresh', state, published: null, iterations: 3000 }));
    expect(o.plan.assignments.p1![1]).toBe(STEM);
    expect(o.plan.assignments.p2![0]).toBeNull();
    expect(o.violations).toEqual([]);
    expect(o.moved).toEqual([]);
    const after = published(state, o.payload);
    // What the server then holds scores exactly as the cockpit said.
    const now = sessionPlanning(after);
    expect(now.current).toEqual(o.plan);
    expect(score(now.instance, now.current)).toEqual(o.score);
  });

  it('a re-plan keeps a move by hand, seats the arrival and moves at most one other planned person', () => {
    const first = run([...room(24)]).state;
    const o = ok(computePlan({ kind: 'fresh', state: first, published: null, iterations: 3000 }));
    const other = o.plan.assignments.p1![1] === STEM ? HUB : STEM;
    const later = run([seat('p1', 2, other), ...joined('late', 'resident', [HUB])], {
      state: published(first, o.payload),
      now: 0,
    }).state;
    const again = ok(computePlan({ kind: 'replan', state: later, published: o.payload }));
    expect(again.kind).toBe('replan');
    expect(again.plan.assignments.p1![1]).toBe(other);
    expect(again.kept).toBe(1);
    expect(again.moved.length).toBeLessThanOrEqual(1);
    expect(again.plan.assignments.late!.filter((t) => t !== null)).toHaveLength(2);
    expect(again.violations).toEqual([]);
    published(later, again.payload);
  });

  it('once round 1 has begun, a plan leaves round 1 as people sit', () => {
    const { state } = run([...room(18), seat('p3', 1, null), ...to('round-1')]);
    const roundOne = sessionPlanning(state).current;
    for (const kind of ['fresh', 'replan'] as const) {
      const o = ok(computePlan({ kind, state, published: null, iterations: 3000 }));
      for (const [id, row] of Object.entries(o.plan.assignments))
        expect([id, row[0]]).toEqual([id, roundOne.assignments[id]![0]]);
      published(state, o.payload);
    }
  });

  it('seats by hand that cannot all be kept come back as the planner’s problem, not as a plan', () => {
    const { state } = run([
      [
        'fac',
        {
          type: 'tables.set',
          tables: [HUB, SAMEN, STEM].map((id) => ({
            id,
            title: id,
            keyQuestion: '',
            prompts: [],
            capacity: 1,
            host: '',
          })),
        },
      ],
      ...joined('a', null),
      ...joined('b', null),
      seat('a', 1, HUB),
      seat('b', 1, HUB),
    ]);
    const o = computePlan({ kind: 'fresh', state, published: null, iterations: 100 });
    expect(o.ok ? 'a plan' : o.problems.map((p) => p.code)).toEqual(['LOCK_OVER_CAPACITY']);
  });
});

describe('sessionPlanning: everyone, or only who checked in (issue 17, point 18)', () => {
  const checkin = (id: string): Step => [`p:${id}`, { type: 'checkin' }];
  const rows: {
    name: string;
    steps: Step[];
    scope: 'everyone' | 'checkedIn';
    planned: string[];
    leftOut: Record<string, (string | null)[]>;
    arrivals?: string[];
  }[] = [
    {
      name: 'everyone: checked in or not, all are planned',
      steps: [...joined('a', null, [HUB, SAMEN]), checkin('a'), ...joined('b', null, [STEM])],
      scope: 'everyone',
      planned: ['a', 'b'],
      leftOut: {},
    },
    {
      name: 'checked in only: who did not check in gets no table',
      steps: [...joined('a', null, [HUB, SAMEN]), checkin('a'), ...joined('b', null, [STEM]), ...joined('c', null)],
      scope: 'checkedIn',
      planned: ['a'],
      leftOut: { b: [null, null], c: [null, null] },
    },
    {
      name: 'checked in only, nobody checked in: an empty plan, everyone left out',
      steps: [...joined('a', null, [HUB])],
      scope: 'checkedIn',
      planned: [],
      leftOut: { a: [null, null] },
    },
    {
      name: 'checked in only, round 1 begun: the left-out keep where they sit in it',
      steps: [...joined('a', null, [HUB, SAMEN]), checkin('a'), ...joined('b', null, [STEM, HUB]), ...to('round-1')],
      scope: 'checkedIn',
      planned: ['a'],
      leftOut: { b: [STEM, null] },
    },
    {
      name: 'checked in only, after a plan: a latecomer who checked in is an arrival, one who did not is not',
      steps: [
        ...joined('a', null, [HUB, SAMEN]),
        checkin('a'),
        ...joined('b', null, [STEM]),
        publish({ a: [HUB, SAMEN], b: [null, null] }),
        ...joined('c', null),
        checkin('c'),
        ...joined('d', null),
      ],
      scope: 'checkedIn',
      planned: ['a', 'c'],
      leftOut: { b: [null, null], d: [null, null] },
      arrivals: ['c'],
    },
  ];
  it.each(rows)('$name', ({ steps, scope, planned, leftOut, arrivals }) => {
    const { state } = run(steps);
    const p = sessionPlanning(state, null, scope);
    expect(p.instance.participants.map((x) => x.id)).toEqual(planned);
    expect(p.leftOut).toEqual(leftOut);
    if (arrivals !== undefined) expect(p.arrivals).toEqual(arrivals);
  });

  it('the plan of the checked-in publishes, and someone left out who checks in later is seated', () => {
    const { state } = run([
      ...joined('a', null, [HUB, SAMEN]),
      checkin('a'),
      ...joined('b', null, [STEM, HUB]),
      checkin('b'),
      ...joined('c', null, [HUB, STEM]),
    ]);
    const o = ok(computePlan({ kind: 'fresh', state, published: null, scope: 'checkedIn', iterations: 500 }));
    expect(o.instance.participants.map((x) => x.id)).toEqual(['a', 'b']);
    expect(o.payload.c).toEqual([null, null]);
    expect(o.payload.a!.filter((t) => t !== null)).toHaveLength(2);
    const out = published(state, o.payload);
    // Not seated: no table in any round, also not by the picks.
    expect([tableFor(out, 'c', 1), tableFor(out, 'c', 2)]).toEqual([null, null]);
    const d = attempt(out, 'p:c', { type: 'checkin' }, 0);
    expect(d.ok && d.events.map((e) => e.type)).toEqual(['participant.checkedIn', 'assignment.set', 'assignment.set']);
  });
});

describe('sessionPlanning: keep-together teams (issue 19)', () => {
  const team = (teamId: string, memberIds: string[], stays = false): Step => [
    'fac',
    { type: 'team.set', teamId, label: `Team ${teamId}`, memberIds, stays },
  ];
  const checkIn = (id: string): Step => [`p:${id}`, { type: 'checkin' }];
  // Six people: a trio that stays (p1 p2 p3), a pair that rotates (p4 p5), p6 on their own.
  const TEAMS: Step[] = [...room(6), team('t-pair', ['p5', 'p4']), team('t-trio', ['p1', 'p2', 'p3'], true)];
  const teamsOf = (steps: Step[], scope: 'everyone' | 'checkedIn' = 'everyone') =>
    sessionPlanning(run(steps).state, null, scope).instance.teams;

  it('every team, its members in the order set, in id order, with stays', () => {
    expect(teamsOf(TEAMS)).toEqual([
      { id: 't-pair', members: ['p5', 'p4'], stays: false },
      { id: 't-trio', members: ['p1', 'p2', 'p3'], stays: true },
    ]);
  });

  it('a session without teams (or stored before them) has none in the instance', () => {
    expect(teamsOf(room(6))).toBeUndefined();
    expect('teams' in sessionPlanning(run(room(6)).state).instance).toBe(false);
  });

  it('only members in the planned scope: with the checked-in only, the others are left out', () => {
    const steps = [...TEAMS, checkIn('p1'), checkIn('p3'), checkIn('p4'), checkIn('p6')];
    // p2 has not checked in: the trio is a pair; p5 has not: the pair is one person, so it goes.
    expect(teamsOf(steps, 'checkedIn')).toEqual([{ id: 't-trio', members: ['p1', 'p3'], stays: true }]);
    expect(teamsOf(steps, 'everyone')).toHaveLength(2);
  });

  it('no team with fewer than two planned members is left: none at all when only one of each checked in', () => {
    const steps = [...TEAMS, checkIn('p1'), checkIn('p4'), checkIn('p6')];
    expect(teamsOf(steps, 'checkedIn')).toBeUndefined();
  });

  it('an erased member is gone from the team, and so from the instance', () => {
    expect(teamsOf([...TEAMS, ['p:p2', { type: 'participant.erase' }]])).toEqual([
      { id: 't-pair', members: ['p5', 'p4'], stays: false },
      { id: 't-trio', members: ['p1', 'p3'], stays: true },
    ]);
  });
});
