import { compile, type Model } from './model';
import { prng } from './prng';
import { denseToPlan, planToDense, resolveWeights, scoreDense, violationsDense } from './score';
import { anneal } from './search';
import type { SearchState } from './search-state';
import {
  applyMove,
  applySeat,
  applySwap,
  createState,
  deltaMove,
  memberAt,
  seatCost,
  visitsElsewhere,
} from './search-state';
import type {
  Lock,
  Problem,
  ReplanChanges,
  ReplanOptions,
  ReplanResult,
  RotationInstance,
  RotationPlan,
  Weights,
} from './types';
import { RotationInputError } from './types';
import { assertValid, visitsOf } from './validate';

const defaultNow = (): number => performance.now();

/**
 * Re-plans the rounds not yet played after people arrive or leave or the facilitator locks
 * someone to a table. Rounds < fixedRounds are kept exactly. Each change moves at most one
 * already-planned person where the tables allow it:
 * - a leaver: if their leaving drops tables under their minimum, one person takes the leaver's
 *   place at those tables (in every round concerned);
 * - an arrival: sits at free seats; only when a round has a free seat at a table they already
 *   visit does one person step aside;
 * - a lock: the locked person moves; if the table is full, the one person who trades seats.
 * Then a short search polishes only the people who moved anyway (and arrivals), so it never
 * raises the count of people moved.
 */
export function replan(
  instance: RotationInstance,
  previous: RotationPlan,
  changes: ReplanChanges,
  options: ReplanOptions,
): ReplanResult {
  const now = options.now ?? defaultNow;
  const started = now();
  const fixed = options.fixedRounds;
  checkFixedRounds(fixed, instance.rounds);
  const leavers = new Set(changes.leavers ?? []);
  checkLeavers(instance, leavers);
  const arrivals = changes.arrivals ?? [];
  const next: RotationInstance = {
    ...instance,
    participants: [...instance.participants.filter((p) => !leavers.has(p.id)), ...arrivals],
  };
  const newLocks = changes.locks ?? [];
  const locks: Lock[] = [...(options.locks ?? []), ...newLocks];
  assertValid(next, locks, true);

  const model = compile(next, locks);
  const kept: Record<string, readonly (string | null)[]> = {};
  for (const [id, row] of Object.entries(previous.assignments)) if (!leavers.has(id)) kept[id] = row;
  const assign = planToDense(model, { assignments: kept });
  checkLocksKeepHistory(model, assign, newLocks, fixed);

  const w = resolveWeights(options.weights);
  const c = startReplanning(model, createState(model, assign.slice(), w), fixed, arrivals, newLocks);
  for (const id of leavers) fillLeaverHoles(c, previous.assignments[id] ?? []);
  for (const l of newLocks) placeLocked(c, l);
  const unseated = seatArrivals(c, next, arrivals);
  // Whatever still breaks a capacity: fix with as few new people as possible.
  repairCapacity(c.s, fixed, c.movable, c.free, c.move);

  const final = polish(c, w, options, now);
  const movedIds = movedPeople(c, assign, final);
  const violations = violationsDense(model, final, fixed);
  return {
    plan: denseToPlan(model, final),
    instance: next,
    score: scoreDense(model, final, w),
    feasible: violations.length === 0,
    violations,
    moved: movedIds.length,
    movedIds,
    unseated,
    elapsedMs: now() - started,
  };
}

function checkFixedRounds(fixed: number, R: number): void {
  if (Number.isInteger(fixed) && fixed >= 0 && fixed <= R) return;
  throw new RotationInputError([
    {
      code: 'BAD_FIXED_ROUNDS',
      severity: 'structure',
      message: `fixedRounds must be a whole number 0…${R}, got ${String(fixed)}`,
    },
  ]);
}

function checkLeavers(instance: RotationInstance, leavers: ReadonlySet<string>): void {
  const known = new Set(instance.participants.map((p) => p.id));
  const unknown = [...leavers].filter((id) => !known.has(id));
  if (unknown.length === 0) return;
  throw new RotationInputError(
    unknown.map((id) => ({
      code: 'UNKNOWN_LEAVER',
      severity: 'structure',
      message: `"${id}" left but is not in the instance`,
      participantId: id,
    })),
  );
}

