import { randInt } from './prng';
import type { SearchState } from './search-state';
import {
  applyMove,
  applyRoundSwap,
  applySwap,
  deltaMove,
  deltaRoundSwap,
  deltaSwap,
  memberAt,
  visitsElsewhere,
} from './search-state';

export interface AnnealOptions {
  /** free[r·n + i] = 1 when the search may change where i sits in round r. */
  readonly free: Uint8Array;
  readonly rand: () => number;
  /** Stop after this many tried moves (Infinity: only the clock stops it). */
  readonly iterations: number;
  /** Stop when now() passes this instant. */
  readonly deadline: number;
  readonly now: () => number;
  /** Cost of the starting plan, so the search can report the best it saw. */
  readonly startCost: number;
  /** Temperatures at the start and the end, in units of J. */
  readonly hot?: number;
  readonly cold?: number;
}

export interface AnnealResult {
  /** The best plan seen (a copy; the state ends wherever the walk ended). */
  readonly best: Int32Array;
  readonly bestCost: number;
  readonly iterations: number;
}

const CLOCK_EVERY = 256;
// Share of tries spent on two-round trades between two people (see below).
const PAIR_SWAP = 0.25;
/**
 * Simulated annealing over four moves: move one person to another table (when counts may
 * change), swap two people's tables in a round, swap one person's tables between two rounds, and
 * let two people trade tables in two rounds at once (the last two keep everyone's picks and only
 * change who meets whom; the trade also keeps every count, so it works at full tables). Target tables are drawn half of the time from the
 * person's own picks, which is where Miss is won. Moves that add a capacity violation are never
 * taken, and the revisit rule is checked before pricing, so hard rules only get better.
 */
export function anneal(s: SearchState, o: AnnealOptions): AnnealResult {
  const { n, T, R, capMax, hasPicks, pickStart, pickTables, fixedCounts } = s.model;
  const { assign, count } = s;
  const free = o.free;
  const slots: number[] = [];
  for (let k = 0; k < R * n; k++) if (free[k] && assign[k]! >= 0) slots.push(k);
  let cur = o.startCost;
  const best = assign.slice();
  let bestCost = cur;
  // The best plan is copied only when the walk leaves it, not at every improvement.
  let atBest = true;
  if (slots.length === 0) return { best, bestCost, iterations: 0 };

  const hot = o.hot ?? 4;
  const cold = o.cold ?? 0.05;
  const start = o.now();
  const span = Math.max(1e-9, o.deadline - start);
  let temp = hot;
  let it = 0;
  for (; it < o.iterations; it++) {
    if (bestCost <= 0) break; // every term is ≥ 0, so J = 0 is optimal
    if (it % CLOCK_EVERY === 0) {
      const t = o.now();
      if (t >= o.deadline) break;
      const p = Math.max((t - start) / span, Number.isFinite(o.iterations) ? it / o.iterations : 0);
      temp = hot * Math.pow(cold / hot, Math.min(1, p));
    }
    const k = slots[randInt(o.rand, slots.length)]!;
    const r = Math.floor(k / n);
    const i = k - r * n;
    const from = assign[k]!;
    // Metropolis: accept when d ≤ −temp·ln(u). Drawing u first lets pricing stop early.
    const limit = -temp * Math.log(1 - o.rand());
    let d: number;
    // 0 move i to `to`, 1 swap i and j, 2 swap i's rounds r and q
    let kind: 0 | 1 | 2;
    let to = -1;
    let j = -1;
    let q = -1;

    const u = o.rand();
    if (R > 1 && u < PAIR_SWAP) {
      // i and j trade their tables in two rounds (i: a then b, j: b then a). Counts, picks and
      // ranks stay; only who meets whom changes — the move that works when tables are full.
      q = randInt(o.rand, R);
      if (q === r || !free[q * n + i] || assign[q * n + i]! < 0) continue;
      const b = assign[q * n + i]!;
      const c = count[r * T + b]!;
      j = -1;
      const start = randInt(o.rand, Math.max(1, c));
      for (let m = 0; m < c; m++) {
        const x = memberAt(s, r, b, (start + m) % c);
        if (assign[q * n + x] === from && free[r * n + x] && free[q * n + x]) {
          j = x;
          break;
        }
      }
      if (j < 0) continue;
      const d1 = deltaSwap(s, i, j, r);
      applySwap(s, i, j, r);
      const d2 = deltaSwap(s, i, j, q);
      d = d1 + d2;
      if (d > limit) {
        applySwap(s, i, j, r);
        continue;
      }
      applySwap(s, i, j, q);
      if (d > 0 && atBest) {
        // The walk left the best plan one swap ago: rebuild it by undoing both swaps in the copy.
        best.set(assign);
        best[r * n + i] = from;
        best[r * n + j] = b;
        best[q * n + i] = b;
        best[q * n + j] = from;
        atBest = false;
      }
      cur += d;
      if (cur < bestCost - 1e-9) {
        bestCost = cur;
        atBest = true;
      }
      continue;
    }
    if (!fixedCounts && R > 1 && u < PAIR_SWAP + 0.3) {
      q = randInt(o.rand, R);
      const other = q * n + i;
      if (q === r || !free[other] || assign[other]! < 0) continue;
      const there = assign[other]!;
      if (count[r * T + there]! >= capMax[there]! || count[q * T + from]! >= capMax[from]!) continue;
      d = deltaRoundSwap(s, i, r, q, limit);
      kind = 2;
    } else {
      const picks = pickStart[i + 1]! - pickStart[i]!;
      if (hasPicks[i] && o.rand() < 0.5) to = pickTables[pickStart[i]! + randInt(o.rand, picks)]!;
      else to = randInt(o.rand, T);
      if (to === from || visitsElsewhere(s, i, to, r) > 0) continue;
      const c = count[r * T + to]!;
      if (!fixedCounts && c < capMax[to]! && (c === 0 || o.rand() < 0.5)) {
        d = deltaMove(s, i, r, to, limit);
        kind = 0;
      } else {
        if (c === 0) continue;
        j = memberAt(s, r, to, randInt(o.rand, c));
        if (!free[r * n + j] || visitsElsewhere(s, j, from, r) > 0) continue;
        d = deltaSwap(s, i, j, r, limit);
        kind = 1;
      }
    }
    if (s.lastDCV > 0) continue;
    if (d <= limit) {
      if (d > 0 && atBest) {
        best.set(assign);
        atBest = false;
      }
      if (kind === 0) applyMove(s, i, r, to);
      else if (kind === 1) applySwap(s, i, j, r);
      else applyRoundSwap(s, i, r, q);
      cur += d;
      if (cur < bestCost - 1e-9) {
        bestCost = cur;
        atBest = true;
      }
    }
  }
  if (atBest) best.set(assign);
  return { best, bestCost, iterations: it };
}
