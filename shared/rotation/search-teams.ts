import type { ModelTeam } from './model';
import { randInt } from './prng';
import type { SearchState } from './search-state';
import { applyMove, deltaMove, visitsElsewhere } from './search-state';

// Moves of whole teams for the search: a team changes table (or round order) as one block, so a
// plan that keeps its teams together keeps them together. Each block move is a sequence of
// one-person moves priced one after the other on the state as it changes (the changes add up
// exactly) and undone when the walk rejects it.

export interface BlockMove {
  /** Cost change of the whole block move, Split included. */
  d: number;
  /** Scratch lists, reused from move to move (the walk makes many). */
  readonly movers: number[];
  readonly takers: number[];
  /** Capacity-violation change. */
  dCV: number;
  /** Miss change. */
  dMiss: number;
  /** Log: person, round, table they came from, table they went to, in the order applied. */
  readonly undo: number[];
}

export const blockMove = (): BlockMove => ({ d: 0, dCV: 0, dMiss: 0, movers: [], takers: [], undo: [] });

function reset(b: BlockMove): BlockMove {
  b.d = 0;
  b.dCV = 0;
  b.dMiss = 0;
  b.movers.length = 0;
  b.takers.length = 0;
  b.undo.length = 0;
  return b;
}

/** Members of a moving team present in round r but away from its most common table then. */
export function teamSplitIn(s: SearchState, team: ModelTeam, r: number): number {
  const { n } = s.model;
  let present = 0;
  let most = 0;
  for (const i of team.members) {
    const t = s.assign[r * n + i]!;
    if (t < 0) continue;
    present++;
    let same = 0;
    for (const j of team.members) if (s.assign[r * n + j] === t) same++;
    most = Math.max(most, same);
  }
  return present - most;
}

function step(s: SearchState, b: BlockMove, i: number, r: number, to: number): void {
  const from = s.assign[r * s.model.n + i]!;
  if (from === to || from < 0) return;
  b.d += deltaMove(s, i, r, to);
  b.dCV += s.lastDCV;
  b.dMiss += s.miss[i * s.model.T + to]! - s.miss[i * s.model.T + from]!;
  b.undo.push(i, r, from, to);
  applyMove(s, i, r, to);
}

export function undoBlock(s: SearchState, b: BlockMove): void {
  for (let k = b.undo.length - 4; k >= 0; k -= 4) applyMove(s, b.undo[k]!, b.undo[k + 1]!, b.undo[k + 2]!);
}

export function redoBlock(s: SearchState, b: BlockMove): void {
  for (let k = 0; k < b.undo.length; k += 4) applyMove(s, b.undo[k]!, b.undo[k + 1]!, b.undo[k + 3]!);
}

/**
 * Applies a block move of `team` in round r to table `to`: its free members go there and, when
 * `swap` is set, as many people at `to` (free, in no team, or one whole other moving team of the
 * same size) go to the team's table in exchange. Returns the move to accept or undo, or null
 * when it cannot be made (nobody to swap with, a member would revisit `to`).
 */
export function blockToTable(
  s: SearchState,
  free: Uint8Array,
  team: ModelTeam,
  r: number,
  to: number,
  swap: boolean,
  rand: () => number,
  scratch: BlockMove,
): BlockMove | null {
  const { n, T, teamOf, teams } = s.model;
  const lead = team.members[0]!;
  const from = s.assign[r * n + lead]!;
  if (from < 0 || from === to) return null;
  const b = reset(scratch);
  const { movers, takers } = b;
  for (const i of team.members) {
    if (!free[r * n + i] || s.assign[r * n + i]! < 0 || s.assign[r * n + i] === to) continue;
    if (visitsElsewhere(s, i, to, r) > 0) return null;
    movers.push(i);
  }
  if (movers.length === 0) return null;
  if (swap) {
    // Singles at `to`, from a random start; else a whole team there (see below).
    const slot = r * T + to;
    const c = s.count[slot]!;
    const first = randInt(rand, Math.max(1, c));
    for (let m = 0; m < c && takers.length < movers.length; m++) {
      const x = s.members[slot * s.L + ((first + m) % c)]!;
      if (teamOf[x]! < 0 && free[r * n + x] && visitsElsewhere(s, x, from, r) === 0) takers.push(x);
    }
    if (takers.length < movers.length) {
      // A whole other team there instead, topped up with singles to the same number when there
      // are any (a team of two for a trio frees the seat a full table lacks; counts must match
      // when every table has a fixed size).
      const singles = takers.slice();
      takers.length = 0;
      for (let m = 0; m < c && takers.length === 0; m++) {
        const x = s.members[slot * s.L + ((first + m) % c)]!;
        const k = teamOf[x]!;
        if (k < 0 || teams[k] === team || teams[k]!.stays) continue;
        const other = teams[k]!.members;
        if (other.length > movers.length) continue;
        let fits = true;
        for (const y of other)
          if (s.assign[r * n + y] !== to || !free[r * n + y] || visitsElsewhere(s, y, from, r) > 0) fits = false;
        if (fits) for (const y of other) takers.push(y);
      }
      if (takers.length === 0) return null;
      for (const x of singles) if (takers.length < movers.length) takers.push(x);
      if (s.model.fixedCounts && takers.length < movers.length) return null;
    }
  }
  const splitBefore = teamSplitIn(s, team, r) + takerSplit(s, takers, r);
  for (const i of movers) step(s, b, i, r, to);
  for (const x of takers) step(s, b, x, r, from);
  b.d += s.w.split * (teamSplitIn(s, team, r) + takerSplit(s, takers, r) - splitBefore);
  return b;
}

/** Split in round r of the team the takers form, if they are one (singles have none). */
function takerSplit(s: SearchState, takers: readonly number[], r: number): number {
  const k = takers.length > 0 ? s.model.teamOf[takers[0]!]! : -1;
  return k < 0 ? 0 : teamSplitIn(s, s.model.teams[k]!, r);
}

/**
 * Applies the team's round swap: every free member at a in round r and b in round q sits at b in
 * r and a in q instead. Null when the team is not together in both rounds.
 */
export function blockRoundSwap(
  s: SearchState,
  free: Uint8Array,
  team: ModelTeam,
  r: number,
  q: number,
  scratch: BlockMove,
): BlockMove | null {
  const { n } = s.model;
  const lead = team.members[0]!;
  const a = s.assign[r * n + lead]!;
  const b = s.assign[q * n + lead]!;
  if (a < 0 || b < 0 || a === b) return null;
  for (const i of team.members) {
    if (s.assign[r * n + i] !== a || s.assign[q * n + i] !== b || !free[r * n + i] || !free[q * n + i]) return null;
  }
  const m = reset(scratch);
  for (const i of team.members) {
    step(s, m, i, r, b);
    step(s, m, i, q, a);
  }
  return m;
}