/** A lock may not rewrite history: not a played round, nor a table already visited in one. */
function checkLocksKeepHistory(model: Model, assign: Int32Array, newLocks: readonly Lock[], fixed: number): void {
  const { n } = model;
  const problems: Problem[] = [];
  for (const l of newLocks) {
    const i = model.participantIndex.get(l.participantId)!;
    const t = model.tableIndex.get(l.tableId)!;
    const where = { participantId: l.participantId, tableId: l.tableId, round: l.round };
    if (l.round < fixed && assign[l.round * n + i] !== t) {
      problems.push({
        code: 'LOCK_IN_FIXED_ROUND',
        severity: 'structure',
        message: `round ${l.round} is already fixed; "${l.participantId}" cannot be moved there`,
        ...where,
      });
    }
    for (let r = 0; r < fixed; r++) {
      if (r !== l.round && assign[r * n + i] === t) {
        problems.push({
          code: 'LOCK_REVISIT',
          severity: 'structure',
          message: `"${l.participantId}" already sat at "${l.tableId}" in round ${r}`,
          ...where,
        });
      }
    }
  }
  if (problems.length > 0) throw new RotationInputError(problems);
}

/** The replan's working state: the search state, and who has moved so far. */
type Replanning = {
  s: SearchState;
  fixed: number;
  isNew: Uint8Array;
  /** People a change is about (a new lock): they may move freely. */
  subject: Uint8Array;
  /** Already-planned people the replan has moved. */
  mover: Uint8Array;
  movable: (i: number, r: number) => boolean;
  /** New, the subject of a change or moved already: moving them again costs no extra person. */
  free: (i: number) => boolean;
  /** Moves i and counts them as moved unless they were free. */
  move: (i: number, r: number, t: number) => void;
};

function startReplanning(
  model: Model,
  s: SearchState,
  fixed: number,
  arrivals: readonly { id: string }[],
  newLocks: readonly Lock[],
): Replanning {
  const { n, participantIndex, lockTable } = model;
  const isNew = new Uint8Array(n);
  for (const p of arrivals) isNew[participantIndex.get(p.id)!] = 1;
  const subject = new Uint8Array(n);
  for (const l of newLocks) subject[participantIndex.get(l.participantId)!] = 1;
  const mover = new Uint8Array(n);
  // A team member is never the one who steps aside or takes a leaver's place: moving one alone
  // would split the team. Only a change about them (a lock, or being new) moves them.
  const movable = (i: number, r: number) =>
    lockTable[r * n + i]! < 0 && (model.teamOf[i]! < 0 || isNew[i] === 1 || subject[i] === 1);
  const free = (i: number) => isNew[i] === 1 || subject[i] === 1 || mover[i] === 1;
  const move = (i: number, r: number, t: number) => {
    if (!free(i)) mover[i] = 1;
    applyMove(s, i, r, t);
  };
  return { s, fixed, isNew, subject, mover, movable, free, move };
}

/** A leaver: one person takes the leaver's place wherever a table fell under its minimum. */
function fillLeaverHoles(c: Replanning, row: readonly (string | null)[]): void {
  const { s, fixed } = c;
  const { R, T, capMin, tableIndex } = s.model;
  const holes: [number, number][] = [];
  for (let r = fixed; r < R; r++) {
    const t = row[r] == null ? undefined : tableIndex.get(row[r]!);
    if (t !== undefined && s.count[r * T + t]! < capMin[t]!) holes.push([r, t]);
  }
  if (holes.length === 0) return;
  const j = bestReplacement(s, holes, c.movable, c.free);
  if (j >= 0) for (const [r, t] of holes) c.move(j, r, t);
}

