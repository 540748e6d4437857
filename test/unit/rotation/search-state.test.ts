import { describe, expect, it } from 'vitest';
import { greedySeed } from '../../../shared/rotation/greedy-seed';
import { compile } from '../../../shared/rotation/model';
import { prng, randInt } from '../../../shared/rotation/prng';
import { scoreDense } from '../../../shared/rotation/score';
import { anneal } from '../../../shared/rotation/search';
import {
  applyMove,
  applyPairTrade,
  applyRoundSwap,
  applySwap,
  createState,
  deltaMove,
  deltaPairTrade,
  deltaRoundSwap,
  deltaSwap,
  slotMix,
} from '../../../shared/rotation/search-state';
import type { RotationInstance } from '../../../shared/rotation/types';
import { DEFAULT_WEIGHTS } from '../../../shared/rotation/types';

// 23 people in three groups, some sitting rounds out, picks of varying length, tight tables.
const instance: RotationInstance = {
  rounds: 3,
  groups: ['a', 'b', 'c'],
  tables: [3, 4, 5, 6, 7].map((max, k) => ({ id: `t${k}`, capacityMin: k % 2, capacityMax: max })),
  participants: Array.from({ length: 23 }, (_, i) => ({
    id: `p${i}`,
    group: ['a', 'b', 'c'][i % 3]!,
    picks: ['t0', 't1', 't2', 't3', 't4'].slice(i % 4, (i % 4) + (i % 3)),
    ...(i % 5 === 0 ? { visits: 2 } : {}),
  })),
};

describe('incremental pricing', () => {
  it.each([1, 2, 3])('agrees with the score from scratch over 3000 random moves (seed %i)', (seed) => {
    const model = compile(instance);
    const rand = prng(seed);
    const s = createState(model, greedySeed(model, rand), DEFAULT_WEIGHTS);
    const { n, R, T } = model;
    let J = scoreDense(model, s.assign).J;
    let trades = 0;
    let stopped = 0;
    // Priced with a limit, a move costs exactly as much as without one, or more than the limit
    // when pricing stopped early; the search relies on never being told a dear move is cheap.
    const price = (delta: (limit?: number) => number): number => {
      const exact = delta();
      const limit = (rand() - 0.5) * 40;
      const limited = delta(limit);
      if (exact <= limit) expect(limited).toBeCloseTo(exact, 9);
      else {
        expect(limited).toBeGreaterThan(limit);
        if (limited === Infinity) stopped++;
      }
      return exact;
    };
    for (let step = 0; step < 3000; step++) {
      const r = randInt(rand, R);
      const i = randInt(rand, n);
      const from = s.assign[r * n + i]!;
      if (from < 0) continue;
      const kind = randInt(rand, 4);
      if (kind === 0) {
        const to = randInt(rand, T);
        if (to === from) continue;
        J += price((limit) => deltaMove(s, i, r, to, limit));
        applyMove(s, i, r, to);
      } else if (kind === 1) {
        const j = randInt(rand, n);
        const to = s.assign[r * n + j]!;
        if (to < 0 || to === from) continue;
        J += price((limit) => deltaSwap(s, i, j, r, limit));
        applySwap(s, i, j, r);
      } else if (kind === 2) {
        const q = randInt(rand, R);
        const there = s.assign[q * n + i]!;
        if (q === r || there < 0 || there === from) continue;
        J += price((limit) => deltaRoundSwap(s, i, r, q, limit));
        applyRoundSwap(s, i, r, q);
      } else {
        // A trade partner: at i's round-q table in round r and at i's round-r table in round q.
        const q = randInt(rand, R);
        const there = s.assign[q * n + i]!;
        if (q === r || there < 0 || there === from) continue;
        let j = -1;
        for (let x = 0; x < n && j < 0; x++) if (s.assign[r * n + x] === there && s.assign[q * n + x] === from) j = x;
        if (j < 0) continue;
        J += price((limit) => deltaPairTrade(s, i, j, r, q, limit));
        applyPairTrade(s, i, j, r, q);
        trades++;
      }
      if (step % 100 === 0) expect(J).toBeCloseTo(scoreDense(model, s.assign).J, 6);
    }
    expect(J).toBeCloseTo(scoreDense(model, s.assign).J, 6);
    expect(trades).toBeGreaterThan(0);
    expect(stopped).toBeGreaterThan(0);
    // The lists the search starts from follow every move: people who meet someone again, and
    // tables whose mix is off in a round.
    const inList = Array.from({ length: n }, (_, i) => s.conflictAt[i]! >= 0);
    expect(inList).toEqual(Array.from(s.repOf, (k) => k > 0));
    expect(s.conflictCount).toBe(inList.filter(Boolean).length);
    const listed = Array.from({ length: R * T }, (_, k) => s.mixSlotAt[k]! >= 0);
    expect(listed).toEqual(Array.from({ length: R * T }, (_, k) => slotMix(s, Math.floor(k / T), k % T) > 0));
    expect(s.mixSlotCount).toBe(listed.filter(Boolean).length);
    expect(listed.some(Boolean)).toBe(true);
    const score = scoreDense(model, s.assign);
    expect(s.mixTotal).toBe(score.Mix);
    expect(s.repTotal).toBe(2 * score.Rep);
  });

  it.each([1, 2, 3])('the search reports the true score of the best plan it returns (seed %i)', (seed) => {
    const model = compile(instance);
    const rand = prng(seed);
    const start = greedySeed(model, rand);
    const s = createState(model, start.slice(), DEFAULT_WEIGHTS);
    const free = new Uint8Array(model.R * model.n).fill(1);
    const run = anneal(s, {
      free,
      rand,
      iterations: 20_000,
      deadline: Infinity,
      now: () => 0,
      startCost: scoreDense(model, start).J,
    });
    expect(run.bestCost).toBeCloseTo(scoreDense(model, run.best).J, 6);
    expect(run.bestCost).toBeLessThanOrEqual(scoreDense(model, start).J);
  });
});
