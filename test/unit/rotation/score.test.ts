import { describe, expect, it } from 'vitest';
import { score, violations } from '../../../shared/rotation/score';
import type { RotationInstance, RotationPlan, Score } from '../../../shared/rotation/types';

// Four people, two tables, two rounds, two groups: small enough to count every term by hand.
const FOUR: RotationInstance = {
  rounds: 2,
  groups: ['x', 'y'],
  tables: [
    { id: 't1', capacityMin: 1, capacityMax: 3 },
    { id: 't2', capacityMin: 1, capacityMax: 3 },
  ],
  participants: [
    { id: 'p1', group: 'x', picks: ['t1', 't2'] },
    { id: 'p2', group: 'x', picks: ['t2'] },
    { id: 'p3', group: 'y' },
    { id: 'p4', group: 'y', picks: ['t1'] },
  ],
};

// Six people, one round: four in group a, two in b.
const SIX: RotationInstance = {
  rounds: 1,
  groups: ['a', 'b'],
  tables: [
    { id: 't1', capacityMin: 0, capacityMax: 6 },
    { id: 't2', capacityMin: 0, capacityMax: 6 },
  ],
  participants: ['a', 'a', 'a', 'a', 'b', 'b'].map((group, k) => ({ id: `q${k + 1}`, group })),
};

// Five people, one round: a a a b b.
const FIVE: RotationInstance = { ...SIX, participants: SIX.participants.filter((p) => p.id !== 'q4') };

const rows = (o: Record<string, (string | null)[]>): RotationPlan => ({ assignments: o });

type Terms = Pick<Score, 'TR' | 'CV' | 'Miss' | 'RankSum' | 'Rep' | 'Mix' | 'Bal' | 'J' | 'PrefHit' | 'NewRate'>;

// Each line: a plan and the terms counted by hand (the comment shows the count).
const cases: { name: string; instance: RotationInstance; plan: RotationPlan; weights?: object; terms: Terms }[] = [
  {
    // r0: t1{p1,p3} t2{p2,p4}; r1: t1{p2,p4} t2{p1,p3}. p2 misses t1, p4 misses t2; p1 gets its
    // 2nd pick once (RankSum 1). Pairs p1p3 and p2p4 meet twice (Rep 2) out of 4 meetings.
    name: 'balanced, two repeated pairs',
    instance: FOUR,
    plan: rows({ p1: ['t1', 't2'], p2: ['t2', 't1'], p3: ['t1', 't2'], p4: ['t2', 't1'] }),
    terms: {
      TR: 0,
      CV: 0,
      Miss: 2,
      RankSum: 1,
      Rep: 2,
      Mix: 0,
      Bal: 0,
      J: 100 + 2 + 20,
      PrefHit: 1 - 2 / 6,
      NewRate: 0.5,
    },
  },
  {
    name: 'same plan with Rep weighted 0 and Miss weighted 1',
    instance: FOUR,
    plan: rows({ p1: ['t1', 't2'], p2: ['t2', 't1'], p3: ['t1', 't2'], p4: ['t2', 't1'] }),
    weights: { rep: 0, miss: 1 },
    terms: { TR: 0, CV: 0, Miss: 2, RankSum: 1, Rep: 2, Mix: 0, Bal: 0, J: 2 + 2, PrefHit: 1 - 2 / 6, NewRate: 0.5 },
  },
  {
    // r0: everyone at t1 (4 > max 3: CV 1; t2 empty < min 1: CV 1); r1: t1{p1} t2{p2,p3,p4}.
    // p1 revisits t1 (TR 1). Meetings: 6 in r0 + 3 in r1, the r1 three all repeat (Rep 3).
    // Bal: r0 (4−2)²+(0−2)² = 8, r1 (1−2)²+(3−2)² = 2.
    name: 'revisit and capacity violations',
    instance: FOUR,
    plan: rows({ p1: ['t1', 't1'], p2: ['t1', 't2'], p3: ['t1', 't2'], p4: ['t1', 't2'] }),
    terms: {
      TR: 1,
      CV: 2,
      Miss: 2,
      RankSum: 0,
      Rep: 3,
      Mix: 0,
      Bal: 10,
      J: 3000 + 100 + 30 + 10,
      PrefHit: 1 - 2 / 6,
      NewRate: 1 - 3 / 9,
    },
  },
  {
    // p3 sits round 1 out: present(1) = 3, mean 1.5, r1 sizes 2 and 1 → Bal 0.25 + 0.25.
    // p2 misses t1, p4 misses t2, p1 gets its 2nd pick once; p1p4 meet twice.
    // r1 t1{p1,p4}: x share 2/3 → 4/3 in [1,2], y share 1/3 → 2/3 in [0,1]: fine. t2{p2}: fine.
    name: 'a sit-out changes the round’s presence',
    instance: FOUR,
    plan: rows({ p1: ['t2', 't1'], p2: ['t1', 't2'], p3: ['t1', null], p4: ['t2', 't1'] }),
    terms: {
      TR: 0,
      CV: 0,
      Miss: 2,
      RankSum: 1,
      Rep: 1,
      Mix: 0,
      Bal: 0.5,
      J: 100 + 2 + 10 + 0.5,
      PrefHit: 1 - 2 / 6,
      NewRate: 1 - 1 / 3,
    },
  },
  {
    // t1{a,a,a}: a wants exactly 2 (+1), b exactly 1 (+1); t2{a,b,b}: a +1, b +1.
    name: 'mix with integer shares',
    instance: SIX,
    plan: rows({ q1: ['t1'], q2: ['t1'], q3: ['t1'], q4: ['t2'], q5: ['t2'], q6: ['t2'] }),
    terms: { TR: 0, CV: 0, Miss: 0, RankSum: 0, Rep: 0, Mix: 4, Bal: 0, J: 12, PrefHit: 1, NewRate: 1 },
  },
  {
    // t1{a,a,a}: a in [⌊1.8⌋,⌈1.8⌉] = [1,2] (+1), b in [1,2] (+1); t2{b,b}: a in [1,2] (+1),
    // b in [0,1] (+1). Sizes 3 and 2 around a mean of 2.5: Bal 0.5.
    name: 'mix with fractional shares',
    instance: FIVE,
    plan: rows({ q1: ['t1'], q2: ['t1'], q3: ['t1'], q5: ['t2'], q6: ['t2'] }),
    terms: { TR: 0, CV: 0, Miss: 0, RankSum: 0, Rep: 0, Mix: 4, Bal: 0.5, J: 12.5, PrefHit: 1, NewRate: 1 },
  },
];

