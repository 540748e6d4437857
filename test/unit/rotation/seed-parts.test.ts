import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from '../../../shared/rotation/model';
import { pickFlow } from '../../../shared/rotation/pick-flow';
import { prng } from '../../../shared/rotation/prng';
import { repairRoundCounts } from '../../../shared/rotation/round-repair';
import { scoreDense, violationsDense } from '../../../shared/rotation/score';
import { improveTableSets } from '../../../shared/rotation/table-sets';
import type { RotationInstance } from '../../../shared/rotation/types';
import { DEFAULT_WEIGHTS } from '../../../shared/rotation/types';

// Small instances that everyone can attend every round: with every table's minimum ≤ ⌊n/T⌋ and
// maximum ≥ ⌈n/T⌉, "person i sits at table (i + r) mod T" keeps every rule.
const instanceArb: fc.Arbitrary<RotationInstance> = fc
  .record({
    T: fc.integer({ min: 2, max: 5 }),
    R: fc.integer({ min: 1, max: 3 }),
    n: fc.integer({ min: 2, max: 14 }),
    caps: fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 2 })), {
      minLength: 5,
      maxLength: 5,
    }),
    groups: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 14, maxLength: 14 }),
    picks: fc.array(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 3 }), {
      minLength: 14,
      maxLength: 14,
    }),
  })
  .map(({ T, R, n, caps, groups, picks }) => ({
    rounds: Math.min(R, T),
    groups: ['g0', 'g1', 'g2'],
    tables: caps.slice(0, T).map(([under, slack], t) => ({
      id: `t${t}`,
      capacityMin: Math.max(0, Math.floor(n / T) - under),
      capacityMax: Math.ceil(n / T) + slack,
    })),
    participants: Array.from({ length: n }, (_, i) => ({
      id: `p${i}`,
      group: `g${groups[i]!}`,
      picks: [...new Set(picks[i]!.map((t) => t % T))].map((t) => `t${t}`),
    })),
  }));

/**
 * The textbook answer to compare pickFlow with: Edmonds–Karp on the explicit network (source →
 * person, R; person → each picked table, 1; table → sink, R·min; table → pool, R·(max − min);
 * pool → sink, nR − Σ R·min).
 */
function maxPicks(instance: RotationInstance): number {
  const { rounds: R, tables, participants } = instance;
  const n = participants.length;
  const T = tables.length;
  const source = 0;
  const person = (i: number) => 1 + i;
  const table = (t: number) => 1 + n + t;
  const pool = 1 + n + T;
  const sink = pool + 1;
  const N = sink + 1;
  const cap = Array.from({ length: N }, () => new Array<number>(N).fill(0));
  const lo = tables.map((t) => R * t.capacityMin);
  participants.forEach((p, i) => {
    cap[source]![person(i)] = R;
    for (const id of p.picks ?? []) cap[person(i)]![table(Number(id.slice(1)))] = 1;
  });
  tables.forEach((t, k) => {
    cap[table(k)]![sink] = lo[k]!;
    cap[table(k)]![pool] = R * (t.capacityMax - t.capacityMin);
  });
  cap[pool]![sink] = Math.max(0, n * R - lo.reduce((a, b) => a + b, 0));
  let flow = 0;
  for (;;) {
    const prev = new Array<number>(N).fill(-1);
    prev[source] = source;
    const queue = [source];
    while (queue.length > 0 && prev[sink] === -1) {
      const u = queue.shift()!;
      for (let v = 0; v < N; v++) {
        if (prev[v] === -1 && cap[u]![v]! > 0) {
          prev[v] = u;
          queue.push(v);
        }
      }
    }
    if (prev[sink] === -1) return flow;
    for (let v = sink; v !== source; v = prev[v]!) {
      cap[prev[v]!]![v]!--;
      cap[v]![prev[v]!]!++;
    }
    flow++;
  }
}

const RUNS = { numRuns: 150, seed: 20261123 };

