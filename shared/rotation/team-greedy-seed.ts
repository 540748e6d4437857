import type { Model } from './model';
import { shuffle } from './prng';

/**
 * A seed that seats teams as blocks from the start: round by round, the most constrained block
 * first (teams and single people alike; see below), each at the table with
 * room for all of it that none of its people visited yet, the most wanted by its people and else
 * the emptiest. Packing blocks is where seeds built for single people (and then gathered) leave a
 * table one seat over, which the search cannot always undo with whole-team moves. Locks (and so
 * staying teams) are kept. Returns null with sit-outs (the other seeds handle those).
 */
export function teamGreedySeed(model: Model, rand: () => number): Int32Array | null {
  const { n, T, R, capMax, capMin, visits, lockTable, rank, hasPicks, teams, teamOf, anyOnline, online, remote } =
    model;
  if (visits.some((v) => v !== R)) return null;
  const assign = new Int32Array(R * n).fill(-1);
  const blocks: number[][] = teams.filter((t) => !t.stays).map((t) => [...t.members]);
  for (let i = 0; i < n; i++) if (teamOf[i]! < 0) blocks.push([i]);
  const seen = new Uint8Array(n * T);
  const count = new Int32Array(T);
  for (let r = 0; r < R; r++) {
    count.fill(0);
    for (let i = 0; i < n; i++) {
      const t = lockTable[r * n + i]!;
      if (t < 0) continue;
      assign[r * n + i] = t;
      count[t]!++;
    }
    // Most constrained first: the block with the fewest tables left that take all of it
    // without a revisit (ties: the bigger, then seeded random order).
    const left = shuffle(rand, blocks.slice()).filter((b) => b.some((i) => assign[r * n + i]! < 0));
    const fits = (block: readonly number[], t: number): boolean => {
      let size = 0;
      for (const i of block) {
        if (assign[r * n + i]! >= 0) continue;
        if (seen[i * T + t] || (anyOnline && remote[i] !== online[t])) return false;
        size++;
      }
      return count[t]! + size <= capMax[t]!;
    };
    while (left.length > 0) {
      let pick = 0;
      let pickOptions = Infinity;
      for (let k = 0; k < left.length; k++) {
        let options = 0;
        for (let t = 0; t < T; t++) if (fits(left[k]!, t)) options++;
        if (options < pickOptions || (options === pickOptions && left[k]!.length > left[pick]!.length)) {
          pick = k;
          pickOptions = options;
        }
      }
      const block = left[pick]!;
      left[pick] = left[left.length - 1]!;
      left.pop();
      const free = block.filter((i) => assign[r * n + i]! < 0);
      let best = -1;
      let bestCost = Infinity;
      for (let t = 0; t < T; t++) {
        let cost = count[t]! / Math.max(1, capMax[t]!) - (count[t]! < capMin[t]! ? 10 : 0);
        if (!fits(block, t)) cost += 1e6;
        for (const i of free) if (hasPicks[i]) cost += rank[i * T + t]! < 0 ? 50 : rank[i * T + t]!;
        if (cost < bestCost) {
          bestCost = cost;
          best = t;
        }
      }
      for (const i of free) {
        assign[r * n + i] = best;
        seen[i * T + best] = 1;
      }
      count[best]! += free.length;
    }
    for (let i = 0; i < n; i++) if (assign[r * n + i]! >= 0) seen[i * T + assign[r * n + i]!] = 1;
  }
  return assign;
}

/**
 * The rotation seed for teams: blocks (moving teams and single people) dealt biggest first to
 * C rotation classes, each to the lightest so far, and class k at table (k + r) mod C in round r,
 * over the C tables no staying team holds. Nobody revisits (R ≤ C), no team is split, and every
 * table carries each class once, so counts stay within one block of even. Picks are ignored;
 * the planner keeps it only when it scores better. A block with locks goes to the class that
 * seats it there. Null when locks fit no class, with sit-outs, online tables or more rounds than
 * tables to rotate over.
 */
export function rotationSeed(model: Model): Int32Array | null {
  const { n, T, R, visits, lockTable, teams, teamOf, stayTable, anyOnline } = model;
  if (anyOnline || visits.some((v) => v !== R)) return null;
  const held = new Set<number>();
  teams.forEach((t, k) => {
    if (t.stays) held.add(stayTable[k]!);
  });
  const tables = Array.from({ length: T }, (_, t) => t).filter((t) => !held.has(t));
  const C = tables.length;
  if (R > C) return null;
  const blocks: number[][] = teams.filter((t) => !t.stays).map((t) => [...t.members]);
  for (let i = 0; i < n; i++) if (teamOf[i]! < 0) blocks.push([i]);
  blocks.sort((a, b) => b.length - a.length || a[0]! - b[0]!);
  // A locked block goes to the class its locks put it in; locks that no class fits: null.
  const forced = new Map<number[], number>();
  for (const block of blocks) {
    for (const i of block) {
      for (let r = 0; r < R; r++) {
        const t = lockTable[r * n + i]!;
        if (t < 0) continue;
        const at = tables.indexOf(t);
        if (at < 0) return null;
        const c = (((at - r) % C) + C) % C;
        if (forced.has(block) && forced.get(block) !== c) return null;
        forced.set(block, c);
      }
    }
  }
  const load = new Array<number>(C).fill(0);
  for (const [block, c] of forced) load[c]! += block.length;
  const assign = new Int32Array(R * n);
  for (let k = 0; k < R * n; k++) assign[k] = lockTable[k]!;
  for (const block of blocks) {
    const c = forced.get(block) ?? load.indexOf(Math.min(...load));
    if (forced.has(block)) load[c]! -= block.length;
    load[c]! += block.length;
    for (const i of block) for (let r = 0; r < R; r++) assign[r * n + i] = tables[(c + r) % C]!;
  }
  return assign;
}
