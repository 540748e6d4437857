import { randInt } from './prng';
import {
  conflictRound,
  leanRound,
  otherRound,
  overSharePerson,
  seatTaker,
  tradePartner,
  unvisitedPick,
} from './search-focus';
import type { SearchState } from './search-state';
import type { BlockMove } from './search-teams';
import { blockMove, blockRoundSwap, blockToTable, redoBlock, undoBlock } from './search-teams';
import {
  applyMove,
  applyPairTrade,
  applyRoundSwap,
  applySwap,
  deltaMove,
  deltaPairTrade,
  deltaRoundSwap,
  deltaSwap,
  visitsElsewhere,
} from './search-state';

export interface AnnealOptions {
  /** free[r·n + i] = 1 when the search may change where i sits in round r. */
  readonly free: Uint8Array;
  readonly rand: () => number;
  /** Stop after this many tried moves (Infinity: only the clock stops it). */
  readonly iterations: number;
  /** Stop when now() passes this instant. */
  readonly deadline: number;
  readonly now: () => number;
  /** Cost of the starting plan, so the search can report the best it saw. */
  readonly startCost: number;
  /** Temperatures at the start and the end, in units of J. */
  readonly hot?: number;
  readonly cold?: number;
  /**
   * Never let Miss rise above this (default: no limit): picks first, then the rest. Lifted
   * halfway through the budget when the plan still breaks a capacity, because hard rules come
   * before picks.
   */
  readonly missCap?: number;
}

export interface AnnealResult {
  /** The best plan seen (a copy; the state ends wherever the walk ended). */
  readonly best: Int32Array;
  readonly bestCost: number;
  readonly iterations: number;
}

const CLOCK_EVERY = 256;
// Share of tries spent on two-round trades between two people (see below).
const PAIR_TRADE = 0.25;
// Share of tries spent on one person's round swaps (when table sizes may change).
const ROUND_SWAP = 0.3;
// Share of tries that start from someone who meets a person again or sits at a table whose mix
// is off: late in the walk few people do, and a uniformly drawn person's moves can then only make
// things worse.
const FOCUS = 0.7;

/**
 * Simulated annealing over four moves: move one person to another table (when counts may
 * change), swap two people's tables in a round, swap one person's tables between two rounds, and
 * let two people trade tables in two rounds at once (the last two keep everyone's picks and only
 * change who meets whom; the trade also keeps every count, so it works at full tables). Target
 * tables are drawn half of the time from the person's own picks, which is where Miss is won.
 * Moves that add a capacity violation are never taken, and the revisit rule is checked before
 * pricing, so hard rules only get better; with `missCap` no move adds a Miss beyond it.
 *
 * Most tries start from someone who meets a person again (in a round where they do) or from
 * someone of an over-represented group at a table whose mix is off (trading with the round where
 * that group is shortest there), in proportion to what repeats and mix add to J at the time; the
 * rest from a uniformly drawn seat. See search-focus.ts.
 */
