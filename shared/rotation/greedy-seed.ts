import type { Model } from './model';
import { shuffle } from './prng';

/**
 * A seed for any instance: locks first, then sit-out rounds spread so every round has about the
 * same number present, then round by round each person (in seeded random order) takes the best
 * table they have not visited and that still has a seat — their highest-ranked pick, else the
 * emptiest — and finally tables under their minimum pull people from tables above theirs.
 * Repeats and mix are left to the search.
 */
export function greedySeed(model: Model, rand: () => number): Int32Array {
  const { n, T, R, capMin, capMax, visits, lockTable, rank, hasPicks } = model;
  const assign = new Int32Array(R * n).fill(-1);
  const SEAT = -2;
  const present = new Int32Array(R);
  for (let k = 0; k < R * n; k++) {
    if (lockTable[k]! >= 0) {
      assign[k] = lockTable[k]!;
      present[Math.floor(k / n)]!++;
    }
  }

  // Sit-outs: seat each person in the rounds with the fewest present so far.
  const people = shuffle(
    rand,
    Array.from({ length: n }, (_, i) => i),
  );
  for (const i of people) {
    let need = visits[i]!;
    for (let r = 0; r < R; r++) if (assign[r * n + i]! >= 0) need--;
    const open: number[] = [];
    for (let r = 0; r < R; r++) if (assign[r * n + i] === -1) open.push(r);
    open.sort((a, b) => present[a]! - present[b]! || a - b);
    for (const r of open.slice(0, Math.max(0, need))) {
      assign[r * n + i] = SEAT;
      present[r]!++;
    }
  }

  const count = new Int32Array(T);
  const visited = (i: number, t: number): boolean => {
    for (let r = 0; r < R; r++) if (assign[r * n + i] === t) return true;
    return false;
  };
  const { anyOnline, online, remote } = model;
  // A seat of the wrong kind (room or online) is as bad as a broken capacity, worse than a miss.
  const cost = (i: number, t: number): number => {
    const place = anyOnline && remote[i] !== online[t] ? 1e5 : 0;
    if (!hasPicks[i]) return place;
    const k = rank[i * T + t]!;
    return place + (k < 0 ? 1000 : k);
  };
  for (let r = 0; r < R; r++) {
    count.fill(0);
    for (let i = 0; i < n; i++) {
      const t = assign[r * n + i]!;
      if (t >= 0) count[t]!++;
    }
    const order = shuffle(rand, people.slice());
    for (const i of order) {
      if (assign[r * n + i] !== SEAT) continue;
      let best = -1;
      let bestCost = Infinity;
      for (let t = 0; t < T; t++) {
        // With online tables a remote person may have to sit at one twice (two online tables,
        // three rounds): better than a room table, which would count twice (Place here, and an
        // online seat taken by someone in the room).
        const again = visited(i, t);
        if (again && !anyOnline) continue;
        // A full table still beats nothing, but only as a last resort (the search repairs it).
        const c =
          cost(i, t) * 1e4 +
          count[t]! / Math.max(1, capMax[t]!) +
          (count[t]! >= capMax[t]! ? 1e9 : 0) +
          (again ? 5e8 : 0);
        if (c < bestCost) {
          bestCost = c;
          best = t;
        }
      }
      if (best < 0) best = 0; // only when visits exceed tables, which validation rejects
      assign[r * n + i] = best;
      count[best]!++;
    }
    // Tables under their minimum take people from tables above theirs, cheapest first.
    for (let t = 0; t < T; t++) {
      while (count[t]! < capMin[t]!) {
        let who = -1;
        let whoCost = Infinity;
        for (let i = 0; i < n; i++) {
          const u = assign[r * n + i]!;
          if (u < 0 || u === t || lockTable[r * n + i]! >= 0 || count[u]! <= capMin[u]! || visited(i, t)) continue;
          const c = cost(i, t) - cost(i, u);
          if (c < whoCost) {
            whoCost = c;
            who = i;
          }
        }
        if (who < 0) break;
        count[assign[r * n + who]!]!--;
        assign[r * n + who] = t;
        count[t]!++;
      }
    }
  }
  return assign;
}
