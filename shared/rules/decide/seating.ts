import type { Command } from '../../protocol/commands';
import { fail } from '../../protocol/errors';
import type { Event } from '../../protocol/events';
import type { SessionState } from '../../model/session';
import { apply } from '../apply';
import { currentRound, latestRound, tableFor } from '../phase';
import { accept, type Decision } from './result';

/**
 * Seats a late arrival after the plan was published, without moving anyone else: for each round
 * still to come (the current one included) that they have no table for, the table they ranked
 * highest that still has room and that they have not visited, else the emptiest such table.
 * They visit as many tables as everyone else (`rounds.tablesPerParticipant`).
 */
export function placeArrival(state: SessionState, participantId: string): Event[] {
  const person = state.participants[participantId];
  if (person === undefined || (state.planPublishedAt ?? null) === null) return [];
  if (hasSeat(state, participantId)) return [];

  const firstOpen = currentRound(state) ?? (latestRound(state) ?? 0) + 1;
  const visited = new Set<string>();
  let visits = 0;
  const events: Event[] = [];
  for (let round = firstOpen; round <= state.rounds.count && visits < state.rounds.tablesPerParticipant; round++) {
    const seated = new Map<string, number>();
    for (const pid of Object.keys(state.participants)) {
      if (pid === participantId) continue;
      const table = tableFor(state, pid, round);
      if (table !== null) seated.set(table, (seated.get(table) ?? 0) + 1);
    }
    const rank = (tableId: string) => {
      const i = person.picks.indexOf(tableId);
      return i === -1 ? Number.MAX_SAFE_INTEGER : i;
    };
    const open = state.tables
      .filter((t) => !visited.has(t.id) && (seated.get(t.id) ?? 0) < t.capacity)
      .sort((a, b) => rank(a.id) - rank(b.id) || (seated.get(a.id) ?? 0) - (seated.get(b.id) ?? 0));
    const choice = open[0];
    if (choice === undefined) continue;
    visited.add(choice.id);
    visits++;
    events.push({ type: 'assignment.set', participantId, round, tableId: choice.id });
  }
  return events;
}

/**
 * Does someone have a table in some round? A published plan may give a person no table at all
 * (a plan of the checked-in people only leaves the others so): they count as not seated, and
 * their check-in or pick seats them like a latecomer.
 */
export function hasSeat(state: SessionState, participantId: string): boolean {
  return Object.values(state.assignments[participantId] ?? {}).some((tableId) => tableId !== null);
}

/** A participant's check-in or pick after the plan was published also seats them, if they have no seat yet. */
export function withArrivalSeated(decision: Decision, state: SessionState, participantId: string): Decision {
  if (!decision.ok || (state.planPublishedAt ?? null) === null) return decision;
  const after = decision.events.reduce(apply, state);
  const seats = placeArrival(after, participantId);
  return seats.length === 0 ? decision : { ok: true, events: [...decision.events, ...seats] };
}

/**
 * Publishes a seating plan. Every person and table must exist, nobody visits a table twice, no
 * table gets more people than it holds, and rounds that have begun keep the seats they had:
 * people are already sitting there.
 */
export function planPublish(state: SessionState, c: Extract<Command, { type: 'plan.publish' }>, now: number): Decision {
  const tables = new Map(state.tables.map((t) => [t.id, t]));
  const played = latestRound(state) ?? 0;
  const assignments: Record<string, Record<string, string | null>> = {};
  const load = new Map<string, number>();
  for (const [pid, row] of Object.entries(c.plan)) {
    if (!(pid in state.participants)) return fail('NOT_FOUND', 'no such participant', `plan.${pid}`);
    if (row.length !== state.rounds.count)
      return fail('VALIDATION', `give a table (or none) for each of the ${state.rounds.count} rounds`, `plan.${pid}`);
    const seen = new Set<string>();
    const rounds: Record<string, string | null> = {};
    for (const [i, tableId] of row.entries()) {
      const round = i + 1;
      if (tableId !== null && !tables.has(tableId)) return fail('NOT_FOUND', 'no such table', `plan.${pid}.${i}`);
      if (tableId !== null && seen.has(tableId))
        return fail('VALIDATION', 'nobody sits at the same table twice', `plan.${pid}.${i}`);
      if (round <= played && tableId !== tableFor(state, pid, round)) {
        return fail('CONFLICT', `round ${round} has begun; its tables can no longer change`, `plan.${pid}.${i}`);
      }
      if (tableId !== null) {
        seen.add(tableId);
        const key = `${round}:${tableId}`;
        load.set(key, (load.get(key) ?? 0) + 1);
      }
      rounds[String(round)] = tableId;
    }
    assignments[pid] = rounds;
  }
  for (const [key, count] of load) {
    const [round, tableId] = key.split(':') as [string, string];
    const table = tables.get(tableId);
    // A begun round is kept as it is (checked above), full or not: people already sit there.
    if (Number(round) <= played) continue;
    if (table !== undefined && count > table.capacity) {
      return fail(
        'LIMIT_REACHED',
        `table "${table.title}" holds ${table.capacity}, the plan puts ${count} there in round ${round}`,
        'plan',
      );
    }
  }
  return accept({ type: 'plan.published', assignments, at: now });
}
