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
  /** People with repOf > 0, in no order: conflicts[0 … conflictCount), conflictAt[i] = index or −1. */
  readonly conflicts: Int32Array;
  readonly conflictAt: Int32Array;
  conflictCount: number;
  /** pref[i·T + t] = weighted Miss/RankSum/Place cost of i sitting at t once. */
  readonly pref: Float64Array;
  /** miss[i·T + t] = 1 when i picked tables but not t. */
  readonly miss: Uint8Array;
  /** seen[i·T + t] = in how many rounds i sits at t. */
  readonly seen: Uint8Array;
  /**
   * A group's share of a table in round r, as integer bounds: mixLo/mixHi[(r·(n + 2) + size)·G + g]
   * = ⌊size · present_g / present⌋ and its ceiling, for every size 0 … n + 1 (present is fixed
   * during a search; seating someone updates the round's bounds).
   */
  readonly mixLo: Int32Array;
  readonly mixHi: Int32Array;
  /**
   * Tables whose mix is off in a round, in no order: mixSlots[0 … mixSlotCount) holds r·T + t,
   * mixSlotAt[r·T + t] = index or −1. Lets the search start from where Mix can be won.
   */
  readonly mixSlots: Int32Array;
  readonly mixSlotAt: Int32Array;
  mixSlotCount: number;
  /** Mix of each table in each round (slotMix as last marked), and the sum: the plan's Mix. */
  readonly mixOf: Int32Array;
  mixTotal: number;
  /** Σ repOf = 2 · Rep. */
  repTotal: number;
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
  // Pairs who met in an earlier session start at one meeting: a meeting now is a repeat.
  for (const [i, j] of model.metBefore) {
    pair[i * n + j] = 1;
    pair[j * n + i] = 1;
  }
  const repOf = new Int32Array(n);
  for (let slot = 0; slot < R * T; slot++) {
    const c = count[slot]!;
    const base = slot * L;
    for (let a = 0; a < c; a++) {
      const i = members[base + a]!;
      for (let b = a + 1; b < c; b++) {
        const j = members[base + b]!;
        if (pair[i * n + j]!++ >= 1) {
          repOf[i]!++;
          repOf[j]!++;
        }
        pair[j * n + i]!++;
      }
    }
  }
  const conflicts = new Int32Array(n);
  const conflictAt = new Int32Array(n).fill(-1);
  let conflictCount = 0;
  for (let i = 0; i < n; i++) {
    if (repOf[i]! === 0) continue;
    conflictAt[i] = conflictCount;
    conflicts[conflictCount++] = i;
  }
  const pref = new Float64Array(n * T);
  const miss = new Uint8Array(n * T);
  const { anyOnline, online, remote } = model;
  for (let i = 0; i < n; i++) {
    // A seat of the wrong kind (room or online) is priced with the seat itself, like a pick.
    if (anyOnline) for (let t = 0; t < T; t++) pref[i * T + t] = remote[i] !== online[t] ? w.place : 0;
    if (!hasPicks[i]) continue;
    for (let t = 0; t < T; t++) {
      const k = rank[i * T + t]!;
      pref[i * T + t]! += k < 0 ? w.miss : w.rank * k;
      miss[i * T + t] = k < 0 ? 1 : 0;
    }
  }
  const seen = new Uint8Array(n * T);
  for (let r = 0; r < R; r++)
    for (let i = 0; i < n; i++) if (assign[r * n + i]! >= 0) seen[i * T + assign[r * n + i]!]!++;
  const s: SearchState = {
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
    conflicts,
    conflictAt,
    conflictCount,
    pref,
    miss,
    seen,
    mixLo: new Int32Array(R * (n + 2) * G),
    mixHi: new Int32Array(R * (n + 2) * G),
    mixSlots: new Int32Array(R * T),
    mixSlotAt: new Int32Array(R * T).fill(-1),
    mixSlotCount: 0,
    mixOf: new Int32Array(R * T),
    mixTotal: 0,
    repTotal: repOf.reduce((a, b) => a + b, 0),
    lastDCV: 0,
  };
  for (let r = 0; r < R; r++) fillMixBounds(s, r);
  return s;
}

