import type { SessionState } from '../model/session';
import { tableFor } from './phase';

/** Two people of this session, in id order. */
export type MetPair = readonly [string, string];

/** The rounds a session actually played: a table-round phase it entered. */
function playedRounds(state: SessionState): number[] {
  const rounds = new Set<number>();
  for (const run of state.phaseLog) {
    const phase = state.agenda.find((p) => p.id === run.phaseId);
    if (phase?.kind === 'table-round' && phase.round !== null) rounds.add(phase.round);
  }
  return [...rounds].sort((a, b) => a - b);
}

/**
 * The people of `current` who sat at one table in a round of an earlier session of the programme,
 * recognised by their member id: for the planner, meeting again counts as a repeat. Where
 * someone sat is where the session put them (their assignment, else their pick), in the rounds
 * that were played: picks for a round that never began seated nobody. Pure; the server gives it
 * the earlier sessions' states, which only it holds.
 */
export function metBeforePairs(current: SessionState, earlier: readonly SessionState[]): MetPair[] {
  const here = new Map<string, string>();
  for (const p of Object.values(current.participants)) {
    if (p.memberId != null) here.set(p.memberId, p.id);
  }
  const pairs = new Set<string>();
  for (const session of earlier) {
    // Members of this earlier session who are here now, by their id here.
    const members: [string, string][] = [];
    for (const p of Object.values(session.participants)) {
      const now = p.memberId == null ? undefined : here.get(p.memberId);
      if (now !== undefined) members.push([p.id, now]);
    }
    for (const round of playedRounds(session)) {
      const byTable = new Map<string, string[]>();
      for (const [then, now] of members) {
        const table = tableFor(session, then, round);
        if (table === null) continue;
        byTable.set(table, [...(byTable.get(table) ?? []), now]);
      }
      for (const people of byTable.values()) {
        for (const a of people) for (const b of people) if (a < b) pairs.add(`${a}\u0000${b}`);
      }
    }
  }
  return [...pairs].sort().map((key) => key.split('\u0000') as unknown as MetPair);
}
