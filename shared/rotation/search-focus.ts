import { randInt } from './prng';
import type { SearchState } from './search-state';
import { visitsElsewhere } from './search-state';

// Where the search's tries start and with whom they trade: chosen cheaply, before any pricing,
// so that most priced moves are ones that can pay off.

/** A round other than r, uniformly (R ≥ 2). */
export const otherRound = (rand: () => number, R: number, r: number): number => (r + 1 + randInt(rand, R - 1)) % R;

/** One of i's picks that i sits at in no round, uniformly; −1 when there is none. */
export function unvisitedPick(s: SearchState, i: number, rand: () => number): number {
  const { T, pickStart, pickTables } = s.model;
  let chosen = -1;
  let found = 0;
  for (let k = pickStart[i]!; k < pickStart[i + 1]!; k++) {
    const t = pickTables[k]!;
    // Reservoir sampling: each unvisited pick ends up chosen with the same chance.
    if (s.seen[i * T + t] === 0 && randInt(rand, ++found) === 0) chosen = t;
  }
  return chosen;
}

/** A round in which x meets someone x meets in another round too (any round if none is found). */
export function conflictRound(s: SearchState, x: number, rand: () => number): number {
  const { n, T, R } = s.model;
  const first = randInt(rand, R);
  for (let k = 0; k < R; k++) {
    const r = (first + k) % R;
    const t = s.assign[r * n + x]!;
    if (t < 0) continue;
    const base = (r * T + t) * s.L;
    const c = s.count[r * T + t]!;
    for (let m = 0; m < c; m++) if (s.pair[x * n + s.members[base + m]!]! >= 2 && s.members[base + m] !== x) return r;
  }
  return first;
}

/** Someone at table slot r·T + t, of a group above its share there when there is one. */
export function overSharePerson(s: SearchState, slot: number, rand: () => number): number {
  const { n, T, G, group } = s.model;
  const round = Math.floor(slot / T);
  const c = s.count[slot]!;
  const first = randInt(rand, c);
  const bounds = (round * (n + 2) + c) * G;
  for (let m = 0; m < c; m++) {
    const y = s.members[slot * s.L + ((first + m) % c)]!;
    if (s.gcount[slot * G + group[y]!]! > s.mixHi[bounds + group[y]!]!) return y;
  }
  return s.members[slot * s.L + first]!;
}

/** The round other than r in which group g is furthest below its share at table t. */
export function leanRound(s: SearchState, r: number, t: number, g: number): number {
  const { n, T, R, G } = s.model;
  let best = -1;
  let bestGap = Infinity;
  for (let q = 0; q < R; q++) {
    if (q === r) continue;
    const slot = q * T + t;
    const gap = s.gcount[slot * G + g]! - s.mixLo[(q * (n + 2) + s.count[slot]!) * G + g]!;
    if (gap < bestGap) {
      bestGap = gap;
      best = q;
    }
  }
  return best;
}

/**
 * A partner for i's two-round trade: someone at b (i's table in round q) in round r and at a
 * (i's table in round r) in round q, free in both; −1 when nobody fits.
 */
export function tradePartner(
  s: SearchState,
  free: Uint8Array,
  i: number,
  r: number,
  q: number,
  rand: () => number,
): number {
  const { n, T } = s.model;
  const a = s.assign[r * n + i]!;
  const b = s.assign[q * n + i]!;
  const c = s.count[r * T + b]!;
  const first = randInt(rand, Math.max(1, c));
  for (let m = 0; m < c; m++) {
    const x = s.members[(r * T + b) * s.L + ((first + m) % c)]!;
    if (s.assign[q * n + x] === a && free[r * n + x] && free[q * n + x]) return x;
  }
  return -1;
}

/**
 * Someone at table `to` in round r who can take i's seat there: free, without a revisit, and
 * with at most `missRoom` more Miss for the two of them (with picks capped, mostly someone who
 * picked i's table too); −1 when nobody fits.
 */
export function seatTaker(
  s: SearchState,
  free: Uint8Array,
  i: number,
  r: number,
  to: number,
  missRoom: number,
  rand: () => number,
): number {
  const { n, T } = s.model;
  const from = s.assign[r * n + i]!;
  const gain = s.miss[i * T + to]! - s.miss[i * T + from]!;
  const c = s.count[r * T + to]!;
  const first = randInt(rand, Math.max(1, c));
  for (let m = 0; m < c; m++) {
    const x = s.members[(r * T + to) * s.L + ((first + m) % c)]!;
    if (!free[r * n + x] || gain + s.miss[x * T + from]! - s.miss[x * T + to]! > missRoom) continue;
    if (visitsElsewhere(s, x, from, r) === 0) return x;
  }
  return -1;
}