/** Mix of table t in round r as it stands. */
export function slotMix(s: SearchState, r: number, t: number): number {
  const { n, T, G } = s.model;
  const base = (r * T + t) * G;
  const k = (r * (n + 2) + s.count[r * T + t]!) * G;
  let mix = 0;
  for (let g = 0; g < G; g++) {
    const c = s.gcount[base + g]!;
    const lo = s.mixLo[k + g]!;
    const hi = s.mixHi[k + g]!;
    mix += c < lo ? lo - c : c > hi ? c - hi : 0;
  }
  return mix;
}

/** Puts (r, t) on the list of tables with an off mix, or takes it off. */
function markMixSlot(s: SearchState, r: number, t: number): void {
  const slot = r * s.model.T + t;
  const listed = s.mixSlotAt[slot]! >= 0;
  const mix = slotMix(s, r, t);
  s.mixTotal += mix - s.mixOf[slot]!;
  s.mixOf[slot] = mix;
  const off = mix > 0;
  if (off && !listed) {
    s.mixSlotAt[slot] = s.mixSlotCount;
    s.mixSlots[s.mixSlotCount++] = slot;
  } else if (!off && listed) {
    const k = s.mixSlotAt[slot]!;
    const last = s.mixSlots[--s.mixSlotCount]!;
    s.mixSlots[k] = last;
    s.mixSlotAt[last] = k;
    s.mixSlotAt[slot] = -1;
  }
}

function fillMixBounds(s: SearchState, r: number): void {
  const { n, T, G } = s.model;
  const P = s.present[r]!;
  for (let size = 0; size <= n + 1; size++) {
    for (let g = 0; g < G; g++) {
      const x = size * s.presentG[r * G + g]!;
      const lo = P === 0 ? 0 : Math.floor(x / P);
      const k = (r * (n + 2) + size) * G + g;
      s.mixLo[k] = lo;
      s.mixHi[k] = P === 0 || x % P === 0 ? lo : lo + 1;
    }
  }
  for (let t = 0; t < T; t++) markMixSlot(s, r, t);
}

function cvAt(s: SearchState, t: number, c: number): number {
  const lo = s.model.capMin[t]!;
  const hi = s.model.capMax[t]!;
  return c > hi ? c - hi : c < lo ? lo - c : 0;
}

/** How far group g's count c lies outside its share of a table of `size` in round r. */
function mixTerm(s: SearchState, r: number, g: number, c: number, size: number): number {
  const k = (r * (s.model.n + 2) + size) * s.model.G + g;
  const lo = s.mixLo[k]!;
  const hi = s.mixHi[k]!;
  return c < lo ? lo - c : c > hi ? c - hi : 0;
}

/**
 * Mix change in round r when one person of group gOut leaves table a for b and one of group gIn
 * leaves b for a: sizes stay, so only those two groups' terms at the two tables change.
 */
function swapMix(s: SearchState, r: number, a: number, b: number, gOut: number, gIn: number): number {
  if (gOut === gIn) return 0;
  const { T, G } = s.model;
  const sa = r * T + a;
  const sb = r * T + b;
  const na = s.count[sa]!;
  const nb = s.count[sb]!;
  const aOut = s.gcount[sa * G + gOut]!;
  const aIn = s.gcount[sa * G + gIn]!;
  const bOut = s.gcount[sb * G + gOut]!;
  const bIn = s.gcount[sb * G + gIn]!;
  return (
    mixTerm(s, r, gOut, aOut - 1, na) -
    mixTerm(s, r, gOut, aOut, na) +
    mixTerm(s, r, gIn, aIn + 1, na) -
    mixTerm(s, r, gIn, aIn, na) +
    mixTerm(s, r, gIn, bIn - 1, nb) -
    mixTerm(s, r, gIn, bIn, nb) +
    mixTerm(s, r, gOut, bOut + 1, nb) -
    mixTerm(s, r, gOut, bOut, nb)
  );
}

/** Change of Σ(n − mean)² when (r, t) gains d = ±1 people. */
function balDelta(s: SearchState, r: number, t: number, d: number): number {
  const mean = s.present[r]! / s.model.T;
  const c = s.count[r * s.model.T + t]!;
  return 2 * d * (c - mean) + 1;
}

