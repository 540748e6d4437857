import type { Phase, SessionState } from '../model/session';

export function currentPhase(state: SessionState): Phase | null {
  if (state.currentPhaseId === null) return null;
  return state.agenda.find((p) => p.id === state.currentPhaseId) ?? null;
}

export function phaseIndex(state: SessionState): number {
  return state.currentPhaseId === null ? -1 : state.agenda.findIndex((p) => p.id === state.currentPhaseId);
}

/** The round being played now, or null outside a table round. */
export function currentRound(state: SessionState): number | null {
  const phase = currentPhase(state);
  return phase?.kind === 'table-round' ? phase.round : null;
}

/** The last round that has started: cards written in a break still belong to the round before. */
export function latestRound(state: SessionState): number | null {
  let latest: number | null = null;
  for (const run of state.phaseLog) {
    const phase = state.agenda.find((p) => p.id === run.phaseId);
    if (phase?.kind === 'table-round' && phase.round !== null) latest = phase.round;
  }
  return latest;
}

/**
 * Where a participant sits in a round: the planner's or facilitator's assignment when there is
 * one, otherwise their n-th pick (until the rotation planner runs, tables fill from picks).
 */
export function tableFor(state: SessionState, participantId: string, round: number): string | null {
  const assigned = state.assignments[participantId]?.[String(round)];
  if (assigned !== undefined) return assigned;
  return state.participants[participantId]?.picks[round - 1] ?? null;
}
