import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  describePerson,
  explainPerson,
  planRotation,
  RotationInputError,
  summarize,
} from '../../../shared/rotation/index';
import type { RotationInstance } from '../../../shared/rotation/index';

const BENCH = join(__dirname, '../../../bench/rotation');
const bench = (name: string): RotationInstance => JSON.parse(readFileSync(join(BENCH, `${name}.json`), 'utf8'));

// Iteration budgets, not wall-clock: the same seed gives the same plan on any machine.
describe('planRotation on the README instances', () => {
  it('B1 reaches its optimum J = 84 (Miss 0, Rep 6, Mix 0)', () => {
    const r = planRotation(bench('B1'), { iterations: 20_000, seed: 1 });
    expect(r.feasible).toBe(true);
    expect(r.score).toMatchObject({ J: 84, Miss: 0, Rep: 6, Mix: 0, TR: 0, CV: 0 });
  });

  it.each(['B2', 'B3', 'B8'])('%s gets Rep 0 from the resolvable design', (name) => {
    const r = planRotation(bench(name), { iterations: 1, seed: 1 });
    expect(r.feasible).toBe(true);
    expect(r.score.Rep).toBe(0);
    expect(r.score.Mix).toBe(0);
  });

  it('B4 gets down to the pigeonhole bound Rep 12', () => {
    // About what 200 ms gives on the 2-core VM; at half of it one run in ten ends at Rep 13.
    const r = planRotation(bench('B4'), { iterations: 600_000, seed: 1 });
    expect(r.score.Rep).toBe(12);
  });

  it('B5 wins every pick the seats allow, within the hard rules', () => {
    const r = planRotation(bench('B5'), { iterations: 20_000, seed: 3 });
    expect(r.feasible).toBe(true);
    expect(r.score.PrefHit).toBeGreaterThanOrEqual(0.97);
  });
});

describe('planRotation', () => {
  const small: RotationInstance = {
    rounds: 2,
    tables: [
      { id: 'a', capacityMin: 1, capacityMax: 3 },
      { id: 'b', capacityMin: 1, capacityMax: 3 },
      { id: 'c', capacityMin: 1, capacityMax: 3 },
    ],
    participants: Array.from({ length: 7 }, (_, k) => ({ id: `p${k}`, picks: ['a', 'b'] })),
  };

  it('is deterministic for a seed and an iteration budget', () => {
    const one = planRotation(small, { iterations: 3000, seed: 42 });
    const two = planRotation(small, { iterations: 3000, seed: 42 });
    expect(two.plan).toEqual(one.plan);
    expect(two.score).toEqual(one.score);
  });

  it('respects locks, even against everyone’s picks', () => {
    const locks = [
      { participantId: 'p0', round: 0, tableId: 'c' },
      { participantId: 'p1', round: 1, tableId: 'c' },
    ];
    const r = planRotation(small, { iterations: 3000, seed: 1, locks });
    expect(r.plan.assignments.p0![0]).toBe('c');
    expect(r.plan.assignments.p1![1]).toBe('c');
    expect(r.feasible).toBe(true);
  });

  it('names the problem with an infeasible instance', () => {
    const crowded = { ...small, participants: Array.from({ length: 10 }, (_, k) => ({ id: `p${k}` })) };
    expect(() => planRotation(crowded, { iterations: 10 })).toThrow(RotationInputError);
    expect(() => planRotation(crowded, { iterations: 10 })).toThrow(
      /TOO_MANY_PEOPLE: 10 people but the tables seat only 9/,
    );
    const r = planRotation(crowded, { iterations: 100, allowInfeasible: true });
    expect(r.feasible).toBe(false);
    expect(r.problems.map((p) => p.code)).toEqual(['TOO_MANY_PEOPLE']);
    expect(r.violations.some((v) => v.kind === 'over-capacity')).toBe(true);
  });
});

describe('describing a plan', () => {
  const instance: RotationInstance = {
    rounds: 2,
    tables: [
      { id: 'a', capacityMin: 0, capacityMax: 3 },
      { id: 'b', capacityMin: 0, capacityMax: 3 },
    ],
    participants: [{ id: 'x', picks: ['b'] }, { id: 'y' }, { id: 'z' }],
  };
  const plan = { assignments: { x: ['a', 'b'], y: ['a', 'b'], z: ['b', null] } };

  it('explains a person’s rounds', () => {
    expect(describePerson(instance, plan, 'x')).toEqual([
      { round: 0, tableId: 'a', pickRank: null, metBefore: [] },
      { round: 1, tableId: 'b', pickRank: 1, metBefore: ['y'] },
    ]);
    expect(explainPerson(instance, plan, 'x')).toEqual([
      'round 1: sits at a (not one of their picks)',
      'round 2: sits at b (their pick #1); meets y again',
    ]);
    expect(explainPerson(instance, plan, 'z')).toEqual(['round 1: sits at b', 'round 2: sits out']);
  });

  it.each([
    [
      { TR: 0, CV: 0, Rep: 3, Mix: 0, PrefHit: 0.92, visitsWithPicks: 10 },
      [
        '92% of visits are to a table the person chose',
        '3 pairs meet again',
        'every table mirrors the room’s mix of groups',
      ],
    ],
    [
      { TR: 1, CV: 2, Rep: 0, Mix: 1, PrefHit: 1, visitsWithPicks: 0 },
      [
        '1 visit goes back to a table the person already sat at',
        'tables are 2 seats off their capacity limits',
        'nobody meets the same person twice',
        'the group mix is 1 person away from the room’s at some tables',
      ],
    ],
  ])('summarizes %j', (s, lines) => {
    expect(summarize({ Miss: 0, RankSum: 0, Bal: 0, Split: 0, Place: 0, J: 0, NewRate: 1, meetings: 0, ...s })).toEqual(
      lines,
    );
  });
});