/** A lock: the person moves, by the first of these that works; a full table trades one seat. */
function placeLocked(c: Replanning, l: Lock): void {
  const { s, fixed } = c;
  const i = s.model.participantIndex.get(l.participantId)!;
  const t = s.model.tableIndex.get(l.tableId)!;
  const r = l.round;
  if (r < fixed || s.assign[r * s.model.n + i] === t) return;
  // Best: the person alone takes a new row through the open rounds; nobody else moves.
  if (rerow(s, i, fixed, s.model.lockTable)) return;
  if (tradeRows(c, i, r, t)) return;
  if (swapOwnRounds(c, i, r, t)) return;
  takeLockedSeat(c, i, r, t);
}

/**
 * Trades all open rounds with someone at t in round r. Nobody else moves and every table keeps
 * its numbers; it needs both histories to fit the new rows.
 */
function tradeRows(c: Replanning, i: number, r: number, t: number): boolean {
  const { s, fixed } = c;
  const { n, R } = s.model;
  const partner = bestRowTrade(s, i, r, t, fixed, s.model.lockTable, c.free);
  if (partner < 0) return false;
  if (!c.free(partner)) c.mover[partner] = 1;
  for (let q = fixed; q < R; q++) {
    const a = s.assign[q * n + i]!;
    const b = s.assign[q * n + partner]!;
    if (a !== b && a >= 0 && b >= 0) applySwap(s, i, partner, q);
  }
  return true;
}

/** Already at t in another open round q: swapping their own rounds r and q moves nobody else. */
function swapOwnRounds(c: Replanning, i: number, r: number, t: number): boolean {
  const { s, fixed } = c;
  const { n, R, T, capMax, capMin } = s.model;
  const u0 = s.assign[r * n + i]!;
  let swapped = false;
  for (let q = fixed; q < R && u0 >= 0; q++) {
    if (q === r || s.assign[q * n + i] !== t || !c.movable(i, q)) continue;
    const fits =
      s.count[r * T + t]! < capMax[t]! &&
      s.count[q * T + u0]! < capMax[u0]! &&
      s.count[r * T + u0]! > capMin[u0]! &&
      s.count[q * T + t]! > capMin[t]!;
    if (fits) {
      applyMove(s, i, r, t);
      applyMove(s, i, q, u0);
      swapped = true;
    }
  }
  return swapped;
}

/**
 * The last resort for a lock: i leaves t in the other open rounds (the revisit rule), then takes
 * a free seat at t in round r, or trades seats with the one person at t who fits best.
 */
function takeLockedSeat(c: Replanning, i: number, r: number, t: number): void {
  const { s, fixed } = c;
  const { n, R, T, capMax, capMin } = s.model;
  for (let q = fixed; q < R; q++) {
    if (q !== r && s.assign[q * n + i] === t && c.movable(i, q)) relocate(s, i, q, t, c.movable, c.free, c.move);
  }
  const u = s.assign[r * n + i]!;
  if (u < 0) {
    if (s.count[r * T + t]! < capMax[t]!) applySeat(s, i, r, t);
    return;
  }
  if (s.count[r * T + t]! < capMax[t]! && s.count[r * T + u]! > capMin[u]!) {
    applyMove(s, i, r, t);
    return;
  }
  let best = -1;
  let bestCost = Infinity;
  for (let k = 0; k < s.count[r * T + t]!; k++) {
    const j = memberAt(s, r, t, k);
    if (!c.movable(j, r) || visitsElsewhere(s, j, u, r) > 0) continue;
    const cost = deltaMove(s, j, r, u) - (c.free(j) ? 1e6 : 0);
    if (cost < bestCost) {
      bestCost = cost;
      best = j;
    }
  }
  if (best >= 0) {
    if (!c.free(best)) c.mover[best] = 1;
    applySwap(s, i, best, r);
  } else applyMove(s, i, r, t);
}

