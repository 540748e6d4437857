import type { Model } from './model';

/**
 * Brings every moving team together in a seed that was built without teams: each team follows
 * the row of one member (its leader, the member whose row costs the others the fewest misses),
 * and the others join the leader's table each round by trading seats with someone there who is
 * in no team and not locked, so every table keeps its count. A member then sits exactly where the
 * leader sits, so members never revisit; the people they traded with may, and the search sorts
 * that out (a revisit costs as much as a split, and the search moves only whole teams). Stays
 * teams are already locked at their table by `compile`.
 *
 * Changes `assign` in place and returns it.
 */
export function gatherTeams(model: Model, assign: Int32Array): Int32Array {
  const { n, T, R, teams, teamOf, lockTable, hasPicks, rank } = model;
  const missAt = (i: number, t: number): number => (hasPicks[i] && rank[i * T + t]! < 0 ? 1 : 0);
  const visits = (x: number, t: number, skip: number): boolean => {
    for (let q = 0; q < R; q++) if (q !== skip && assign[q * n + x] === t) return true;
    return false;
  };
  for (const team of teams) {
    if (team.stays || team.members.length < 2) continue;
    let leader = team.members[0]!;
    let leaderCost = Infinity;
    for (const l of team.members) {
      let cost = 0;
      for (let r = 0; r < R; r++) {
        const t = assign[r * n + l]!;
        if (t < 0) continue;
        for (const m of team.members) cost += missAt(m, t);
      }
      if (cost < leaderCost) {
        leaderCost = cost;
        leader = l;
      }
    }
    for (let r = 0; r < R; r++) {
      const target = assign[r * n + leader]!;
      if (target < 0) continue;
      for (const m of team.members) {
        const from = assign[r * n + m]!;
        if (m === leader || from < 0 || from === target || lockTable[r * n + m]! >= 0) continue;
        // Someone at the target who takes m's seat: no revisit for them if possible, few misses.
        let best = -1;
        let bestCost = Infinity;
        for (let x = 0; x < n; x++) {
          if (assign[r * n + x] !== target || teamOf[x]! >= 0 || lockTable[r * n + x]! >= 0) continue;
          const cost = (visits(x, from, r) ? 1000 : 0) + 50 * (missAt(x, from) - missAt(x, target));
          if (cost < bestCost) {
            bestCost = cost;
            best = x;
          }
        }
        if (best >= 0) assign[r * n + best] = from;
        assign[r * n + m] = target;
      }
    }
  }
  return assign;
}
