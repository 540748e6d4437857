import type { Model } from './model';
import { randInt } from './prng';
import type { Weights } from './types';

/**
 * Improves which tables each person visits, before any round is chosen: a short annealing over
 * whole evenings, so each table's visitors over all rounds can mirror the room's groups, tables
 * fill evenly and ranks stay good — without giving up a single pick.
 *
 * Once the visitors of a table are known, no order of rounds can bring its mix closer to the
 * room's than their group counts allow: with d visits spread evenly over R rounds, group g's
 * count must lie between the sums of its per-round floors and ceilings. That gap is most of the
 * final Mix (well over half on the README's instances), and it is cheap to shrink here: a move
 * changes two tables' counts, not a round's seating. Balance is priced as if every table's visits
 * were spread evenly over the rounds, which the round order then nearly achieves.
 *
 * `rows[i·R + k]` holds i's k-th table and is changed in place. Each table keeps between
 * R · capacityMin and R · capacityMax visits once it is inside that range, nobody gets a table
 * twice, and nobody's Miss grows. Assumes everyone sits every round.
 */
export function improveTableSets(
  model: Model,
  rows: Int32Array,
  w: Weights,
  rand: () => number,
  iterations: number,
): void {
  const { n, T, R, G, group, capMin, capMax, hasPicks, rank, pickStart, pickTables } = model;
  if (n === 0 || R === 0) return;
  const presentG = new Int32Array(G);
  for (let i = 0; i < n; i++) presentG[group[i]!]!++;
  const P = n;
  const mean = P / T;

  const has = new Uint8Array(n * T);
  const deg = new Int32Array(T);
  const V = new Int32Array(T * G);
  // holders of t: list[t·n + k] for k < deg[t]; at[i·T + t] = position.
  const list = new Int32Array(T * n);
  const at = new Int32Array(n * T).fill(-1);
  const add = (i: number, t: number) => {
    has[i * T + t] = 1;
    list[t * n + deg[t]!] = i;
    at[i * T + t] = deg[t]!;
    deg[t]!++;
    V[t * G + group[i]!]!++;
  };
  const remove = (i: number, t: number) => {
    has[i * T + t] = 0;
    const k = at[i * T + t]!;
    const last = list[t * n + deg[t]! - 1]!;
    list[t * n + k] = last;
    at[last * T + t] = k;
    at[i * T + t] = -1;
    deg[t]!--;
    V[t * G + group[i]!]!--;
  };
  for (let i = 0; i < n; i++) for (let k = 0; k < R; k++) add(i, rows[i * R + k]!);

  // Per visit count d: the sums over the rounds of each group's floor and ceiling when the d
  // visits are spread evenly, and the balance term of those rounds.
  let top = 0;
  for (let t = 0; t < T; t++) top = Math.max(top, deg[t]!, R * capMax[t]!);
  top += 2;
  const loSum = new Int32Array(top * G);
  const hiSum = new Int32Array(top * G);
  const balOf = new Float64Array(top);
  for (let d = 0; d < top; d++) {
    const q = Math.floor(d / R);
    const more = d - q * R;
    balOf[d] = (R - more) * (q - mean) ** 2 + more * (q + 1 - mean) ** 2;
    for (let g = 0; g < G; g++) {
      const pg = presentG[g]!;
      loSum[d * G + g] = (R - more) * Math.floor((q * pg) / P) + more * Math.floor(((q + 1) * pg) / P);
      hiSum[d * G + g] = (R - more) * Math.ceil((q * pg) / P) + more * Math.ceil(((q + 1) * pg) / P);
    }
  }
  /** Mix and balance of table t with d visits, group ga's count changed by da and gb's by db. */
  const tableCost = (t: number, d: number, ga: number, da: number, gb: number, db: number): number => {
    let mix = 0;
    for (let g = 0; g < G; g++) {
      let v = V[t * G + g]!;
      if (g === ga) v += da;
      if (g === gb) v += db;
      const lo = loSum[d * G + g]!;
      const hi = hiSum[d * G + g]!;
      mix += v < lo ? lo - v : v > hi ? v - hi : 0;
    }
    return w.mix * mix + w.bal * balOf[d]!;
  };
  const prefOf = (i: number, t: number): number => {
    if (!hasPicks[i]) return 0;
    const k = rank[i * T + t]!;
    return k < 0 ? w.miss : w.rank * k;
  };
  const missAt = (i: number, t: number): number => (hasPicks[i] && rank[i * T + t]! < 0 ? 1 : 0);
  const lo = (t: number) => R * capMin[t]!;
  const hi = (t: number) => R * capMax[t]!;

  /** A table for i instead of `a`: one of its picks it lacks (when at a pick), else any it lacks. */
  const target = (i: number, a: number): number => {
    if (hasPicks[i] && !missAt(i, a)) {
      const picks = pickStart[i + 1]! - pickStart[i]!;
      const b = pickTables[pickStart[i]! + randInt(rand, picks)]!;
      return has[i * T + b] ? -1 : b;
    }
    const b = randInt(rand, T);
    return has[i * T + b] ? -1 : b;
  };

  const hot = 2;
  const cold = 0.05;
  let temp = hot;
  for (let it = 0; it < iterations; it++) {
    if ((it & 255) === 0) temp = hot * (cold / hot) ** (it / iterations);
    const i = randInt(rand, n);
    const k = randInt(rand, R);
    const a = rows[i * R + k]!;
    const b = target(i, a);
    if (b < 0) continue;
    const gi = group[i]!;
    const limit = -temp * Math.log(1 - rand());
    if (rand() < 0.5 && deg[a]! > lo(a) && deg[b]! < hi(b) && missAt(i, b) <= missAt(i, a)) {
      // i alone moves from a to b.
      const d =
        tableCost(a, deg[a]! - 1, gi, -1, -1, 0) -
        tableCost(a, deg[a]!, -1, 0, -1, 0) +
        tableCost(b, deg[b]! + 1, gi, 1, -1, 0) -
        tableCost(b, deg[b]!, -1, 0, -1, 0) +
        prefOf(i, b) -
        prefOf(i, a);
      if (d > limit) continue;
      remove(i, a);
      add(i, b);
      rows[i * R + k] = b;
      continue;
    }
    // i and a holder j of b trade: i takes b, j takes a; no table's count changes.
    if (deg[b]! === 0) continue;
    const j = list[b * n + randInt(rand, deg[b]!)]!;
    if (has[j * T + a] || missAt(i, b) + missAt(j, a) > missAt(i, a) + missAt(j, b)) continue;
    const gj = group[j]!;
    let d = prefOf(i, b) - prefOf(i, a) + prefOf(j, a) - prefOf(j, b);
    if (gi !== gj) {
      d +=
        tableCost(a, deg[a]!, gi, -1, gj, 1) -
        tableCost(a, deg[a]!, -1, 0, -1, 0) +
        tableCost(b, deg[b]!, gj, -1, gi, 1) -
        tableCost(b, deg[b]!, -1, 0, -1, 0);
    }
    if (d > limit) continue;
    let kj = 0;
    while (rows[j * R + kj] !== b) kj++;
    remove(i, a);
    remove(j, b);
    add(i, b);
    add(j, a);
    rows[i * R + k] = b;
    rows[j * R + kj] = a;
  }
}
