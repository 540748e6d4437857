import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planRotation, replan, violations } from '../../../shared/rotation/index';
import type { Lock, ReplanChanges, RotationInstance } from '../../../shared/rotation/index';

// Random instances that are feasible by construction: with every table's minimum ≤ ⌊n/T⌋ and
// maximum ≥ ⌈n/T⌉, "person i sits at table (i + r) mod T" keeps every rule, so a planner that
// breaks one is at fault, not the instance.
const instanceArb: fc.Arbitrary<RotationInstance> = fc
  .record({
    T: fc.integer({ min: 2, max: 6 }),
    R: fc.integer({ min: 1, max: 4 }),
    n: fc.integer({ min: 1, max: 30 }),
    caps: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 3 })), {
      minLength: 6,
      maxLength: 6,
    }),
    groups: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 30, maxLength: 30 }),
    picks: fc.array(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 3 }), { minLength: 30, maxLength: 30 }),
  })
  .map(({ T, R, n, caps, groups, picks }) => {
    const lo = Math.floor(n / T);
    const hi = Math.ceil(n / T);
    const tables = caps.slice(0, T).map(([minShare, slack], t) => ({
      id: `t${t}`,
      capacityMin: Math.floor(minShare * lo),
      capacityMax: hi + slack,
    }));
    return {
      rounds: Math.min(R, T),
      groups: ['g0', 'g1', 'g2'],
      tables,
      participants: Array.from({ length: n }, (_, i) => ({
        id: `p${i}`,
        group: `g${groups[i]!}`,
        picks: [...new Set(picks[i]!.filter((t) => t < T))].map((t) => `t${t}`),
      })),
    };
  });

const RUNS = { numRuns: 60, seed: 20261123 };

describe('planner properties', () => {
  it('any feasible instance gets a plan that breaks no hard rule; same seed, same plan', () => {
    fc.assert(
      fc.property(instanceArb, fc.integer({ min: 1, max: 1000 }), (instance, seed) => {
        const r = planRotation(instance, { iterations: 2000, seed });
        expect(r.violations).toEqual([]);
        expect(violations(instance, r.plan)).toEqual([]);
        expect(planRotation(instance, { iterations: 2000, seed }).plan).toEqual(r.plan);
      }),
      RUNS,
    );
  });

  it('locks are kept', () => {
    fc.assert(
      fc.property(instanceArb, fc.array(fc.nat(), { maxLength: 4 }), (instance, picks) => {
        // Locks taken from a valid plan are satisfiable together.
        const base = planRotation(instance, { iterations: 500, seed: 7 });
        const locks: Lock[] = picks.map((k) => {
          const p = instance.participants[k % instance.participants.length]!;
          const round = k % instance.rounds;
          return { participantId: p.id, round, tableId: base.plan.assignments[p.id]![round]! };
        });
        const r = planRotation(instance, { iterations: 2000, seed: 3, locks });
        for (const l of locks) expect(r.plan.assignments[l.participantId]![l.round]).toBe(l.tableId);
        expect(r.violations).toEqual([]);
      }),
      RUNS,
    );
  });
});

describe('replanning properties', () => {
  const changesArb = fc.record({
    fixed: fc.nat(),
    leave: fc.array(fc.nat(), { maxLength: 2 }),
    arrive: fc.integer({ min: 0, max: 2 }),
    lock: fc.option(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { nil: undefined }),
  });

  it('keeps fixed rounds, moves at most k others for k changes, breaks no rule it did not inherit', () => {
    fc.assert(
      fc.property(instanceArb, changesArb, (instance, c) => {
        const before = planRotation(instance, { iterations: 1000, seed: 5 });
        const R = instance.rounds;
        const fixedRounds = c.fixed % (R + 1);
        const ids = instance.participants.map((p) => p.id);
        const leavers = [...new Set(c.leave.map((k) => ids[k % ids.length]!))].filter(
          (_, k, all) => all.length < ids.length || k > 0,
        );
        const arrivals = Array.from({ length: c.arrive }, (_, k) => ({ id: `new${k}`, group: 'g1', picks: ['t0'] }));
        const locks: Lock[] = [];
        if (c.lock && fixedRounds < R) {
          const [pk, rk, tk] = c.lock;
          const stay = ids.filter((id) => !leavers.includes(id));
          const id = stay[pk % Math.max(1, stay.length)];
          const round = fixedRounds + (rk % (R - fixedRounds));
          const row = id === undefined ? [] : before.plan.assignments[id]!;
          // A lock may not send someone back to a table they already sat at in a played round.
          const tables = instance.tables.map((t) => t.id).filter((t) => !row.slice(0, fixedRounds).includes(t));
          if (id !== undefined && tables.length > 0)
            locks.push({ participantId: id, round, tableId: tables[tk % tables.length]! });
        }
        const changes: ReplanChanges = { leavers, arrivals, locks };
        const k = leavers.length + arrivals.length + locks.length;
        const r = replan(instance, before.plan, changes, { fixedRounds, polishIterations: 500, seed: 1 });

        for (const [id, row] of Object.entries(r.plan.assignments)) {
          const old = before.plan.assignments[id];
          for (let q = 0; q < fixedRounds; q++) expect(row[q]).toBe(old ? old[q] : null);
        }
        for (const id of leavers) expect(r.plan.assignments[id]).toBeUndefined();
        for (const l of locks) expect(r.plan.assignments[l.participantId]![l.round]).toBe(l.tableId);
        expect(r.moved).toBeLessThanOrEqual(k);
        // Capacity can break when people leave fixed-size tables; a revisit never appears.
        expect(r.violations.filter((v) => v.kind === 'revisit')).toEqual([]);
        if (leavers.length === 0 && locks.length === 0) expect(r.violations).toEqual([]);
      }),
      RUNS,
    );
  });
});