/** Arrivals: free seats first, rounds with the most room first. Returns the seats none could take. */
function seatArrivals(
  c: Replanning,
  next: RotationInstance,
  arrivals: RotationInstance['participants'],
): { participantId: string; round: number }[] {
  const { s, fixed } = c;
  const { n, R, T, capMax, participantIndex } = s.model;
  const unseated: { participantId: string; round: number }[] = [];
  for (const p of arrivals) {
    const i = participantIndex.get(p.id)!;
    const open: number[] = [];
    for (let r = fixed; r < R; r++) if (s.assign[r * n + i]! < 0 && c.movable(i, r)) open.push(r);
    let need = Math.min(visitsOf(next, p.visits), T) - (R - fixed - open.length);
    for (const r of open) {
      if (need <= 0) break;
      let best = -1;
      let bestCost = Infinity;
      for (let t = 0; t < T; t++) {
        if (s.count[r * T + t]! >= capMax[t]! || visitsElsewhere(s, i, t, r) > 0) continue;
        const cost = seatCost(s, i, r, t);
        if (cost < bestCost) {
          bestCost = cost;
          best = t;
        }
      }
      if (best < 0) best = stepAside(s, i, r, c.movable, c.move);
      if (best < 0) {
        unseated.push({ participantId: p.id, round: r });
        continue;
      }
      applySeat(s, i, r, best);
      need--;
    }
  }
  return unseated;
}

/** A short search over only the people who are new, are the subject of a change or moved already. */
function polish(c: Replanning, w: Weights, options: ReplanOptions, now: () => number): Int32Array {
  const { s, fixed } = c;
  const { model } = s;
  const { n, R } = model;
  const freeMask = new Uint8Array(R * n);
  for (let i = 0; i < n; i++)
    if (c.free(i)) for (let r = fixed; r < R; r++) freeMask[r * n + i] = c.movable(i, r) ? 1 : 0;
  const polished = createState(model, s.assign.slice(), w);
  const ms = options.ms ?? 40;
  return anneal(polished, {
    free: freeMask,
    rand: prng(options.seed ?? 1),
    iterations: options.polishIterations ?? 20000,
    deadline: now() + ms,
    now,
    startCost: scoreDense(model, polished.assign, w).J,
    hot: 1,
    cold: 0.05,
  }).best;
}

/** Already-planned people whose open rounds differ from the previous plan (arrivals and locked people aside). */
function movedPeople(c: Replanning, before: Int32Array, after: Int32Array): string[] {
  const { n, R, participantIds } = c.s.model;
  const moved: string[] = [];
  for (let i = 0; i < n; i++) {
    if (c.isNew[i] || c.subject[i]) continue;
    for (let r = c.fixed; r < R; r++) {
      if (after[r * n + i] !== before[r * n + i]) {
        moved.push(participantIds[i]!);
        break;
      }
    }
  }
  return moved;
}

/**
 * Gives i a new table in each open round it sits in — its locks where it has them, seats with
 * room elsewhere, no table twice, nobody else moved — keeping tables where it can. A depth-first
 * search over rounds, which is small (rounds × tables). Returns false when no row fits.
 */
function rerow(s: SearchState, i: number, fixed: number, lockTable: Int32Array): boolean {
  const { n, R, T, capMax, capMin } = s.model;
  const old = Array.from({ length: R }, (_, q) => s.assign[q * n + i]!);
  const used = new Set<number>();
  for (let q = 0; q < fixed; q++) if (old[q]! >= 0) used.add(old[q]!);
  const open: number[] = [];
  for (let q = fixed; q < R; q++) if (old[q]! >= 0) open.push(q);
  const options = open.map((q) => {
    const lock = lockTable[q * n + i]!;
    if (lock >= 0) return [lock];
    const u = old[q]!;
    // Leaving u must keep it at its minimum; any other table must have a free seat.
    const canLeave = s.count[q * T + u]! > capMin[u]!;
    const out: number[] = [u];
    if (canLeave) for (let v = 0; v < T; v++) if (v !== u && s.count[q * T + v]! < capMax[v]!) out.push(v);
    return out.sort((a, b) => (a === u ? -1 : b === u ? 1 : s.pref[i * T + a]! - s.pref[i * T + b]!));
  });
  const pick = new Int32Array(open.length);
  let steps = 0;
  const dfs = (k: number): boolean => {
    if (k === open.length) return true;
    if (++steps > 20_000) return false;
    for (const v of options[k]!) {
      if (used.has(v)) continue;
      used.add(v);
      pick[k] = v;
      if (dfs(k + 1)) return true;
      used.delete(v);
    }
    return false;
  };
  if (!dfs(0)) return false;
  open.forEach((q, k) => {
    if (pick[k] !== old[q]) applyMove(s, i, q, pick[k]!);
  });
  return true;
}