/** Rounds other than r in which i sits at t. */
export function visitsElsewhere(s: SearchState, i: number, t: number, r: number): number {
  return s.seen[i * s.model.T + t]! - (s.assign[r * s.model.n + i] === t ? 1 : 0);
}

/** Repeats that end when i leaves table t in round r (≤ 0), leaving out i's pair with `skip`. */
function leaveRep(s: SearchState, i: number, r: number, t: number, skip: number): number {
  const { n, T } = s.model;
  const { members, pair, count, L } = s;
  const row = i * n;
  const base = (r * T + t) * s.L;
  const c = count[r * T + t]!;
  let d = 0;
  for (let k = 0; k < c; k++) {
    const x = members[base + k]!;
    if (x !== i && x !== skip && pair[row + x]! >= 2) d--;
  }
  void L;
  return d;
}

/**
 * Repeats that start when i joins table t in round r, leaving out i's pair with `skip`. Stops
 * counting once the count passes `cap` (the caller rejects the move then), which is where most
 * rejected moves end: a handful of people at the new table that i has met before.
 */
function joinRep(s: SearchState, i: number, r: number, t: number, skip: number, cap: number): number {
  const { n, T } = s.model;
  const { members, pair, count } = s;
  const row = i * n;
  const base = (r * T + t) * s.L;
  const c = count[r * T + t]!;
  let d = 0;
  for (let k = 0; k < c && d <= cap; k++) {
    const x = members[base + k]!;
    if (x !== skip && pair[row + x]! >= 1) d++;
  }
  return d;
}

/** How many more repeats a move may add and still cost at most `limit`, given d0 without them. */
function repBudget(s: SearchState, d0: number, limit: number): number {
  return s.w.rep > 0 ? (limit - d0) / s.w.rep : Infinity;
}

/**
 * Cost change of moving i (seated at some table in round r) to table `to`. With a `limit`, returns
 * Infinity as soon as the change is sure to exceed it (before the costlier pair count).
 */
export function deltaMove(s: SearchState, i: number, r: number, to: number, limit = Infinity): number {
  const { n, T } = s.model;
  const w = s.w;
  const from = s.assign[r * n + i]!;
  const dTR = (visitsElsewhere(s, i, from, r) > 0 ? -1 : 0) + (visitsElsewhere(s, i, to, r) > 0 ? 1 : 0);
  const d0 = moveShapeCost(s, i, r, to) + w.tr * dTR + s.pref[i * T + to]! - s.pref[i * T + from]!;
  if (d0 - w.rep * s.repOf[i]! > limit) return Infinity;
  const dec = s.repOf[i]! > 0 ? leaveRep(s, i, r, from, -1) : 0;
  const cap = repBudget(s, d0, limit) - dec;
  const inc = joinRep(s, i, r, to, -1, cap);
  return inc > cap ? Infinity : d0 + w.rep * (dec + inc);
}

/**
 * Capacity, mix and balance change of moving i to table `to` in round r: what the move does to
 * the round's tables, leaving out i's own picks, revisits and meetings. Sets lastDCV.
 */
export function moveShapeCost(s: SearchState, i: number, r: number, to: number): number {
  const { n, T, group } = s.model;
  const w = s.w;
  const from = s.assign[r * n + i]!;
  const g = group[i]!;
  const c1 = s.count[r * T + from]!;
  const c2 = s.count[r * T + to]!;
  const dCV = cvAt(s, from, c1 - 1) - cvAt(s, from, c1) + cvAt(s, to, c2 + 1) - cvAt(s, to, c2);
  s.lastDCV = dCV;
  const dMix = mixShift(s, r, from, g, -1) + mixShift(s, r, to, g, 1);
  const dBal = balDelta(s, r, from, -1) + balDelta(s, r, to, 1);
  return w.cv * dCV + w.mix * dMix + w.bal * dBal;
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
  const dMix = swapMix(s, r, a, b, gi, gj);
  const dPref = s.pref[i * T + b]! - s.pref[i * T + a]! + s.pref[j * T + a]! - s.pref[j * T + b]!;
  const d0 = w.tr * dTR + dPref + w.mix * dMix;
  if (d0 - w.rep * (s.repOf[i]! + s.repOf[j]!) > limit) return Infinity;
  const dec = (s.repOf[i]! > 0 ? leaveRep(s, i, r, a, -1) : 0) + (s.repOf[j]! > 0 ? leaveRep(s, j, r, b, -1) : 0);
  const cap = repBudget(s, d0, limit) - dec;
  const incI = joinRep(s, i, r, b, j, cap);
  if (incI > cap) return Infinity;
  const incJ = joinRep(s, j, r, a, i, cap - incI);
  return incI + incJ > cap ? Infinity : d0 + w.rep * (dec + incI + incJ);
}

