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
 * found breadth-first over the tables, to a table where the change leaves fewer violations.
 * Single swaps are not enough when the tables on the way are exactly full, which is common with
 * popular picks.
 *
 * Changes `assign` in place; locked seats are never moved. Returns the capacity violations left.
 */
export function repairRoundCounts(model: Model, assign: Int32Array): number {
  const { n, T, R, capMin, capMax, lockTable } = model;
  const count = new Int32Array(R * T);
  // Who sits at each table in each round, so a search step looks at one table's people only.
  const seated: number[][] = Array.from({ length: R * T }, () => []);
  for (let r = 0; r < R; r++) {
    for (let i = 0; i < n; i++) {
      const t = assign[r * n + i]!;
      if (t < 0) continue;
      count[r * T + t]!++;
      seated[r * T + t]!.push(i);
    }
  }
  const reseat = (i: number, r: number, from: number, to: number) => {
    const list = seated[r * T + from]!;
    list.splice(list.indexOf(i), 1);
    seated[r * T + to]!.push(i);
    assign[r * n + i] = to;
  };
  /** Capacity violations at table t in round r if its count changed by d. */
  const cvAt = (r: number, t: number, d: number) => {
    const c = count[r * T + t]! + d;
    return c > capMax[t]! ? c - capMax[t]! : c < capMin[t]! ? capMin[t]! - c : 0;
  };
  /** Change in violations when table t gains a seat in round `gain` and loses one in `lose`. */
  const shiftCost = (t: number, gain: number, lose: number) =>
    cvAt(gain, t, 1) - cvAt(gain, t, 0) + cvAt(lose, t, -1) - cvAt(lose, t, 0);

  const prevTable = new Int32Array(T);
  const prevPerson = new Int32Array(T);
  const seen = new Uint8Array(T);
  const queue = new Int32Array(T);
  const movable = (i: number, r: number, q: number) =>
    assign[r * n + i]! >= 0 && assign[q * n + i]! >= 0 && lockTable[r * n + i]! < 0 && lockTable[q * n + i]! < 0;

  /**
   * Moves one seat of table t from round src to round dst by a chain of round swaps that ends at
   * the first table where the whole chain leaves fewer violations (the tables in between keep
   * their counts). Usually that end is a table over its capacity in dst and under it in src, but
   * any end that lowers the total will do, so that tables at an exact capacity can be sorted out
   * over several rounds. Returns whether it found one.
   */
  function shift(t: number, src: number, dst: number): boolean {
    const start = shiftCost(t, dst, src);
    if (start >= 2) return false; // an end saves at most 2
    seen.fill(0);
    seen[t] = 1;
    prevTable[t] = -1;
    queue[0] = t;
    let tail = 1;
    let end = -1;
    for (let h = 0; h < tail && end < 0; h++) {
      const a = queue[h]!;
      for (const i of seated[src * T + a]!) {
        if (!movable(i, src, dst)) continue;
        const b = assign[dst * n + i]!;
        if (seen[b]) continue;
        seen[b] = 1;
        prevTable[b] = a;
        prevPerson[b] = i;
        queue[tail++] = b;
        // b gains a seat in src and loses one in dst.
        if (start + shiftCost(b, src, dst) < 0) {
          end = b;
          break;
        }
      }
    }
    if (end < 0) return false;
    for (let b = end; prevTable[b]! >= 0; b = prevTable[b]!) {
      const i = prevPerson[b]!;
      const a = prevTable[b]!;
      reseat(i, src, a, b);
      reseat(i, dst, b, a);
    }
    count[src * T + t]!--;
    count[dst * T + t]!++;
    count[src * T + end]!++;
    count[dst * T + end]!--;
    return true;
  }

  // Every chain found lowers the number of violations, so this ends.
  for (let fixed = true; fixed; ) {
    fixed = false;
    for (let r = 0; r < R; r++) {
      for (let t = 0; t < T; t++) {
        for (let q = 0; q < R; q++) {
          if (q === r) continue;
          if (cvAt(r, t, 0) > 0 && count[r * T + t]! > capMax[t]! && shift(t, r, q)) fixed = true;
          else if (cvAt(r, t, 0) > 0 && count[r * T + t]! < capMin[t]! && shift(t, q, r)) fixed = true;
        }
      }
    }
  }
  let left = 0;
  for (let r = 0; r < R; r++) for (let t = 0; t < T; t++) left += cvAt(r, t, 0);
  return left;
}
