import type { Model } from './model';
import type { Weights } from './types';

/**
 * The search's incremental bookkeeping: table counts, group counts, who sits where, and how often
 * each pair has met, so a candidate move is priced in O(table size + groups) instead of
 * rescoring the plan. `scoreDense` in score.ts recomputes from scratch; tests check they agree.
 *
 * Which rounds a person sits out never changes here, so each round's presence (and with it the
 * Bal mean and the Mix shares) is a constant of the search.
 */
export interface SearchState {
  readonly model: Model;
  readonly w: Weights;
  /** assign[r·n + i] = table index, −1 for sitting out. Mutated in place. */
  readonly assign: Int32Array;
  readonly count: Int32Array;
  readonly gcount: Int32Array;
  readonly present: Int32Array;
  readonly presentG: Int32Array;
  /** Occupants of (r, t): members[(r·T + t)·L + k] for k < count, pos[r·n + i] = k. */
  readonly members: Int32Array;
  readonly pos: Int32Array;
  readonly L: number;
  /** pair[i·n + j] = how often i and j have met (kept symmetric). */
  readonly pair: Uint8Array;
  /** repOf[i] = Σ_x max(0, pair[i·n + x] − 1): i's share of Rep, a bound on what moving i can save. */
  readonly repOf: Int32Array;
  /** pref[i·T + t] = weighted Miss/RankSum cost of i sitting at t once. */
  readonly pref: Float64Array;
  readonly scratch: Int8Array;
  readonly touched: Int32Array;
  /** Capacity-violation change of the last priced move; the search never accepts an increase. */
  lastDCV: number;
}

