import type { Model } from './model';

/**
 * Brings every table within its capacity in every round by changing only the order in which
 * people visit their tables, so picks, ranks and revisits stay as they are.
 *
 * Swapping person x's tables between rounds r and q (a in r, b in q becomes b in r, a in q)
 * moves one seat of table a from r to q and one of table b from q to r. A chain of such swaps
 * a → b → c → … (x at a in r and b in q, y at b in r and c in q, …) moves one seat of a from r to
 * q and one of the last table from q to r, leaving the tables in between as they were. So a
 * table that is over its maximum in round r (or under its minimum) is fixed by a shortest chain,
 * found breadth-first over the tables, to a table that can take the change. Single swaps are not
 * enough when the tables on the way are exactly full, which is common with popular picks.
 *
 * Changes `assign` in place; locked seats are never moved. Returns the capacity violations left.
 */
export function repairRoundCounts(model: Model, assign: Int32Array): number {
  const { n, T, R, capMin, capMax, lockTable } = model;
  const count = new Int32Array(R * T);
  for (let r = 0; r < R; r++) for (let i = 0; i < n; i++) if (assign[r * n + i]! >= 0) count[r * T + assign[r * n + i]!]!++;
  const over = (r: number, t: number) => count[r * T + t]! - capMax[t]!;
  const under = (r: number, t: number) => capMin[t]! - count[r * T + t]!;

  const prevTable = new Int32Array(T);
  const prevPerson = new Int32Array(T);
  const seen = new Uint8Array(T);
  const queue = new Int32Array(T);
  const movable = (i: number, r: number, q: number) =>
    assign[r * n + i]! >= 0 && assign[q * n + i]! >= 0 && lockTable[r * n + i]! < 0 && lockTable[q * n + i]! < 0;

  /** Moves one seat of table t from round src to round dst by a chain of round swaps. */
  function shift(t: number, src: number, dst: number): boolean {
    if (count[dst * T + t]! >= capMax[t]! || count[src * T + t]! <= capMin[t]!) return false;
    seen.fill(0);
    seen[t] = 1;
    prevTable[t] = -1;
    queue[0] = t;
    let tail = 1;
    let end = -1;
    for (let h = 0; h < tail && end < 0; h++) {
      const a = queue[h]!;
      for (let i = 0; i < n; i++) {
        if (assign[src * n + i] !== a || !movable(i, src, dst)) continue;
        const b = assign[dst * n + i]!;
        if (seen[b]) continue;
        seen[b] = 1;
        prevTable[b] = a;
        prevPerson[b] = i;
        queue[tail++] = b;
        // b gains a seat in src and loses one in dst.
        if (count[src * T + b]! < capMax[b]! && count[dst * T + b]! > capMin[b]!) {
          end = b;
          break;
        }
      }
    }
    if (end < 0) return false;
    for (let b = end; prevTable[b]! >= 0; b = prevTable[b]!) {
      const i = prevPerson[b]!;
      const a = prevTable[b]!;
      assign[src * n + i] = b;
      assign[dst * n + i] = a;
    }
    count[src * T + t]!--;
    count[dst * T + t]!++;
    count[src * T + end]!++;
    count[dst * T + end]!--;
    return true;
  }

  let left = 0;
  for (let r = 0; r < R; r++) {
    for (let t = 0; t < T; t++) {
      while (over(r, t) > 0) {
        let fixed = false;
        for (let q = 0; q < R && !fixed; q++) if (q !== r) fixed = shift(t, r, q);
        if (!fixed) break;
      }
      while (under(r, t) > 0) {
        let fixed = false;
        for (let q = 0; q < R && !fixed; q++) if (q !== r) fixed = shift(t, q, r);
        if (!fixed) break;
      }
      left += Math.max(0, over(r, t), under(r, t));
    }
  }
  return left;
}
