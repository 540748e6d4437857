import type { Model } from './model';
import { shuffle } from './prng';

/**
 * A seed that wins as many picks as the seats allow, the way the README's PrefHit bound is
 * computed: forget rounds, give each table R · capacityMax visits, let each person visit each
 * picked table once, and find a maximum flow (greedy by rank, then augmenting paths). Then the
 * remaining visits go to the emptiest tables, and each person's tables are put in the order of
 * rounds that keeps every round's tables least crowded. Leftover crowding is left to the search,
 * whose round swaps keep every pick.
 *
 * Returns null with locks or sit-outs (the greedy seed handles those) or when nobody picked.
 */
export function flowSeed(model: Model, rand: () => number): Int32Array | null {
  const { n, T, R, G, group, capMax, capMin, visits, lockTable, hasPicks, pickStart, pickTables } = model;
  if (n === 0 || !hasPicks.some((h) => h === 1) || lockTable.some((t) => t >= 0) || visits.some((v) => v !== R)) return null;

  const cap = new Int32Array(T);
  for (let t = 0; t < T; t++) cap[t] = R * capMax[t]!;
  const used = new Int32Array(T);
  // hit[i·T + t] = 1 when i's visit to picked table t is in the flow.
  const hit = new Uint8Array(n * T);
  const hits = new Int32Array(n);
  const holders: Set<number>[] = Array.from({ length: T }, () => new Set<number>());
  const take = (i: number, t: number) => {
    hit[i * T + t] = 1;
    hits[i]!++;
    used[t]!++;
    holders[t]!.add(i);
  };
  const drop = (i: number, t: number) => {
    hit[i * T + t] = 0;
    hits[i]!--;
    used[t]!--;
    holders[t]!.delete(i);
  };

  const people = shuffle(rand, Array.from({ length: n }, (_, i) => i));
  let maxPicks = 0;
  for (let i = 0; i < n; i++) maxPicks = Math.max(maxPicks, pickStart[i + 1]! - pickStart[i]!);
  for (let k = 0; k < maxPicks; k++) {
    for (const i of people) {
      if (hits[i]! >= R || pickStart[i]! + k >= pickStart[i + 1]!) continue;
      const t = pickTables[pickStart[i]! + k]!;
      if (used[t]! < cap[t]!) take(i, t);
    }
  }

  // Augmenting paths: i takes full table t0, a holder of t0 moves on to another of its picks, …,
  // until a table with room. Breadth-first, so paths stay short and low ranks are disturbed little.
  const prevTable = new Int32Array(T);
  const prevPerson = new Int32Array(T);
  const seen = new Uint8Array(T);
  // Tables from which a search found no room stay without room for good (augmenting elsewhere
  // never opens a path into them), so later searches skip them: the whole phase stays near O(E).
  const dead = new Uint8Array(T);
  for (const i of people) {
    while (hits[i]! < R) {
      seen.fill(0);
      const queue: number[] = [];
      for (let k = pickStart[i]!; k < pickStart[i + 1]!; k++) {
        const t = pickTables[k]!;
        if (hit[i * T + t] || seen[t] || dead[t]) continue;
        seen[t] = 1;
        prevTable[t] = -1;
        prevPerson[t] = i;
        queue.push(t);
      }
      let end = -1;
      for (let h = 0; h < queue.length && end < 0; h++) {
        const t = queue[h]!;
        if (used[t]! < cap[t]!) {
          end = t;
          break;
        }
        for (const x of holders[t]!) {
          if (x === i) continue;
          for (let k = pickStart[x]!; k < pickStart[x + 1]!; k++) {
            const u = pickTables[k]!;
            if (seen[u] || dead[u] || hit[x * T + u]) continue;
            seen[u] = 1;
            prevTable[u] = t;
            prevPerson[u] = x;
            queue.push(u);
          }
        }
      }
      if (end < 0) {
        for (const t of queue) dead[t] = 1;
        break;
      }
      // Walk back: each person on the path gains the later table and gives up the earlier one.
      let t = end;
      while (t >= 0) {
        const x = prevPerson[t]!;
        const from = prevTable[t]!;
        take(x, t);
        if (from >= 0) drop(x, from);
        t = from;
      }
    }
  }

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

  // Order each person's tables over the rounds: least crowded, fewest people already met, and
  // the person's group not yet over its share there. Without the last two, people with the same
  // picks would get the same order and meet at every table.
  const count = new Int32Array(R * T);
  const gcount = new Int32Array(R * T * G);
  const share = new Float64Array(G);
  for (let i = 0; i < n; i++) share[group[i]!]! += 1 / n;
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
    const over = Math.max(0, gcount[slot * G + g]! + 1 - Math.ceil((k + 1) * share[g]!));
    return k / Math.max(1, capMax[t]!) + 10 * met + 3 * over;
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
  return assign;
}

function permutations(k: number): number[][] {
  if (k === 0) return [[]];
  const out: number[][] = [];
  for (const p of permutations(k - 1)) for (let pos = 0; pos <= p.length; pos++) out.push([...p.slice(0, pos), k - 1, ...p.slice(pos)]);
  return out;
}
