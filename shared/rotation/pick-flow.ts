import type { Model } from './model';
import { shuffle } from './prng';

export interface PickFlow {
  /** hit[i·T + t] = 1 when i gets picked table t in some round. */
  readonly hit: Uint8Array;
  /** Number of picked tables each person gets. */
  readonly hits: Int32Array;
  /** Visits per table (all rounds together) taken by picks. */
  readonly used: Int32Array;
}

/**
 * Which picked tables each person gets, ignoring rounds: a maximum flow in which every person
 * makes R visits, each picked table at most once, and every table takes at most R · capacityMax
 * visits — the README's PrefHit bound — and also leaves room to bring every table up to
 * R · capacityMin with the visits that are not picks. Without that last rule an unpopular table
 * ends up under its minimum and the search has to give up picks to fill it.
 *
 * The minimum rule as a flow: a table's first R · capacityMin visits go straight to the sink;
 * visits above it share one pool of nR − Σ R · capacityMin (the visits not needed anywhere for a
 * minimum). Greedy by rank first (people in seeded random order), then augmenting paths.
 */
export function pickFlow(model: Model, rand: () => number): PickFlow {
  const { n, T, R, capMax, capMin, pickStart, pickTables } = model;
  const hi = new Int32Array(T);
  const lo = new Int32Array(T);
  let sumLo = 0;
  for (let t = 0; t < T; t++) {
    hi[t] = R * capMax[t]!;
    lo[t] = Math.min(hi[t]!, R * capMin[t]!);
    sumLo += lo[t]!;
  }
  const pool = Math.max(0, n * R - sumLo);
  let excess = 0;
  const used = new Int32Array(T);
  const hit = new Uint8Array(n * T);
  const hits = new Int32Array(n);
  const holders: Set<number>[] = Array.from({ length: T }, () => new Set<number>());
  const take = (i: number, t: number) => {
    if (used[t]! >= lo[t]!) excess++;
    hit[i * T + t] = 1;
    hits[i]!++;
    used[t]!++;
    holders[t]!.add(i);
  };
  const drop = (i: number, t: number) => {
    hit[i * T + t] = 0;
    hits[i]!--;
    used[t]!--;
    if (used[t]! >= lo[t]!) excess--;
    holders[t]!.delete(i);
  };
  const room = (t: number) => used[t]! < lo[t]! || (used[t]! < hi[t]! && excess < pool);

  const people = shuffle(
    rand,
    Array.from({ length: n }, (_, i) => i),
  );
  let maxPicks = 0;
  for (let i = 0; i < n; i++) maxPicks = Math.max(maxPicks, pickStart[i + 1]! - pickStart[i]!);
  for (let k = 0; k < maxPicks; k++) {
    for (const i of people) {
      if (hits[i]! >= R || pickStart[i]! + k >= pickStart[i + 1]!) continue;
      const t = pickTables[pickStart[i]! + k]!;
      if (room(t)) take(i, t);
    }
  }

  // Augmenting paths: i takes table t0, a holder of t0 moves on to another of its picks, …, until
  // a table with room. When only the pool is short, a table below its maximum may still grow if
  // a table above its minimum shrinks (one of its holders moves on): a `jump` in the path.
  // Breadth-first, so paths stay short and good ranks are disturbed little.
  const JUMP = -2;
  const prevTable = new Int32Array(T);
  const prevPerson = new Int32Array(T);
  const seen = new Uint8Array(T);
  // A table from which no path reaches room never gets one later (augmenting only changes edges
  // among tables that reach room), so later searches skip it: the phase stays near O(E).
  const dead = new Uint8Array(T);
  const queue = new Int32Array(T);
  const reach = (t: number, from: number, person: number, tail: number): number => {
    seen[t] = 1;
    prevTable[t] = from;
    prevPerson[t] = person;
    queue[tail] = t;
    return tail + 1;
  };
  for (const i of people) {
    while (hits[i]! < R) {
      seen.fill(0);
      let tail = 0;
      for (let k = pickStart[i]!; k < pickStart[i + 1]!; k++) {
        const t = pickTables[k]!;
        if (!hit[i * T + t] && !seen[t] && !dead[t]) tail = reach(t, -1, i, tail);
      }
      let end = -1;
      // The pool is one node of the flow: once a path has passed through it, every table above
      // its minimum is reached, so it is entered at most once per search.
      let poolSeen = false;
      for (let h = 0; h < tail && end < 0; h++) {
        const t = queue[h]!;
        if (room(t)) {
          end = t;
          break;
        }
        if (!poolSeen && used[t]! < hi[t]!) {
          poolSeen = true;
          for (let u = 0; u < T; u++) if (!seen[u] && !dead[u] && used[u]! > lo[u]!) tail = reach(u, t, JUMP, tail);
        }
        for (const x of holders[t]!) {
          if (x === i) continue;
          for (let k = pickStart[x]!; k < pickStart[x + 1]!; k++) {
            const u = pickTables[k]!;
            if (!seen[u] && !dead[u] && !hit[x * T + u]) tail = reach(u, t, x, tail);
          }
        }
      }
      if (end < 0) {
        for (let h = 0; h < tail; h++) dead[queue[h]!] = 1;
        break;
      }
      // Walk back: each person on the path gains the later table and gives up the earlier one.
      let t = end;
      while (t >= 0) {
        const x = prevPerson[t]!;
        const from = prevTable[t]!;
        if (x !== JUMP) {
          take(x, t);
          if (from >= 0) drop(x, from);
        }
        t = from;
      }
    }
  }
  return { hit, hits, used };
}