describe('score', () => {
  it.each(cases)('$name', ({ instance, plan, weights, terms }) => {
    const s = score(instance, plan, weights);
    for (const [k, v] of Object.entries(terms)) expect(s[k as keyof Terms], k).toBeCloseTo(v, 10);
  });

  it('rejects a plan that names an unknown table or person', () => {
    expect(() => score(FOUR, rows({ p1: ['t9', 't1'] }))).toThrow(/PLAN_UNKNOWN_TABLE/);
    expect(() => score(FOUR, rows({ zz: ['t1', 't2'] }))).toThrow(/PLAN_UNKNOWN_PARTICIPANT/);
    expect(() => score(FOUR, rows({ p1: ['t1'] }))).toThrow(/PLAN_BAD_ROW/);
  });
});

describe('violations', () => {
  it('names each broken hard rule', () => {
    const v = violations(FOUR, rows({ p1: ['t1', 't1'], p2: ['t1', 't2'], p3: ['t1', 't2'], p4: ['t1', 't2'] }));
    expect(v).toEqual([
      { kind: 'revisit', participantId: 'p1', tableId: 't1', rounds: [0, 1] },
      { kind: 'over-capacity', round: 0, tableId: 't1', count: 4, capacityMin: 1, capacityMax: 3 },
      { kind: 'under-capacity', round: 0, tableId: 't2', count: 0, capacityMin: 1, capacityMax: 3 },
    ]);
  });

  it('only checks capacity from a given round on', () => {
    // Round 0 leaves t2 empty (under its minimum of 1); from round 1 on all is well.
    const plan = rows({ p1: ['t1', 't2'], p2: ['t1', 't2'], p3: ['t1', 't2'], p4: [null, 't1'] });
    expect(violations(FOUR, plan)).toHaveLength(1);
    expect(violations(FOUR, plan, 1)).toEqual([]);
  });
});
