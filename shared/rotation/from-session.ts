import { type SessionState, TEAM_MIN, teamsOf } from '../model/session';
import { latestRound, tableFor } from '../rules/phase';
import type { Lock, PlanRow, RotationInstance, RotationParticipant, RotationPlan, RotationTable } from './types';

/**
 * The bridge between a live session and the planner: what to plan (everyone who joined, their
 * groups and picks, the tables and rounds), what the planner must keep (rounds that have begun,
 * seats the facilitator set by hand) and the way back (a plan as the `plan.publish` payload).
 * Pure: the cockpit runs it in a worker, tests run it on a state.
 *
 * Rounds: the session counts from 1 (`assignments[pid]["1"]`), the planner from 0 (`row[0]`).
 */

/** A seat a person keeps, in the planner's 0-based rounds; `tableId: null` = sits that round out. */
export interface KeptSeat {
  readonly participantId: string;
  readonly round: number;
  readonly tableId: string | null;
}

/** The `plan.publish` payload: per participant a table id or null per round (index 0 = round 1). */
export type PublishedPlan = Readonly<Record<string, PlanRow>>;

export interface SessionPlanning {
  readonly instance: RotationInstance;
  /** Rounds that have begun (the current one included): the planner's rounds < fixedRounds stay as they are. */
  readonly fixedRounds: number;
  /** Where everyone sits now, round by round (their assignment, else their picks), as a plan. */
  readonly current: RotationPlan;
  /** Every seat in the rounds that have begun: people are sitting there. */
  readonly history: readonly KeptSeat[];
  /** Seats the facilitator set by hand in rounds still to come: a re-plan keeps them. */
  readonly manual: readonly KeptSeat[];
  /** People in the published plan who are still here (empty before a plan is published). */
  readonly planned: readonly string[];
  /** People here who are not in the published plan (joined after it was made). */
  readonly arrivals: readonly string[];
  /** People in the published plan who are gone (erased their data); only known with `published`. */
  readonly leavers: readonly string[];
  /**
   * Where a re-plan starts: the planned people where they sit now, the leavers where the plan put
   * them, the arrivals only in the rounds that have begun (the rest is theirs to be planned).
   */
  readonly previous: RotationPlan;
  /**
   * People left out of this plan (not checked in, with `checkedIn` scope), each with their row
   * for the `plan.publish` payload: the rounds that have begun as they are, no table after.
   */
  readonly leftOut: Readonly<Record<string, (string | null)[]>>;
}

/**
 * Whom a plan is for: everyone who joined, or only those who checked in at the door (the
 * others then get no table; their check-in later seats them, see `hasSeat`).
 */
export type PlanScope = 'everyone' | 'checkedIn';

/**
 * The fewest people a table should get: half of an even share of the seats. Fewer than that and
 * a table (with its host waiting) feels empty; asking for more than half would make the planner
 * break picks only to level tables out, which the balance term already does gently. Never above
 * the table's capacity, and 0 when there are too few people to share out.
 */
export function capacityMin(people: number, visits: number, rounds: number, tables: number, capacity: number): number {
  if (tables === 0 || rounds === 0) return 0;
  const share = (people * visits) / (rounds * tables);
  return Math.min(capacity, Math.floor(share / 2));
}

const isSeat = (s: KeptSeat): s is KeptSeat & { tableId: string } => s.tableId !== null;

/** Seats with a table, as the planner's locks. */
export function toLocks(seats: readonly KeptSeat[]): Lock[] {
  return seats.filter(isSeat).map(({ participantId, round, tableId }) => ({ participantId, round, tableId }));
}

/**
 * Who to plan and what to keep. `published` is the plan as this cockpit last published it (see
 * PublishedPlan): the state merges a published plan with later moves and automatic seats, so on
 * its own it cannot tell which seats the facilitator set by hand after publishing. Without it,
 * only the seats set before any plan count as set by hand (then nothing else writes them).
 *
 * By default everyone who joined is planned, checked in or not: people join by scanning the QR
 * code in the room, and checking in is an extra tap many skip; leaving them out would seat them
 * nowhere. With `scope` 'checkedIn' (the facilitator's choice once people check in at the door)
 * only they are planned: the others are neither arrivals nor planned, and `leftOut` holds their
 * rows. The server seats latecomers who arrive or check in after publishing by itself.
 * `metBefore`: pairs of this session's people who met in earlier sessions of the programme.
 */
