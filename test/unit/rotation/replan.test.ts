import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planRotation, replan, RotationInputError } from '../../../shared/rotation/index';
import type { ReplanChanges, RotationInstance, RotationPlan } from '../../../shared/rotation/index';

const BENCH = join(__dirname, '../../../bench/rotation');
const bench = (name: string): RotationInstance => JSON.parse(readFileSync(join(BENCH, `${name}.json`), 'utf8'));

const planned = new Map<string, { instance: RotationInstance; plan: RotationPlan }>();
function base(name: string) {
  if (!planned.has(name)) {
    const instance = bench(name);
    planned.set(name, { instance, plan: planRotation(instance, { iterations: 20_000, seed: 1 }).plan });
  }
  return planned.get(name)!;
}

const unvisited = (plan: RotationPlan, instance: RotationInstance, id: string) =>
  instance.tables.map((t) => t.id).find((t) => !plan.assignments[id]!.includes(t))!;

// Each line: an instance, the changes after round `fixedRounds`, and how many others may move.
const cases: {
  name: string;
  bench: string;
  fixedRounds: number;
  changes: (b: ReturnType<typeof base>) => ReplanChanges;
  k: number;
}[] = [
  { name: 'B5 one leaver', bench: 'B5', fixedRounds: 1, changes: () => ({ leavers: ['p4'] }), k: 1 },
  {
    name: 'B5 one arrival with picks',
    bench: 'B5',
    fixedRounds: 1,
    changes: () => ({ arrivals: [{ id: 'late', group: 'resident', picks: ['t1', 't2'] }] }),
    k: 1,
  },
  {
    name: 'B5 a lock to a table not yet visited',
    bench: 'B5',
    fixedRounds: 1,
    changes: ({ instance, plan }) => ({
      locks: [{ participantId: 'p9', round: 2, tableId: unvisited(plan, instance, 'p9') }],
    }),
    k: 1,
  },
  {
    name: 'B7 a batch of five',
    bench: 'B7',
    fixedRounds: 2,
    changes: ({ instance, plan }) => ({
      leavers: ['p1', 'p2'],
      arrivals: [
        { id: 'late1', group: 'resident' },
        { id: 'late2', picks: ['t3'] },
      ],
      locks: [{ participantId: 'p50', round: 3, tableId: unvisited(plan, instance, 'p50') }],
    }),
    k: 5,
  },
  {
    name: 'B7 one leaver in the first round',
    bench: 'B7',
    fixedRounds: 0,
    changes: () => ({ leavers: ['p77'] }),
    k: 1,
  },
];

describe('replan', () => {
  it.each(cases)(
    '$name: fixed rounds kept, at most $k others moved, rules kept',
    ({ bench: name, fixedRounds, changes, k }) => {
      const b = base(name);
      const c = changes(b);
      const r = replan(b.instance, b.plan, c, { fixedRounds, polishIterations: 5000, seed: 1 });
      expect(r.moved).toBeLessThanOrEqual(k);
      expect(r.feasible).toBe(true);
      expect(r.unseated).toEqual([]);
      for (const [id, row] of Object.entries(r.plan.assignments)) {
        const old = b.plan.assignments[id];
        expect(row.slice(0, fixedRounds)).toEqual(old ? old.slice(0, fixedRounds) : Array(fixedRounds).fill(null));
      }
      for (const l of c.locks ?? []) expect(r.plan.assignments[l.participantId]![l.round]).toBe(l.tableId);
      for (const a of c.arrivals ?? [])
        expect(r.plan.assignments[a.id]!.slice(fixedRounds).every((t) => t !== null)).toBe(true);
      for (const id of c.leavers ?? []) expect(r.plan.assignments[id]).toBeUndefined();
    },
  );

  it('says so when a leaver leaves fixed-size tables short', () => {
    const b = base('B8');
    const r = replan(b.instance, b.plan, { leavers: ['p1'] }, { fixedRounds: 1, polishIterations: 100 });
    expect(r.feasible).toBe(false);
    expect(r.violations.every((v) => v.kind === 'under-capacity')).toBe(true);
  });

  it('reports an arrival it cannot seat because every table is full', () => {
    const b = base('B8');
    const r = replan(b.instance, b.plan, { arrivals: [{ id: 'late' }] }, { fixedRounds: 2, polishIterations: 100 });
    expect(r.unseated).toEqual([
      { participantId: 'late', round: 2 },
      { participantId: 'late', round: 3 },
    ]);
    expect(r.moved).toBe(0);
  });

  // A table p1 did not sit at in round 0, for a lock that would rewrite history.
  const elsewhere = (plan: RotationPlan) => (plan.assignments.p1![0] === 't1' ? 't2' : 't1');
  it.each([
    ['a leaver nobody knows', () => ({ leavers: ['nobody'] }), 1, /UNKNOWN_LEAVER/],
    ['an arrival with a taken id', () => ({ arrivals: [{ id: 'p1' }] }), 1, /DUPLICATE_PARTICIPANT_ID/],
    [
      'a lock in a played round',
      (plan: RotationPlan) => ({ locks: [{ participantId: 'p1', round: 0, tableId: elsewhere(plan) }] }),
      1,
      /LOCK_IN_FIXED_ROUND/,
    ],
    ['more fixed rounds than rounds', () => ({}), 9, /BAD_FIXED_ROUNDS/],
  ] as const)('rejects %s', (_, changes, fixedRounds, error) => {
    const b = base('B5');
    const run = () => replan(b.instance, b.plan, changes(b.plan) as ReplanChanges, { fixedRounds });
    expect(run).toThrow(RotationInputError);
    expect(run).toThrow(error);
  });
});

describe('replan keeps teams together', () => {
  it('B10: latecomers and leavers after round 1 never split a team of colleagues', () => {
    const { instance, plan } = base('B10');
    const teams = instance.teams ?? [];
    expect(teams.length).toBeGreaterThan(0);
    const inTeam = new Set(teams.flatMap((t) => t.members));
    // Everyone outside a team leaves the tables of round 2 where teams sit: those tables drop
    // under their minimum, and others must come over — never one member of a team alone.
    const teamTables = new Set(teams.slice(0, 3).map((t) => plan.assignments[t.members[0]!]![1]));
    const leavers = instance.participants
      .filter((p) => !inTeam.has(p.id) && teamTables.has(plan.assignments[p.id]![1]!))
      .map((p) => p.id);
    expect(leavers.length).toBeGreaterThan(3);
    const arrivals = Array.from({ length: 10 }, (_, i) => ({ id: `late${i}`, group: 'resident' }));
    const r = replan(instance, plan, { leavers, arrivals }, { fixedRounds: 1, polishIterations: 5000, seed: 1 });
    for (const team of teams)
      for (let round = 0; round < instance.rounds; round++) {
        const tables = new Set(team.members.map((id) => r.plan.assignments[id]![round]));
        expect(tables.size, `${team.id} in round ${round + 1}`).toBe(1);
      }
    expect(r.score.TR).toBe(0);
  });
});
