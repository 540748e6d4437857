import type { Phase, SessionState } from '../../../../shared/model/session';

/**
 * Planned versus actual time. The agenda plans wall-clock times ("19:40") on the session's date;
 * the phase log holds when each phase really started. All pure, `now` passed in, local time.
 */

const MINUTE = 60_000;

/** Midnight (local) of the day an instant falls on. */
function dayOf(instant: number): number {
  const d = new Date(instant);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}

/** Midnight (local) of a YYYY-MM-DD date. */
function dayOfDate(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1).getTime();
}

/**
 * The instant a planned "HH:MM" falls on. The session's date when the evening runs on that date;
 * otherwise (no date, or a rehearsal on another day) the day the evening actually started, so a
 * rehearsal is not "3 days behind".
 */
export function plannedInstant(date: string | null, clock: string, startedAt: number): number {
  const [h, m] = clock.split(':').map(Number);
  const actualDay = dayOf(startedAt);
  const planned = date === null ? actualDay : dayOfDate(date);
  const day = planned === actualDay ? planned : actualDay;
  const d = new Date(day);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate(), h ?? 0, m ?? 0).getTime();
}

/** When a phase last started (it may have been entered twice after a "back"); null when never. */
export function lastStart(state: SessionState, phaseId: string): number | null {
  for (let i = state.phaseLog.length - 1; i >= 0; i--) {
    const run = state.phaseLog[i];
    if (run?.phaseId === phaseId) return run.startedAt;
  }
  return null;
}

/** More than this between the plan's first start and the real one: a rehearsal, not a late evening. */
const REHEARSAL_MS = 2 * 60 * MINUTE;

export type Schedule = {
  phase: Phase;
  plannedStart: number;
  actualStart: number;
  /**
   * Minutes behind the plan at the end of this phase (negative = ahead): the phase ends at its
   * actual start plus its duration, or now if it is already running over.
   */
  behindMin: number;
  /** The evening started hours away from the plan (a rehearsal): the plan is moved to start then. */
  shifted: boolean;
};

/** Planned vs actual for the current phase; null before the start or after the end. */
export function scheduleNow(state: SessionState, now: number): Schedule | null {
  if (state.status !== 'live' || state.currentPhaseId === null) return null;
  const phase = state.agenda.find((p) => p.id === state.currentPhaseId);
  const actualStart = lastStart(state, state.currentPhaseId);
  if (phase === undefined || actualStart === null) return null;
  const first = state.phaseLog[0];
  const firstPhase = state.agenda.find((p) => p.id === first?.phaseId);
  // A rehearsal at 14:00 of a 19:00 evening would otherwise read "300 min ahead" all afternoon:
  // then the plan keeps its rhythm but starts when the first phase really started.
  let shift = 0;
  if (first !== undefined && firstPhase !== undefined) {
    const drift = first.startedAt - plannedInstant(state.date, firstPhase.plannedStart, first.startedAt);
    if (Math.abs(drift) > REHEARSAL_MS) shift = drift;
  }
  const plannedStart = plannedInstant(state.date, phase.plannedStart, first?.startedAt ?? actualStart) + shift;
  const plannedEnd = plannedStart + phase.durationMin * MINUTE;
  const projectedEnd = Math.max(actualStart + phase.durationMin * MINUTE, now);
  return {
    phase,
    plannedStart,
    actualStart,
    behindMin: Math.round((projectedEnd - plannedEnd) / MINUTE),
    shifted: shift !== 0,
  };
}

/** "HH:MM" of an instant, local time. */
export function clockOf(instant: number): string {
  const d = new Date(instant);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}