export function sessionPlanning(
  state: SessionState,
  published: PublishedPlan | null = null,
  scope: PlanScope = 'everyone',
  metBefore: readonly (readonly [string, string])[] = [],
): SessionPlanning {
  const R = state.rounds.count;
  const tableIds = new Set(state.tables.map((t) => t.id));
  const fixedRounds = Math.min(R, latestRound(state) ?? 0);
  const isPublished = (state.planPublishedAt ?? null) !== null;
  const all = Object.values(state.participants).sort((a, b) => a.joinedAt - b.joinedAt || a.id.localeCompare(b.id));
  const here = new Set(all.map((p) => p.id));
  const people = scope === 'checkedIn' ? all.filter((p) => p.checkedInAt !== null) : all;
  const known = (id: string | null | undefined): string | null => (id != null && tableIds.has(id) ? id : null);
  const leftOut: Record<string, (string | null)[]> = {};
  for (const p of all)
    if (scope === 'checkedIn' && p.checkedInAt === null)
      leftOut[p.id] = Array.from({ length: R }, (_, r) =>
        r < fixedRounds ? known(tableFor(state, p.id, r + 1)) : null,
      );

  const current: Record<string, PlanRow> = {};
  const history: KeptSeat[] = [];
  const manual: KeptSeat[] = [];
  const planned: string[] = [];
  const arrivals: string[] = [];
  for (const p of people) {
    const row = Array.from({ length: R }, (_, r) => known(tableFor(state, p.id, r + 1)));
    current[p.id] = row;
    for (let r = 0; r < fixedRounds; r++) history.push({ participantId: p.id, round: r, tableId: row[r]! });

    const explicit = state.assignments[p.id] ?? {};
    const inPlan =
      published === null
        ? isPublished && Object.keys(explicit).length > 0 && p.joinedAt <= state.planPublishedAt!
        : p.id in published;
    if (isPublished) (inPlan ? planned : arrivals).push(p.id);
    for (let r = fixedRounds; r < R; r++) {
      const key = String(r + 1);
      if (!(key in explicit)) continue;
      const tableId = known(explicit[key]);
      const byHand = !isPublished || (published !== null && inPlan && (published[p.id]![r] ?? null) !== tableId);
      if (byHand) manual.push({ participantId: p.id, round: r, tableId });
    }
  }
  const leavers = published === null || !isPublished ? [] : Object.keys(published).filter((id) => !here.has(id));
  const previous: Record<string, PlanRow> = {};
  for (const id of planned) previous[id] = current[id]!;
  for (const id of leavers) previous[id] = Array.from({ length: R }, (_, r) => known(published![id]![r]));
  for (const id of arrivals) previous[id] = current[id]!.map((t, r) => (r < fixedRounds ? t : null));

  // Each person visits as many tables as the evening says, but never more than there are rounds
  // or tables, and at least as many as the seats they must keep.
  const visits = Math.min(state.rounds.tablesPerParticipant, R, state.tables.length);
  const kept = new Map<string, number>();
  for (const s of [...history, ...manual])
    if (s.tableId !== null) kept.set(s.participantId, (kept.get(s.participantId) ?? 0) + 1);
  const participants: RotationParticipant[] = people.map((p) => {
    const picks = [...new Set(p.picks.filter((id) => tableIds.has(id)))];
    const own = Math.min(R, Math.max(visits, kept.get(p.id) ?? 0));
    return {
      id: p.id,
      ...(p.group === null ? {} : { group: p.group }),
      ...(picks.length === 0 ? {} : { picks }),
      ...(own === visits ? {} : { visits: own }),
      ...(p.remote === true ? { remote: true } : {}),
    };
  });
  const tables: RotationTable[] = state.tables.map((t) => ({
    id: t.id,
    capacityMin: capacityMin(people.length, visits, R, state.tables.length, t.capacity),
    capacityMax: t.capacity,
    ...(t.online === true ? { online: true } : {}),
  }));
  const groups = [...new Set(participants.flatMap((p) => (p.group === undefined ? [] : [p.group])))].sort();
  const planning = new Set(people.map((p) => p.id));
  const teams = plannedTeams(state, planning);
  // Programme members who sat together in an earlier session (GET /api/sessions/:id/met-before),
  // as far as both are planned now.
  const met = metBefore.filter(([a, b]) => planning.has(a) && planning.has(b));
  return {
    instance: {
      rounds: R,
      visits,
      groups,
      tables,
      participants,
      ...(teams.length === 0 ? {} : { teams }),
      ...(met.length === 0 ? {} : { metBefore: met }),
    },
    fixedRounds,
    current: { assignments: current },
    history,
    manual,
    planned,
    arrivals,
    leavers,
    previous: { assignments: previous },
    leftOut,
  };
}

/**
 * The session's keep-together teams as the planner's: only members it plans (with `checkedIn`
 * scope a team member who has not checked in is left out), and a team with fewer than 2 of them
 * is no team to keep together. In id order, so the same session gives the same instance.
 */
function plannedTeams(state: SessionState, planned: ReadonlySet<string>): NonNullable<RotationInstance['teams']> {
  return Object.values(teamsOf(state))
    .sort((a, b) => a.id.localeCompare(b.id))
    .flatMap((team) => {
      const members = team.memberIds.filter((id) => planned.has(id));
      if (members.length < TEAM_MIN) return [];
      return [{ id: team.id, members, stays: team.stays }];
    });
}

/** A plan with the given seats put back (a planner cannot be told "sits this round out"). */
export function withSeats(plan: RotationPlan, seats: readonly KeptSeat[]): RotationPlan {
  if (seats.length === 0) return plan;
  const rows: Record<string, (string | null)[]> = {};
  for (const [id, row] of Object.entries(plan.assignments)) rows[id] = [...row];
  for (const s of seats) {
    const row = rows[s.participantId];
    if (row !== undefined) row[s.round] = s.tableId;
  }
  return { assignments: rows };
}

/** People (of `among`) whose table changes in some round from `fromRound` on. */
export function movedPeople(
  before: RotationPlan,
  after: RotationPlan,
  fromRound: number,
  among: readonly string[],
): string[] {
  return among.filter((id) => {
    const a = before.assignments[id] ?? [];
    const b = after.assignments[id] ?? [];
    for (let r = fromRound; r < Math.max(a.length, b.length); r++) if ((a[r] ?? null) !== (b[r] ?? null)) return true;
    return false;
  });
}

/**
 * A plan as the `plan.publish` payload: a row per person still in the session, one entry per
 * round. People who left since planning are dropped (the server refuses unknown people).
 */
export function toPublish(plan: RotationPlan, state: SessionState): Record<string, (string | null)[]> {
  const out: Record<string, (string | null)[]> = {};
  for (const [id, row] of Object.entries(plan.assignments)) {
    if (!(id in state.participants)) continue;
    out[id] = Array.from({ length: state.rounds.count }, (_, r) => row[r] ?? null);
  }
  return out;
}