/**
 * Someone at t in round r with whom i can trade every open round (r included): both keep their
 * played rounds, neither visits a table twice, no other lock is in the way. −1 if nobody fits.
 */
function bestRowTrade(
  s: SearchState,
  i: number,
  r: number,
  t: number,
  fixed: number,
  lockTable: Int32Array,
  free: (i: number) => boolean,
): number {
  const { n, R, T } = s.model;
  const rowOf = (x: number, q: number) => s.assign[q * n + x]!;
  let best = -1;
  let bestCost = Infinity;
  for (let k = 0; k < s.count[r * T + t]!; k++) {
    const j = memberAt(s, r, t, k);
    let ok = true;
    for (let q = fixed; q < R && ok; q++) {
      // Sit-outs would trade too; keep it to people seated in the same rounds.
      if (rowOf(i, q) < 0 !== rowOf(j, q) < 0) ok = false;
      const li = lockTable[q * n + i]!;
      const lj = lockTable[q * n + j]!;
      if (li >= 0 && li !== rowOf(j, q)) ok = false;
      if (lj >= 0 && lj !== rowOf(i, q)) ok = false;
    }
    for (let q = 0; q < R && ok; q++) {
      const ti = q < fixed ? rowOf(i, q) : rowOf(j, q);
      const tj = q < fixed ? rowOf(j, q) : rowOf(i, q);
      for (let q2 = q + 1; q2 < R && ok; q2++) {
        const ui = q2 < fixed ? rowOf(i, q2) : rowOf(j, q2);
        const uj = q2 < fixed ? rowOf(j, q2) : rowOf(i, q2);
        if ((ti >= 0 && ti === ui) || (tj >= 0 && tj === uj)) ok = false;
      }
    }
    if (!ok) continue;
    let cost = free(j) ? -1e6 : 0;
    for (let q = fixed; q < R; q++) {
      const a = rowOf(i, q);
      const b = rowOf(j, q);
      if (a < 0 || b < 0) continue;
      cost += s.pref[i * T + b]! - s.pref[i * T + a]! + s.pref[j * T + a]! - s.pref[j * T + b]!;
    }
    if (cost < bestCost) {
      bestCost = cost;
      best = j;
    }
  }
  return best;
}

/** The one person who can take every hole (table, round) without breaking a rule, cheapest first. */
function bestReplacement(
  s: SearchState,
  holes: readonly (readonly [number, number])[],
  movable: (i: number, r: number) => boolean,
  free: (i: number) => boolean,
): number {
  const { n, R, T, capMin } = s.model;
  let best = -1;
  let bestCost = Infinity;
  const row = new Int32Array(R);
  for (let j = 0; j < n; j++) {
    let ok = true;
    let cost = free(j) ? -1e6 : 0;
    for (let r = 0; r < R; r++) row[r] = s.assign[r * n + j]!;
    for (const [r, t] of holes) {
      const u = row[r]!;
      if (u < 0 || u === t || !movable(j, r) || s.count[r * T + u]! <= capMin[u]!) {
        ok = false;
        break;
      }
      row[r] = t;
      cost += deltaMove(s, j, r, t);
    }
    if (!ok) continue;
    // The new row must not visit a table twice.
    const seen = new Set<number>();
    for (let r = 0; r < R && ok; r++) {
      if (row[r]! < 0) continue;
      if (seen.has(row[r]!)) ok = false;
      seen.add(row[r]!);
    }
    if (ok && cost < bestCost) {
      bestCost = cost;
      best = j;
    }
  }
  return best;
}