describe('pickFlow', () => {
  it('leaves room for a table’s minimum: four people want only A, B needs two of them', () => {
    const instance: RotationInstance = {
      rounds: 1,
      tables: [
        { id: 'A', capacityMin: 0, capacityMax: 4 },
        { id: 'B', capacityMin: 2, capacityMax: 4 },
      ],
      participants: ['p1', 'p2', 'p3', 'p4'].map((id) => ({ id, picks: ['A'] })),
    };
    const flow = pickFlow(compile(instance), prng(1));
    expect(Array.from(flow.used)).toEqual([2, 0]);
  });

  it('lets a table grow past its minimum when another one above its minimum shrinks', () => {
    // Visits above a table's minimum share one pool (here 4 − 2 = 2). If p3 takes B first, A can
    // only get its second visitor if B gives p3 up (to C, which still needs visitors).
    const instance: RotationInstance = {
      rounds: 1,
      tables: [
        { id: 'A', capacityMin: 0, capacityMax: 2 },
        { id: 'B', capacityMin: 0, capacityMax: 2 },
        { id: 'C', capacityMin: 2, capacityMax: 2 },
      ],
      participants: [
        { id: 'p1', picks: ['A'] },
        { id: 'p2', picks: ['A'] },
        { id: 'p3', picks: ['B', 'C'] },
        { id: 'p4', picks: ['C'] },
      ],
    };
    for (let seed = 1; seed <= 20; seed++)
      expect(Array.from(pickFlow(compile(instance), prng(seed)).used)).toEqual([2, 0, 2]);
  });

  it('wins as many picks as a textbook maximum flow', () => {
    fc.assert(
      fc.property(instanceArb, fc.integer({ min: 1, max: 1000 }), (instance, seed) => {
        const flow = pickFlow(compile(instance), prng(seed));
        expect(flow.hits.reduce((a, b) => a + b, 0)).toBe(maxPicks(instance));
      }),
      RUNS,
    );
  });
});

/** A plan that keeps every rule, each person's rounds then shuffled: same tables, any order. */
function shuffledPlan(instance: RotationInstance, seed: number): Int32Array {
  const model = compile(instance);
  const { n, R, T } = model;
  const rand = prng(seed);
  const assign = new Int32Array(R * n);
  for (let i = 0; i < n; i++) {
    const rows = Array.from({ length: R }, (_, r) => (i + r) % T);
    for (let k = R - 1; k > 0; k--) {
      const j = Math.floor(rand() * (k + 1));
      [rows[k], rows[j]] = [rows[j]!, rows[k]!];
    }
    rows.forEach((t, r) => {
      assign[r * n + i] = t;
    });
  }
  return assign;
}

const rowSets = (assign: Int32Array, n: number, R: number) =>
  Array.from({ length: n }, (_, i) => Array.from({ length: R }, (_, r) => assign[r * n + i]!).sort((a, b) => a - b));

describe('repairRoundCounts', () => {
  it('sorts out tables of exactly one seat over three rounds (once found by the property below)', () => {
    // Every round of every table must hold exactly one person: a chain between two rounds that
    // creates no new violation need not exist, one that lowers their number does.
    const instance: RotationInstance = {
      rounds: 3,
      tables: ['t0', 't1', 't2', 't3'].map((id) => ({ id, capacityMin: 1, capacityMax: 1 })),
      participants: ['p0', 'p1', 'p2', 'p3'].map((id) => ({ id })),
    };
    const model = compile(instance);
    const assign = shuffledPlan(instance, 74);
    expect(violationsDense(model, assign).length).toBeGreaterThan(0);
    expect(repairRoundCounts(model, assign)).toBe(0);
    expect(violationsDense(model, assign)).toEqual([]);
  });

  it('brings every table within its capacity by reordering rounds only', () => {
    fc.assert(
      fc.property(instanceArb, fc.integer({ min: 1, max: 1000 }), (instance, seed) => {
        const model = compile(instance);
        const assign = shuffledPlan(instance, seed);
        const before = rowSets(assign, model.n, model.R);
        expect(repairRoundCounts(model, assign)).toBe(0);
        expect(violationsDense(model, assign)).toEqual([]);
        expect(rowSets(assign, model.n, model.R)).toEqual(before);
      }),
      RUNS,
    );
  });
});

describe('improveTableSets', () => {
  it('never gives up a pick, repeats a table or leaves a table’s range', () => {
    fc.assert(
      fc.property(instanceArb, fc.integer({ min: 1, max: 1000 }), (instance, seed) => {
        const model = compile(instance);
        const { n, R, T } = model;
        const assign = shuffledPlan(instance, seed);
        const rows = new Int32Array(n * R);
        for (let i = 0; i < n; i++) for (let r = 0; r < R; r++) rows[i * R + r] = assign[r * n + i]!;
        const missBefore = scoreDense(model, assign).Miss;
        improveTableSets(model, rows, DEFAULT_WEIGHTS, prng(seed), 50 * n * R);
        const after = new Int32Array(R * n);
        for (let i = 0; i < n; i++) for (let r = 0; r < R; r++) after[r * n + i] = rows[i * R + r]!;
        expect(scoreDense(model, after).Miss).toBeLessThanOrEqual(missBefore);
        for (let i = 0; i < n; i++) expect(new Set(rows.slice(i * R, i * R + R)).size).toBe(R);
        const visits = new Array<number>(T).fill(0);
        for (const t of rows) visits[t]!++;
        visits.forEach((d, t) => {
          expect(d).toBeGreaterThanOrEqual(R * model.capMin[t]!);
          expect(d).toBeLessThanOrEqual(R * model.capMax[t]!);
        });
      }),
      RUNS,
    );
  });
});
