import { StakeholderGroup, type SessionState } from '../../../../shared/model/session';
import type { Presence } from '../../../../shared/protocol/socket';
import { tableFor } from '../../../../shared/rules/phase';

export { type Sandwiches, sandwiches } from '../../../../shared/rules/catering';

/** The live counts of the cockpit, as pure functions of the facilitator's view. */

export type Headcount = {
  joined: number;
  checkedIn: number;
  /** Per stakeholder group; `unknown` for people who did not say. */
  byGroup: Record<StakeholderGroup | 'unknown', number>;
};

export function headcount(state: SessionState): Headcount {
  const byGroup = Object.fromEntries(
    [...StakeholderGroup.options, 'unknown'].map((g) => [g, 0]),
  ) as Headcount['byGroup'];
  let checkedIn = 0;
  const people = Object.values(state.participants);
  for (const p of people) {
    byGroup[p.group ?? 'unknown'] += 1;
    if (p.checkedInAt !== null) checkedIn += 1;
  }
  return { joined: people.length, checkedIn, byGroup };
}

export type RoundSeats = {
  round: number;
  /** People per table id (every table listed, also the empty ones). */
  perTable: Record<string, number>;
  /** People without a table this round (no pick, or sitting it out). */
  unseated: number;
};

/** How many people sit at each table in each round: the planner's assignment, else their picks. */
export function seatsPerRound(state: SessionState): RoundSeats[] {
  const out: RoundSeats[] = [];
  const known = new Set(state.tables.map((t) => t.id));
  for (let round = 1; round <= state.rounds.count; round++) {
    const perTable = Object.fromEntries(state.tables.map((t) => [t.id, 0]));
    let unseated = 0;
    for (const pid of Object.keys(state.participants)) {
      const table = tableFor(state, pid, round);
      if (table !== null && known.has(table)) perTable[table] = (perTable[table] ?? 0) + 1;
      else unseated += 1;
    }
    out.push({ round, perTable, unseated });
  }
  return out;
}

export type HostStatus =
  | { kind: 'online' }
  | { kind: 'offline'; sinceMin: number }
  | { kind: 'never' }
  | { kind: 'unknown' };

/** One table's tablet: online, offline for so many minutes, never connected, or not known yet. */
export function hostStatus(presence: Presence | null, tableId: string, now: number): HostStatus {
  if (presence === null) return { kind: 'unknown' };
  const host = presence.hosts[tableId];
  if (host === undefined) return { kind: 'never' };
  if (host.online > 0 || host.offlineSince === null) return { kind: 'online' };
  return { kind: 'offline', sinceMin: Math.max(0, Math.floor((now - host.offlineSince) / 60_000)) };
}