/** Moves i out of table t in round q: to a table with room, else trading with one person. */
function relocate(
  s: SearchState,
  i: number,
  q: number,
  t: number,
  movable: (i: number, r: number) => boolean,
  free: (i: number) => boolean,
  move: (i: number, r: number, t: number) => void,
): void {
  const { n, T, capMax, capMin } = s.model;
  let best = -1;
  let bestCost = Infinity;
  if (s.count[q * T + t]! > capMin[t]!) {
    for (let v = 0; v < T; v++) {
      if (v === t || s.count[q * T + v]! >= capMax[v]! || visitsElsewhere(s, i, v, q) > 0) continue;
      const c = deltaMove(s, i, q, v);
      if (c < bestCost) {
        bestCost = c;
        best = v;
      }
    }
    if (best >= 0) return void applyMove(s, i, q, best);
  }
  let partner = -1;
  for (let v = 0; v < T; v++) {
    if (v === t || visitsElsewhere(s, i, v, q) > 0) continue;
    for (let k = 0; k < s.count[q * T + v]!; k++) {
      const j = memberAt(s, q, v, k);
      if (!movable(j, q) || visitsElsewhere(s, j, t, q) > 0) continue;
      const c = (free(j) ? -1e6 : 0) + deltaMove(s, j, q, t);
      if (c < bestCost) {
        bestCost = c;
        partner = j;
      }
    }
  }
  if (partner >= 0) {
    const v = s.assign[q * n + partner]!;
    move(partner, q, t);
    applyMove(s, i, q, v);
  }
}

/**
 * Round r has room, but only at tables i already visits: one person at a table i has not
 * visited steps to a table with room, and i takes their seat. Returns i's table or −1.
 */
function stepAside(
  s: SearchState,
  i: number,
  r: number,
  movable: (i: number, r: number) => boolean,
  move: (i: number, r: number, t: number) => void,
): number {
  const { T, capMax } = s.model;
  for (let u = 0; u < T; u++) {
    if (visitsElsewhere(s, i, u, r) > 0) continue;
    for (let k = 0; k < s.count[r * T + u]!; k++) {
      const j = memberAt(s, r, u, k);
      if (!movable(j, r)) continue;
      for (let v = 0; v < T; v++) {
        if (v === u || s.count[r * T + v]! >= capMax[v]! || visitsElsewhere(s, j, v, r) > 0) continue;
        move(j, r, v);
        return u;
      }
    }
  }
  return -1;
}

/** Tables over their maximum shed people, tables under their minimum take them. */
function repairCapacity(
  s: SearchState,
  fixed: number,
  movable: (i: number, r: number) => boolean,
  free: (i: number) => boolean,
  move: (i: number, r: number, t: number) => void,
): void {
  const { n, T, R, capMax, capMin } = s.model;
  for (let r = fixed; r < R; r++) {
    for (let guard = 0; guard < n; guard++) {
      let from = -1;
      let to = -1;
      for (let t = 0; t < T; t++) {
        if (s.count[r * T + t]! > capMax[t]!) from = t;
        if (s.count[r * T + t]! < capMin[t]!) to = t;
      }
      if (from < 0 && to < 0) break;
      let best = -1;
      let bestTo = -1;
      let bestCost = Infinity;
      for (let i = 0; i < n; i++) {
        const u = s.assign[r * n + i]!;
        if (u < 0 || !movable(i, r)) continue;
        if (from >= 0 ? u !== from : s.count[r * T + u]! <= capMin[u]!) continue;
        for (let v = 0; v < T; v++) {
          if (v === u || (to >= 0 && v !== to) || s.count[r * T + v]! >= capMax[v]! || visitsElsewhere(s, i, v, r) > 0)
            continue;
          const c = (free(i) ? -1e6 : 0) + deltaMove(s, i, r, v);
          if (c < bestCost) {
            bestCost = c;
            best = i;
            bestTo = v;
          }
        }
      }
      if (best < 0) break;
      move(best, r, bestTo);
    }
  }
}