/** Capacity-violation change at (round, t) when it gains d people. */
function cvShift(s: SearchState, round: number, t: number, d: number): number {
  const c = s.count[round * s.model.T + t]!;
  return cvAt(s, t, c + d) - cvAt(s, t, c);
}

/** Mix change at (round, t) when it gains d people of group g. */
function mixShift(s: SearchState, round: number, t: number, g: number, d: number): number {
  const { n, T, G } = s.model;
  const size = s.count[round * T + t]!;
  const base = (round * T + t) * G;
  const k1 = (round * (n + 2) + size) * G;
  const k2 = (round * (n + 2) + size + d) * G;
  const { mixLo, mixHi, gcount } = s;
  let delta = 0;
  for (let h = 0; h < G; h++) {
    const c = gcount[base + h]!;
    const lo = mixLo[k1 + h]!;
    const hi = mixHi[k1 + h]!;
    const c2 = h === g ? c + d : c;
    const lo2 = mixLo[k2 + h]!;
    const hi2 = mixHi[k2 + h]!;
    delta += (c2 < lo2 ? lo2 - c2 : c2 > hi2 ? c2 - hi2 : 0) - (c < lo ? lo - c : c > hi ? c - hi : 0);
  }
  return delta;
}

/** Cost change of i swapping its tables between rounds r and q (same tables, other order). */
export function deltaRoundSwap(s: SearchState, i: number, r: number, q: number, limit = Infinity): number {
  const { n, group } = s.model;
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
  const dec = s.repOf[i]! > 0 ? rowLeave(s, i, r, q, a, b, -1) : 0;
  const cap = repBudget(s, d0, limit) - dec;
  const inc = rowJoin(s, i, r, q, a, b, -1, cap);
  return inc > cap ? Infinity : d0 + w.rep * (dec + inc);
}

/**
 * For i, at a in round r and b in round q, sitting at b in r and a in q instead: the repeats that
 * end (rowLeave, ≤ 0) and those that start (rowJoin, ≥ 0, counted up to `cap` like joinRep),
 * leaving out i's pair with `skip`. Someone can sit at two of the four tables (at a or b in r,
 * and at a or b in q), so each person's net change is worked out once: for the people at a or b
 * in round r from where they sit in q, and in round q only for those at neither in round r.
 */
function rowLeave(s: SearchState, i: number, r: number, q: number, a: number, b: number, skip: number): number {
  const { n, T } = s.model;
  const { pair, members, count, assign, L } = s;
  const row = i * n;
  let d = 0;
  let base = (r * T + a) * L;
  let c = count[r * T + a]!;
  for (let m = 0; m < c; m++) {
    const x = members[base + m]!;
    if (x === i || x === skip) continue;
    const there = assign[q * n + x];
    if (there === a) continue; // leaves x in r, meets x in q
    const before = pair[row + x]!;
    d += Math.max(0, before - (there === b ? 3 : 2)) - Math.max(0, before - 1);
  }
  base = (q * T + b) * L;
  c = count[q * T + b]!;
  for (let m = 0; m < c; m++) {
    const x = members[base + m]!;
    if (x === i || x === skip) continue;
    const here = assign[r * n + x];
    if (here !== a && here !== b && pair[row + x]! >= 2) d--;
  }
  return d;
}