export function anneal(s: SearchState, o: AnnealOptions): AnnealResult {
  const { n, T, R, G, group, capMax, capMin, hasPicks, fixedCounts } = s.model;
  const { assign, count } = s;
  const rand = o.rand;
  // Team members move only with their team (see search-teams.ts): one-person moves see them as
  // fixed. Teams that stay are locked already.
  const { teams, teamOf } = s.model;
  const teamFree = o.free;
  const free = teams.length > 0 ? o.free.slice() : o.free;
  const moving: number[] = [];
  let teamSeats = 0;
  if (teams.length > 0) {
    for (let k = 0; k < R * n; k++) if (teamOf[k % n]! >= 0) free[k] = 0;
    teams.forEach((team, k) => {
      if (team.stays) return;
      let seats = 0;
      for (const i of team.members)
        for (let r = 0; r < R; r++) if (teamFree[r * n + i] && assign[r * n + i]! >= 0) seats++;
      if (seats === 0) return;
      moving.push(k);
      teamSeats += seats;
    });
  }
  const slots: number[] = [];
  for (let k = 0; k < R * n; k++) if (free[k] && assign[k]! >= 0) slots.push(k);
  // Tries on whole teams in proportion to the seats their members hold.
  const blockShare = slots.length + teamSeats > 0 ? teamSeats / (slots.length + teamSeats) : 0;
  const scratch = blockMove();
  // Members of a team meet each other again every round they sit together: repeats in the
  // bookkeeping that no move of the team changes. Left out of where the focus goes.
  let teamRep = 0;
  for (const team of teams)
    for (const i of team.members)
      for (const j of team.members) if (i < j) teamRep += Math.max(0, s.pair[i * n + j]! - 1);
  let cur = o.startCost;
  const best = assign.slice();
  let bestCost = cur;
  // The best plan is copied only when the walk leaves it, not at every improvement.
  let atBest = true;
  if (slots.length === 0 && moving.length === 0) return { best, bestCost, iterations: 0 };

  const missOf = s.miss;
  let miss = 0;
  for (let k = 0; k < R * n; k++) if (assign[k]! >= 0) miss += missOf[(k % n) * T + assign[k]!]!;
  let cv = 0;
  for (let k = 0; k < R * T; k++) {
    const t = k % T;
    cv += Math.max(0, count[k]! - capMax[t]!, capMin[t]! - count[k]!);
  }
  let missCap = o.missCap ?? Infinity;

  const hot = o.hot ?? 4;
  const cold = o.cold ?? 0.8;
  const start = o.now();
  const span = Math.max(1e-9, o.deadline - start);
  let temp = hot;
  let conflictShare = 0;
  let it = 0;
  for (; it < o.iterations; it++) {
    if (bestCost <= 0) break; // every term is ≥ 0, so J = 0 is optimal
    if (it % CLOCK_EVERY === 0) {
      const t = o.now();
      if (t >= o.deadline) break;
      const p = Math.max((t - start) / span, Number.isFinite(o.iterations) ? it / o.iterations : 0);
      temp = hot * (cold / hot) ** Math.min(1, p);
      if (cv > 0 && p > 0.5) missCap = Infinity;
      // Focused tries go where the cost is: to repeats and to mix in proportion to what each
      // adds to J now.
      const repCost = s.w.rep * Math.max(0, s.repTotal / 2 - teamRep);
      const mixCost = s.w.mix * s.mixTotal;
      conflictShare = repCost + mixCost > 0 ? (FOCUS * repCost) / (repCost + mixCost) : 0;
    }
    // A team's try: drawn in proportion to its seats, or when a conflict falls on a member.
    let team: (typeof teams)[number] | null = null;
    let tr = -1;
    if (moving.length > 0 && (slots.length === 0 || rand() < blockShare)) {
      team = teams[moving[randInt(rand, moving.length)]!]!;
      tr = randInt(rand, R);
    }
    const pick = team === null ? rand() : 1;
    let x = -1;
    if (pick < conflictShare && s.conflictCount > 0) {
      x = s.conflicts[randInt(rand, s.conflictCount)]!;
      tr = conflictRound(s, x, rand);
      if (teamOf[x]! >= 0) {
        if (teams[teamOf[x]!]!.stays) continue;
        team = teams[teamOf[x]!]!;
      }
    }
    if (team !== null) {
      const r = tr;
      const lead = team.members[0]!;
      const from = assign[r * n + lead]!;
      if (from < 0) continue;
      let b: BlockMove | null;
      const u = rand();
      if (R > 1 && u < ROUND_SWAP) {
        b = blockRoundSwap(s, teamFree, team, r, otherRound(rand, R, r), scratch);
      } else {
        const to = hasPicks[lead] && rand() < 0.5 ? unvisitedPick(s, lead, rand) : randInt(rand, T);
        if (to < 0 || to === from) continue;
        const room = !fixedCounts && count[r * T + to]! + team.members.length <= capMax[to]! && rand() < 0.5;
        b = blockToTable(s, teamFree, team, r, to, !room, rand, scratch);
      }
      if (b === null) continue;
      const limit = -temp * Math.log(1 - rand());
      if (b.dCV > 0 || b.d > limit || miss + b.dMiss > missCap) {
        undoBlock(s, b);
        continue;
      }
      if (b.d > 0 && atBest) {
        // The plan before this move was the best: keep it before the walk leaves it.
        undoBlock(s, b);
        best.set(assign);
        atBest = false;
        redoBlock(s, b);
      }
      cur += b.d;
      miss += b.dMiss;
      cv += b.dCV;
      if (cur < bestCost - 1e-9) {
        bestCost = cur;
        atBest = true;
      }
      continue;
    }
    let k: number;
    // A round to pair with r in round swaps and trades; −1: any.
    let hint = -1;
    if (x >= 0) {
      k = tr * n + x;
      if (!free[k] || assign[k]! < 0) continue;
    } else if (pick < FOCUS && s.mixSlotCount > 0) {
      const slot = s.mixSlots[randInt(rand, s.mixSlotCount)]!;
      const round = Math.floor(slot / T);
      const x = overSharePerson(s, slot, rand);
      k = round * n + x;
      if (!free[k]) continue;
      hint = leanRound(s, round, slot - round * T, group[x]!);
    } else k = slots[randInt(rand, slots.length)]!;
    const r = Math.floor(k / n);
    const i = k - r * n;
    const from = assign[k]!;
    // Metropolis: accept when d ≤ −temp·ln(u). Drawing u before pricing lets pricing stop early;
    // it is drawn only once a move is found, since most draws end before that.
    let limit: number;
    let d: number;
    let dMiss = 0;
    // 0 move i to `to`, 1 swap i and j, 2 swap i's rounds r and q, 3 i and j trade rounds r and q
    let kind: 0 | 1 | 2 | 3;
    let to = -1;
    let j = -1;
    let q = -1;

    const u = rand();
    if (R > 1 && u < PAIR_TRADE) {
      // i and j trade their tables in two rounds (i: a then b, j: b then a). Counts, picks and
      // ranks stay; only who meets whom changes — the move that works when tables are full.
      q = hint >= 0 ? hint : otherRound(rand, R, r);
      if (!free[q * n + i] || assign[q * n + i]! < 0) continue;
      j = tradePartner(s, free, i, r, q, rand);
      if (j < 0) continue;
      limit = -temp * Math.log(1 - rand());
      d = deltaPairTrade(s, i, j, r, q, limit);
      kind = 3;
    } else if (!fixedCounts && R > 1 && u < PAIR_TRADE + ROUND_SWAP) {
      q = hint >= 0 ? hint : otherRound(rand, R, r);
      const other = q * n + i;
      if (!free[other] || assign[other]! < 0) continue;
      const there = assign[other]!;
      if (count[r * T + there]! >= capMax[there]! || count[q * T + from]! >= capMax[from]!) continue;
      limit = -temp * Math.log(1 - rand());
      d = deltaRoundSwap(s, i, r, q, limit);
      kind = 2;
    } else {
      // Someone at a pick, with picks capped, can only go to another pick (or trade pick-status
      // with the person there, which is rare); otherwise half of the time one of i's picks that i
      // does not visit yet, where Miss and RankSum are won.
      const atPick = hasPicks[i] && !missOf[i * T + from]!;
      to =
        hasPicks[i] && (rand() < 0.5 || (atPick && miss >= missCap && rand() < 0.8))
          ? unvisitedPick(s, i, rand)
          : randInt(rand, T);
      if (to < 0 || to === from || visitsElsewhere(s, i, to, r) > 0) continue;
      const c = count[r * T + to]!;
      if (!fixedCounts && c < capMax[to]! && (c === 0 || rand() < 0.5)) {
        dMiss = missOf[i * T + to]! - missOf[i * T + from]!;
        if (miss + dMiss > missCap) continue;
        limit = -temp * Math.log(1 - rand());
        d = deltaMove(s, i, r, to, limit);
        kind = 0;
      } else {
        j = seatTaker(s, free, i, r, to, missCap - miss, rand);
        if (j < 0) continue;
        dMiss = missOf[i * T + to]! - missOf[i * T + from]! + missOf[j * T + from]! - missOf[j * T + to]!;
        limit = -temp * Math.log(1 - rand());
        d = deltaSwap(s, i, j, r, limit);
        kind = 1;
      }
    }
    if (s.lastDCV > 0 || d > limit) continue;
    if (d > 0 && atBest) {
      best.set(assign);
      atBest = false;
    }
    if (kind === 0) applyMove(s, i, r, to);
    else if (kind === 1) applySwap(s, i, j, r);
    else if (kind === 2) applyRoundSwap(s, i, r, q);
    else applyPairTrade(s, i, j, r, q);
    cur += d;
    miss += dMiss;
    cv += s.lastDCV;
    if (cur < bestCost - 1e-9) {
      bestCost = cur;
      atBest = true;
    }
  }
  if (atBest) best.set(assign);
  return { best, bestCost, iterations: it };
}