export function createState(model: Model, assign: Int32Array, w: Weights): SearchState {
  const { n, T, R, G, group, rank, hasPicks } = model;
  const count = new Int32Array(R * T);
  const gcount = new Int32Array(R * T * G);
  const present = new Int32Array(R);
  const presentG = new Int32Array(R * G);
  for (let r = 0; r < R; r++) {
    for (let i = 0; i < n; i++) {
      const t = assign[r * n + i]!;
      if (t < 0) continue;
      count[r * T + t]!++;
      gcount[(r * T + t) * G + group[i]!]!++;
      present[r]!++;
      presentG[r * G + group[i]!]!++;
    }
  }
  // Room for everyone at every table: the search never overfills, but replanning's fallbacks
  // may, and an overflow here would corrupt the neighbouring table silently. R·T·n stays small.
  const L = n + 1;
  const members = new Int32Array(R * T * L);
  const pos = new Int32Array(R * n).fill(-1);
  const fill = new Int32Array(R * T);
  for (let r = 0; r < R; r++) {
    for (let i = 0; i < n; i++) {
      const t = assign[r * n + i]!;
      if (t < 0) continue;
      const slot = r * T + t;
      members[slot * L + fill[slot]!] = i;
      pos[r * n + i] = fill[slot]!;
      fill[slot]!++;
    }
  }
  const pair = new Uint8Array(n * n);
  for (let slot = 0; slot < R * T; slot++) {
    const c = count[slot]!;
    const base = slot * L;
    for (let a = 0; a < c; a++) {
      const i = members[base + a]!;
      for (let b = a + 1; b < c; b++) {
        const j = members[base + b]!;
        pair[i * n + j]!++;
        pair[j * n + i]!++;
      }
    }
  }
  const repOf = new Int32Array(n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (pair[i * n + j]! > 1) repOf[i]! += pair[i * n + j]! - 1;
  const pref = new Float64Array(n * T);
  for (let i = 0; i < n; i++) {
    if (!hasPicks[i]) continue;
    for (let t = 0; t < T; t++) {
      const k = rank[i * T + t]!;
      pref[i * T + t] = k < 0 ? w.miss : w.rank * k;
    }
  }
  return {
    model,
    w,
    assign,
    count,
    gcount,
    present,
    presentG,
    members,
    pos,
    L,
    pair,
    repOf,
    pref,
    scratch: new Int8Array(n),
    touched: new Int32Array(4 * n),
    lastDCV: 0,
  };
}

function cvAt(s: SearchState, t: number, c: number): number {
  const lo = s.model.capMin[t]!;
  const hi = s.model.capMax[t]!;
  return c > hi ? c - hi : c < lo ? lo - c : 0;
}

/** Mix of (r, t) if its size changed by ds and group ga by da, group gb by db. */
function mixAt(s: SearchState, r: number, t: number, ds: number, ga: number, da: number, gb: number, db: number): number {
  const { T, G } = s.model;
  const P = s.present[r]!;
  if (P === 0) return 0;
  const size = s.count[r * T + t]! + ds;
  const base = (r * T + t) * G;
  let mix = 0;
  for (let g = 0; g < G; g++) {
    let c = s.gcount[base + g]!;
    if (g === ga) c += da;
    if (g === gb) c += db;
    const x = size * s.presentG[r * G + g]!;
    const lo = Math.floor(x / P);
    const hi = x % P === 0 ? lo : lo + 1;
    if (c < lo) mix += lo - c;
    else if (c > hi) mix += c - hi;
  }
  return mix;
}

/** Change of Σ(n − mean)² when (r, t) gains d = ±1 people. */
function balDelta(s: SearchState, r: number, t: number, d: number): number {
  const mean = s.present[r]! / s.model.T;
  const c = s.count[r * s.model.T + t]!;
  return 2 * d * (c - mean) + 1;
}

/** Rounds other than r in which i sits at t. */
export function visitsElsewhere(s: SearchState, i: number, t: number, r: number): number {
  const { n, R } = s.model;
  let k = 0;
  for (let q = 0; q < R; q++) if (q !== r && s.assign[q * n + i] === t) k++;
  return k;
}

/** Repeated-pair change when i leaves (r, from) — ignoring `skipOld` — and joins (r, to) — ignoring `skipNew`. */
function repShift(s: SearchState, i: number, r: number, from: number, to: number, skipOld: number, skipNew: number): number {
  const { n, T } = s.model;
  const { members, pair, count, L } = s;
  let d = 0;
  const row = i * n;
  let base = (r * T + from) * L;
  let c = count[r * T + from]!;
  for (let k = 0; k < c; k++) {
    const x = members[base + k]!;
    if (x !== i && x !== skipOld && pair[row + x]! >= 2) d--;
  }
  base = (r * T + to) * L;
  c = count[r * T + to]!;
  for (let k = 0; k < c; k++) {
    const x = members[base + k]!;
    if (x !== skipNew && pair[row + x]! >= 1) d++;
  }
  return d;
}

/**
 * Cost change of moving i (seated at some table in round r) to table `to`. With a `limit`, returns
 * Infinity as soon as the change is sure to exceed it (before the costlier pair count).
 */
export function deltaMove(s: SearchState, i: number, r: number, to: number, limit = Infinity): number {
  const { n, T, group } = s.model;
  const w = s.w;
  const from = s.assign[r * n + i]!;
  const g = group[i]!;
  const c1 = s.count[r * T + from]!;
  const c2 = s.count[r * T + to]!;
  const dCV = cvAt(s, from, c1 - 1) - cvAt(s, from, c1) + cvAt(s, to, c2 + 1) - cvAt(s, to, c2);
  s.lastDCV = dCV;
  const dTR = (visitsElsewhere(s, i, from, r) > 0 ? -1 : 0) + (visitsElsewhere(s, i, to, r) > 0 ? 1 : 0);
  const dMix =
    mixAt(s, r, from, -1, g, -1, -1, 0) - mixAt(s, r, from, 0, -1, 0, -1, 0) + mixAt(s, r, to, 1, g, 1, -1, 0) - mixAt(s, r, to, 0, -1, 0, -1, 0);
  const dBal = balDelta(s, r, from, -1) + balDelta(s, r, to, 1);
  const d0 = w.cv * dCV + w.tr * dTR + s.pref[i * T + to]! - s.pref[i * T + from]! + w.mix * dMix + w.bal * dBal;
  if (d0 - w.rep * s.repOf[i]! > limit) return Infinity;
  return d0 + w.rep * repShift(s, i, r, from, to, -1, -1);
}

/** Cost change of i and j (at different tables in round r) trading seats. */
export function deltaSwap(s: SearchState, i: number, j: number, r: number, limit = Infinity): number {
  const { n, T, group } = s.model;
  const w = s.w;
  const a = s.assign[r * n + i]!;
  const b = s.assign[r * n + j]!;
  s.lastDCV = 0;
  const gi = group[i]!;
  const gj = group[j]!;
  const dTR =
    (visitsElsewhere(s, i, a, r) > 0 ? -1 : 0) +
    (visitsElsewhere(s, i, b, r) > 0 ? 1 : 0) +
    (visitsElsewhere(s, j, b, r) > 0 ? -1 : 0) +
    (visitsElsewhere(s, j, a, r) > 0 ? 1 : 0);
  const dMix =
    gi === gj
      ? 0
      : mixAt(s, r, a, 0, gi, -1, gj, 1) - mixAt(s, r, a, 0, -1, 0, -1, 0) + mixAt(s, r, b, 0, gj, -1, gi, 1) - mixAt(s, r, b, 0, -1, 0, -1, 0);
  const dPref = s.pref[i * T + b]! - s.pref[i * T + a]! + s.pref[j * T + a]! - s.pref[j * T + b]!;
  const d0 = w.tr * dTR + dPref + w.mix * dMix;
  if (d0 - w.rep * (s.repOf[i]! + s.repOf[j]!) > limit) return Infinity;
  return d0 + w.rep * (repShift(s, i, r, a, b, -1, j) + repShift(s, j, r, b, a, -1, i));
}

/** Capacity-violation change at (round, t) when it gains d people. */
function cvShift(s: SearchState, round: number, t: number, d: number): number {
  const c = s.count[round * s.model.T + t]!;
  return cvAt(s, t, c + d) - cvAt(s, t, c);
}

/** Mix change at (round, t) when it gains d people of group g. */
function mixShift(s: SearchState, round: number, t: number, g: number, d: number): number {
  return mixAt(s, round, t, d, g, d, -1, 0) - mixAt(s, round, t, 0, -1, 0, -1, 0);
}

/** Adds d to scratch[x] for everyone but i at (round, t), listing first-touched people in `touched`. */
function tally(s: SearchState, i: number, round: number, t: number, d: number, touched: Int32Array, k: number): number {
  const slot = round * s.model.T + t;
  const base = slot * s.L;
  const c = s.count[slot]!;
  for (let m = 0; m < c; m++) {
    const x = s.members[base + m]!;
    if (x === i) continue;
    if (s.scratch[x] === 0) touched[k++] = x;
    s.scratch[x]! += d;
  }
  return k;
}

/** Cost change of i swapping its tables between rounds r and q (same tables, other order). */
export function deltaRoundSwap(s: SearchState, i: number, r: number, q: number, limit = Infinity): number {
  const { n, group } = s.model;
  const { pair, scratch, touched } = s;
  const w = s.w;
  const a = s.assign[r * n + i]!;
  const b = s.assign[q * n + i]!;
  const g = group[i]!;
  const dCV = cvShift(s, r, a, -1) + cvShift(s, r, b, 1) + cvShift(s, q, b, -1) + cvShift(s, q, a, 1);
  s.lastDCV = dCV;
  const dMix = mixShift(s, r, a, g, -1) + mixShift(s, r, b, g, 1) + mixShift(s, q, b, g, -1) + mixShift(s, q, a, g, 1);
  const dBal = balDelta(s, r, a, -1) + balDelta(s, r, b, 1) + balDelta(s, q, b, -1) + balDelta(s, q, a, 1);
  const d0 = w.cv * dCV + w.mix * dMix + w.bal * dBal;
  if (d0 - w.rep * s.repOf[i]! > limit) return Infinity;
  // The same person can sit in several of the four tables, so tally per person first.
  let k = tally(s, i, r, a, -1, touched, 0);
  k = tally(s, i, r, b, 1, touched, k);
  k = tally(s, i, q, b, -1, touched, k);
  k = tally(s, i, q, a, 1, touched, k);
  let dRep = 0;
  for (let m = 0; m < k; m++) {
    const x = touched[m]!;
    const before = pair[i * n + x]!;
    const after = before + scratch[x]!;
    dRep += Math.max(0, after - 1) - Math.max(0, before - 1);
    scratch[x] = 0;
  }
  return d0 + w.rep * dRep;
}

/** Moves i to table `to` in round r (sitting out is not a table: both ends must be tables). */
export function applyMove(s: SearchState, i: number, r: number, to: number): void {
  const { n, T, G, group } = s.model;
  const { members, pos, pair, count, gcount, L } = s;
  const from = s.assign[r * n + i]!;
  const g = group[i]!;
  // Leave: swap-remove from the member list, and un-meet everyone there.
  let slot = r * T + from;
  let base = slot * L;
  let c = count[slot]!;
  const k = pos[r * n + i]!;
  const last = members[base + c - 1]!;
  members[base + k] = last;
  pos[r * n + last] = k;
  count[slot] = c - 1;
  gcount[slot * G + g]!--;
  const repOf = s.repOf;
  for (let m = 0; m < c - 1; m++) {
    const x = members[base + m]!;
    if (pair[i * n + x]!-- >= 2) {
      repOf[i]!--;
      repOf[x]!--;
    }
    pair[x * n + i]!--;
  }
  slot = r * T + to;
  base = slot * L;
  c = count[slot]!;
  for (let m = 0; m < c; m++) {
    const x = members[base + m]!;
    if (pair[i * n + x]!++ >= 1) {
      repOf[i]!++;
      repOf[x]!++;
    }
    pair[x * n + i]!++;
  }
  members[base + c] = i;
  pos[r * n + i] = c;
  count[slot] = c + 1;
  gcount[slot * G + g]!++;
  s.assign[r * n + i] = to;
}

export function applySwap(s: SearchState, i: number, j: number, r: number): void {
  const n = s.model.n;
  const a = s.assign[r * n + i]!;
  const b = s.assign[r * n + j]!;
  applyMove(s, i, r, b);
  applyMove(s, j, r, a);
}

export function applyRoundSwap(s: SearchState, i: number, r: number, q: number): void {
  const n = s.model.n;
  const a = s.assign[r * n + i]!;
  const b = s.assign[q * n + i]!;
  applyMove(s, i, r, b);
  applyMove(s, i, q, a);
}

/** Member k of table t in round r. */
export const memberAt = (s: SearchState, r: number, t: number, k: number): number =>
  s.members[(r * s.model.T + t) * s.L + k]!;

/** Seats i (sitting out in round r) at table t; the round's presence grows by one. */
export function applySeat(s: SearchState, i: number, r: number, t: number): void {
  const { n, T, G, group } = s.model;
  const { members, pos, pair, count, gcount, L } = s;
  const slot = r * T + t;
  const base = slot * L;
  const c = count[slot]!;
  for (let m = 0; m < c; m++) {
    const x = members[base + m]!;
    if (pair[i * n + x]!++ >= 1) {
      s.repOf[i]!++;
      s.repOf[x]!++;
    }
    pair[x * n + i]!++;
  }
  members[base + c] = i;
  pos[r * n + i] = c;
  count[slot] = c + 1;
  gcount[slot * G + group[i]!]!++;
  s.present[r]!++;
  s.presentG[r * G + group[i]!]!++;
  s.assign[r * n + i] = t;
}

/**
 * Rough cost of seating i at t in round r: its own pick cost, people it met before, how crowded
 * the table is and whether its group is already over its share there. Enough to choose a table.
 */
export function seatCost(s: SearchState, i: number, r: number, t: number): number {
  const { n, T, G, group } = s.model;
  const slot = r * T + t;
  const c = s.count[slot]!;
  let met = 0;
  for (let m = 0; m < c; m++) if (s.pair[i * n + s.members[slot * s.L + m]!]! >= 1) met++;
  const g = group[i]!;
  const P = s.present[r]! + 1;
  const want = Math.ceil(((c + 1) * (s.presentG[r * G + g]! + 1)) / P);
  const over = Math.max(0, s.gcount[slot * G + g]! + 1 - want);
  const mean = P / T;
  const dCV = cvAt(s, t, c + 1) - cvAt(s, t, c);
  return s.w.cv * dCV + s.pref[i * T + t]! + s.w.rep * met + s.w.mix * over + s.w.bal * (2 * (c - mean) + 1);
}