function rowJoin(
  s: SearchState,
  i: number,
  r: number,
  q: number,
  a: number,
  b: number,
  skip: number,
  cap: number,
): number {
  const { n, T } = s.model;
  const { pair, members, count, assign, L } = s;
  const row = i * n;
  let d = 0;
  let base = (r * T + b) * L;
  let c = count[r * T + b]!;
  for (let m = 0; m < c && d <= cap; m++) {
    const x = members[base + m]!;
    if (x === i || x === skip) continue;
    const there = assign[q * n + x];
    if (there === b) continue; // meets x in r, leaves x in q
    const before = pair[row + x]!;
    d += Math.max(0, before + (there === a ? 1 : 0)) - Math.max(0, before - 1);
  }
  base = (q * T + a) * L;
  c = count[q * T + a]!;
  for (let m = 0; m < c && d <= cap; m++) {
    const x = members[base + m]!;
    if (x === i || x === skip) continue;
    const here = assign[r * n + x];
    if (here !== a && here !== b && pair[row + x]! >= 1) d++;
  }
  return d;
}

/**
 * Cost change of a trade between i and j over rounds r and q: i sits at a in r and b in q, j the
 * other way round, and they swap both. Counts, picks and ranks stay; the two never share a table
 * before or after, so their own pair is untouched and each one's repeats can be counted apart.
 */
export function deltaPairTrade(s: SearchState, i: number, j: number, r: number, q: number, limit = Infinity): number {
  const { n, group } = s.model;
  const w = s.w;
  const a = s.assign[r * n + i]!;
  const b = s.assign[q * n + i]!;
  const gi = group[i]!;
  const gj = group[j]!;
  s.lastDCV = 0;
  const d0 = w.mix * (swapMix(s, r, a, b, gi, gj) + swapMix(s, q, b, a, gi, gj));
  if (d0 - w.rep * (s.repOf[i]! + s.repOf[j]!) > limit) return Infinity;
  const dec =
    (s.repOf[i]! > 0 ? rowLeave(s, i, r, q, a, b, j) : 0) + (s.repOf[j]! > 0 ? rowLeave(s, j, r, q, b, a, i) : 0);
  const cap = repBudget(s, d0, limit) - dec;
  const incI = rowJoin(s, i, r, q, a, b, j, cap);
  if (incI > cap) return Infinity;
  const incJ = rowJoin(s, j, r, q, b, a, i, cap - incI);
  return incI + incJ > cap ? Infinity : d0 + w.rep * (dec + incI + incJ);
}

/** One more repeat for x; x joins the conflict list on its first. */
function addRep(s: SearchState, x: number): void {
  s.repTotal++;
  if (s.repOf[x]!++ === 0) {
    s.conflictAt[x] = s.conflictCount;
    s.conflicts[s.conflictCount++] = x;
  }
}

/** One repeat fewer for x; x leaves the conflict list on its last. */
function removeRep(s: SearchState, x: number): void {
  s.repTotal--;
  if (--s.repOf[x]! === 0) {
    const k = s.conflictAt[x]!;
    const last = s.conflicts[--s.conflictCount]!;
    s.conflicts[k] = last;
    s.conflictAt[last] = k;
    s.conflictAt[x] = -1;
  }
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
  for (let m = 0; m < c - 1; m++) {
    const x = members[base + m]!;
    if (pair[i * n + x]!-- >= 2) {
      removeRep(s, i);
      removeRep(s, x);
    }
    pair[x * n + i]!--;
  }
  slot = r * T + to;
  base = slot * L;
  c = count[slot]!;
  for (let m = 0; m < c; m++) {
    const x = members[base + m]!;
    if (pair[i * n + x]!++ >= 1) {
      addRep(s, i);
      addRep(s, x);
    }
    pair[x * n + i]!++;
  }
  members[base + c] = i;
  pos[r * n + i] = c;
  count[slot] = c + 1;
  gcount[slot * G + g]!++;
  s.assign[r * n + i] = to;
  s.seen[i * T + from]!--;
  s.seen[i * T + to]!++;
  markMixSlot(s, r, from);
  markMixSlot(s, r, to);
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

/** i and j trade tables in rounds r and q (see deltaPairTrade). */
export function applyPairTrade(s: SearchState, i: number, j: number, r: number, q: number): void {
  applySwap(s, i, j, r);
  applySwap(s, i, j, q);
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
      addRep(s, i);
      addRep(s, x);
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
  s.seen[i * T + t]!++;
  fillMixBounds(s, r);
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
