import { describe, expect, it } from 'vitest';
import { greedySeed } from '../../../shared/rotation/greedy-seed';
import { compile } from '../../../shared/rotation/model';
import { prng, randInt } from '../../../shared/rotation/prng';
import { scoreDense } from '../../../shared/rotation/score';
import { anneal } from '../../../shared/rotation/search';
import {
  applyMove,
  applyRoundSwap,
  applySwap,
  createState,
  deltaMove,
  deltaRoundSwap,
  deltaSwap,
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
    for (let step = 0; step < 3000; step++) {
      const r = randInt(rand, R);
      const i = randInt(rand, n);
      const from = s.assign[r * n + i]!;
      if (from < 0) continue;
      const kind = randInt(rand, 3);
      if (kind === 0) {
        const to = randInt(rand, T);
        if (to === from) continue;
        J += deltaMove(s, i, r, to);
        applyMove(s, i, r, to);
      } else if (kind === 1) {
        const j = randInt(rand, n);
        const to = s.assign[r * n + j]!;
        if (to < 0 || to === from) continue;
        J += deltaSwap(s, i, j, r);
        applySwap(s, i, j, r);
      } else {
        const q = randInt(rand, R);
        const there = s.assign[q * n + i]!;
        if (q === r || there < 0 || there === from) continue;
        J += deltaRoundSwap(s, i, r, q);
        applyRoundSwap(s, i, r, q);
      }
      if (step % 100 === 0) expect(J).toBeCloseTo(scoreDense(model, s.assign).J, 6);
    }
    expect(J).toBeCloseTo(scoreDense(model, s.assign).J, 6);
  });

  it.each([1, 2, 3])('the search reports the true score of the best plan it returns (seed %i)', (seed) => {
    const model = compile(instance);
    const rand = prng(seed);
    const start = greedySeed(model, rand);
    const s = createState(model, start.slice(), DEFAULT_WEIGHTS);
    const free = new Uint8Array(model.R * model.n).fill(1);
    const run = anneal(s, { free, rand, iterations: 20_000, deadline: Infinity, now: () => 0, startCost: scoreDense(model, start).J });
    expect(run.bestCost).toBeCloseTo(scoreDense(model, run.best).J, 6);
    expect(run.bestCost).toBeLessThanOrEqual(scoreDense(model, start).J);
  });
});
