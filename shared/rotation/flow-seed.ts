import type { Model } from './model';
import { pickFlow } from './pick-flow';
import { shuffle } from './prng';
import { repairRoundCounts } from './round-repair';
import { improveTableSets } from './table-sets';
import type { Weights } from './types';
import { DEFAULT_WEIGHTS } from './types';

// Tries per visit for improving who visits which table before the rounds are chosen.
const SET_TRIES = 10;

/**
 * A seed that wins as many picks as the seats allow (pickFlow: the README's PrefHit bound, and
 * room left to bring every table up to its minimum), then gives the remaining visits to the
 * emptiest tables, improves who visits which table for mix, balance and ranks without losing a
 * pick (improveTableSets), and puts each person's tables in the order of rounds that keeps every
 * round's tables least crowded, with few people met twice. Chains of round swaps
 * (repairRoundCounts) then bring every table within its capacity in every round, so the search
 * starts from a plan that breaks no hard rule and never has to give up a pick to repair one.
 *
 * Returns null with locks or sit-outs (the greedy seed handles those) or when nobody picked.
 */
export function flowSeed(model: Model, rand: () => number, w: Weights = DEFAULT_WEIGHTS): Int32Array | null {
  const { n, T, R, G, group, capMax, capMin, visits, lockTable, hasPicks } = model;
  if (n === 0 || !hasPicks.some((h) => h === 1) || lockTable.some((t) => t >= 0) || visits.some((v) => v !== R))
    return null;

  const { hit, used } = pickFlow(model, rand);
  const cap = new Int32Array(T);
  for (let t = 0; t < T; t++) cap[t] = R * capMax[t]!;
  const people = shuffle(
    rand,
    Array.from({ length: n }, (_, i) => i),
  );

  // Remaining visits: the least-visited tables the person has not got yet.
  const tablesOf: number[][] = Array.from({ length: n }, () => []);
  for (let i = 0; i < n; i++) for (let t = 0; t < T; t++) if (hit[i * T + t]) tablesOf[i]!.push(t);
  for (const i of people) {
    const mine = tablesOf[i]!;
    while (mine.length < R) {
      // Tables still short of R · capacityMin first, full tables last.
      const fillCost = (t: number) =>
        used[t]! / Math.max(1, capMax[t]!) - (used[t]! < R * capMin[t]! ? 1e6 : 0) + (used[t]! >= cap[t]! ? 1e6 : 0);
      let best = -1;
      for (let t = 0; t < T; t++) if (!mine.includes(t) && (best < 0 || fillCost(t) < fillCost(best))) best = t;
      mine.push(best);
      used[best]!++;
    }
  }

  const rows = new Int32Array(n * R);
  for (let i = 0; i < n; i++) for (let k = 0; k < R; k++) rows[i * R + k] = tablesOf[i]![k]!;
  improveTableSets(model, rows, w, rand, SET_TRIES * n * R);
  for (let i = 0; i < n; i++) for (let k = 0; k < R; k++) tablesOf[i]![k] = rows[i * R + k]!;

  // Order each person's tables over the rounds: fewest people already met, and no round of a
  // table above its even share of the table's visitors (a round's quota: the table's visits, and
  // each group's, divided by R and rounded up). The visitors are known by now, so these quotas are
  // where an even spread ends; without them, people with the same picks would get the same order
  // and meet at every table, and a table's groups would bunch up in some rounds.
  const count = new Int32Array(R * T);
  const gcount = new Int32Array(R * T * G);
  const quota = new Int32Array(T);
  const groupQuota = new Int32Array(T * G);
  for (let i = 0; i < n; i++) {
    for (const t of tablesOf[i]!) {
      quota[t]!++;
      groupQuota[t * G + group[i]!]!++;
    }
  }
  for (let t = 0; t < T; t++) quota[t] = Math.ceil(quota[t]! / R);
  for (let k = 0; k < T * G; k++) groupQuota[k] = Math.ceil(groupQuota[k]! / R);
  const members: number[][] = Array.from({ length: R * T }, () => []);
  const pair = new Uint8Array(n * n);
  const assign = new Int32Array(R * n);
  const perms = R <= 5 ? permutations(R) : null;
  function seatCost(r: number, t: number, i: number, g: number): number {
    const slot = r * T + t;
    const k = count[slot]!;
    if (k >= capMax[t]!) return 1e6;
    let met = 0;
    const list = members[slot]!;
    for (let m = 0; m < list.length; m++) met += pair[i * n + list[m]!]!;
    const c = gcount[slot * G + g]!;
    // Above the group's share of the table as it fills, and above its quota for the round.
    const ahead = Math.max(0, c + 1 - Math.ceil(((k + 1) * groupQuota[t * G + g]!) / quota[t]!));
    const over = c >= groupQuota[t * G + g]! ? 1 : 0;
    const full = k >= quota[t]! ? 1 : 0;
    return k / Math.max(1, capMax[t]!) + 10 * met + 3 * ahead + 3 * over + 3 * full;
  }
  // c[k·R + r] = cost of the person's k-th table in round r.
  const c = new Float64Array(R * R);
  for (const i of shuffle(rand, people.slice())) {
    const mine = tablesOf[i]!;
    const g = group[i]!;
    for (let k = 0; k < R; k++) {
      const t = mine[k]!;
      for (let r = 0; r < R; r++) c[k * R + r] = seatCost(r, t, i, g);
    }
    let order: readonly number[];
    if (perms) {
      let bestCost = Infinity;
      order = perms[0]!;
      for (const p of perms) {
        let sum = rand() * 1e-3;
        for (let r = 0; r < R; r++) sum += c[p[r]! * R + r]!;
        if (sum < bestCost) {
          bestCost = sum;
          order = p;
        }
      }
    } else {
      // Many rounds: place each table in the round where it costs least so far.
      const o = new Array<number>(R).fill(-1);
      for (let k = 0; k < R; k++) {
        let best = -1;
        let bestCost = Infinity;
        for (let r = 0; r < R; r++) {
          if (o[r]! >= 0) continue;
          const x = c[k * R + r]! + rand() * 1e-3;
          if (x < bestCost) {
            bestCost = x;
            best = r;
          }
        }
        o[best] = k;
      }
      order = o;
    }
    for (let r = 0; r < R; r++) {
      const t = mine[order[r]!]!;
      const slot = r * T + t;
      assign[r * n + i] = t;
      for (const x of members[slot]!) {
        pair[i * n + x]!++;
        pair[x * n + i]!++;
      }
      members[slot]!.push(i);
      count[slot]!++;
      gcount[slot * G + group[i]!]!++;
    }
  }
  repairRoundCounts(model, assign);
  return assign;
}

function permutations(k: number): number[][] {
  if (k === 0) return [[]];
  const out: number[][] = [];
  for (const p of permutations(k - 1))
    for (let pos = 0; pos <= p.length; pos++) out.push([...p.slice(0, pos), k - 1, ...p.slice(pos)]);
  return out;
}
