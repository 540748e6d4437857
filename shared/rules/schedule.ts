import { TZDate } from '@date-fns/tz';
import type { Language, SessionState } from '../model/session';

/**
 * The evening's plan as absolute instants: one function for the cockpit (its phase list and the
 * ahead/behind line), the projector's programme and the report, so all of them show the same
 * planned time for a phase.
 *
 * The agenda plans wall-clock times ("19:40") in the venue's time zone. They fall on the session's
 * date when the evening runs on that date, else on the day the evening really started (a
 * rehearsal on another day is not "3 days behind"); before the start, on the session's date or
 * today. When the evening started far from the plan (a rehearsal in the afternoon), the whole plan
 * moves to the real start, keeping its rhythm: then "19:00" means "30 minutes after the start",
 * and every screen shows the moved times.
 */

const MINUTE = 60_000;

/** The venue's time zone: the evenings are Dutch and a session carries no zone of its own. */
export const VENUE_TIME_ZONE = 'Europe/Amsterdam';

/** A real start further than this from the plan moves the plan (a rehearsal, not a late start). */
export const FAR_FROM_PLAN_MIN = 120;

export type PhaseStatus = 'done' | 'now' | 'skipped' | 'later';

export type PlannedPhase = {
  phaseId: string;
  /** The planned start and end as instants, moved with the plan when it was moved. */
  plannedStart: number;
  plannedEnd: number;
  /** The first time the phase was entered (the report's "really started"); null when never. */
  firstStart: number | null;
  /** The last time it was entered (after a "back", the run now going on); null when never. */
  lastStart: number | null;
  /** Skipped: never entered while a later phase was, or the evening ended without it. */
  status: PhaseStatus;
};

export type EveningPlan = {
  phases: PlannedPhase[];
  /**
   * When the plan was moved to the real start: the planned and the real start of the first
   * phase that ran (both instants). Null when the plan stands as written.
   */
  moved: { plannedAt: number; startedAt: number } | null;
  /**
   * Whole minutes behind the plan at the end of the current phase (negative: ahead): it ends at
   * its start plus its duration, or now if it already runs over. Null when nothing runs or no
   * `now` was given.
   */
  behindMin: number | null;
};

type PlanInput = Pick<SessionState, 'date' | 'agenda' | 'phaseLog' | 'status' | 'currentPhaseId' | 'createdAt'>;

/** The instant of a planned "HH:MM" on the day (in the zone) of `day`. */
function atClock(day: { y: number; m: number; d: number }, clock: string, timeZone: string, plusDays = 0): number {
  const [h, min] = clock.split(':').map(Number);
  return new TZDate(day.y, day.m, day.d + plusDays, h ?? 0, min ?? 0, timeZone).getTime();
}

function dayIn(instant: number, timeZone: string): { y: number; m: number; d: number } {
  const z = new TZDate(instant, timeZone);
  return { y: z.getFullYear(), m: z.getMonth(), d: z.getDate() };
}

function dayOfDate(date: string): { y: number; m: number; d: number } {
  const [y, m, d] = date.split('-').map(Number);
  return { y: y ?? 1970, m: (m ?? 1) - 1, d: d ?? 1 };
}

export function eveningPlan(state: PlanInput, options: { now?: number; timeZone?: string } = {}): EveningPlan {
  const timeZone = options.timeZone ?? VENUE_TIME_ZONE;
  const first = state.phaseLog[0];
  const actualDay = dayIn(first?.startedAt ?? options.now ?? state.createdAt, timeZone);
  const planned = state.date === null ? actualDay : dayOfDate(state.date);
  const sameDay = planned.y === actualDay.y && planned.m === actualDay.m && planned.d === actualDay.d;
  // Before the start the session's date holds; once it ran, the day it really ran.
  const day = first === undefined || sameDay ? planned : actualDay;

  // The written plan; a time earlier than the one before it is after midnight.
  let plusDays = 0;
  let previous = Number.NEGATIVE_INFINITY;
  const written = state.agenda.map((p) => {
    let at = atClock(day, p.plannedStart, timeZone, plusDays);
    if (at < previous) at = atClock(day, p.plannedStart, timeZone, ++plusDays);
    previous = at;
    return at;
  });

  let shift = 0;
  let moved: EveningPlan['moved'] = null;
  const firstIndex = first === undefined ? -1 : state.agenda.findIndex((p) => p.id === first.phaseId);
  if (first !== undefined && firstIndex >= 0) {
    const plannedAt = written[firstIndex]!;
    const drift = first.startedAt - plannedAt;
    if (Math.abs(drift) > FAR_FROM_PLAN_MIN * MINUTE) {
      // Whole minutes, down: the moved first phase then reads the minute the clock showed at
      // the start ("you started at 14:02" and "14:02 walk-in", also at 14:02:40).
      shift = Math.floor(drift / MINUTE) * MINUTE;
      moved = { plannedAt, startedAt: first.startedAt };
    }
  }

  const firstStart = new Map<string, number>();
  const lastStart = new Map<string, number>();
  for (const run of state.phaseLog) {
    if (!firstStart.has(run.phaseId)) firstStart.set(run.phaseId, run.startedAt);
    lastStart.set(run.phaseId, run.startedAt);
  }
  const lastEntered = state.agenda.reduce((last, p, i) => (firstStart.has(p.id) ? i : last), -1);
  const live = state.status === 'live';

  const phases = state.agenda.map((p, i): PlannedPhase => {
    const plannedStart = written[i]! + shift;
    const entered = firstStart.has(p.id);
    const status: PhaseStatus =
      live && p.id === state.currentPhaseId
        ? 'now'
        : entered
          ? 'done'
          : i < lastEntered || state.status === 'ended'
            ? 'skipped'
            : 'later';
    return {
      phaseId: p.id,
      plannedStart,
      plannedEnd: plannedStart + p.durationMin * MINUTE,
      firstStart: firstStart.get(p.id) ?? null,
      lastStart: lastStart.get(p.id) ?? null,
      status,
    };
  });

  let behindMin: number | null = null;
  const current = phases.find((p) => p.status === 'now');
  const duration = state.agenda.find((p) => p.id === current?.phaseId)?.durationMin;
  if (options.now !== undefined && current?.lastStart != null && duration !== undefined) {
    const projectedEnd = Math.max(current.lastStart + duration * MINUTE, options.now);
    behindMin = Math.round((projectedEnd - current.plannedEnd) / MINUTE);
  }
  return { phases, moved, behindMin };
}

/** "19:40" in the venue's time zone, written as the language writes a time of day. */
export function clockText(at: number, language: Language, timeZone = VENUE_TIME_ZONE): string {
  return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone,
  }).format(at);
}

/**
 * "vrijdag 12 maart 2027" / "Friday, 12 March 2027": a session's date (YYYY-MM-DD) as the language
 * writes a day. A calendar day, not an instant: read in UTC, so no time zone moves it a day.
 */
export function dayText(date: string, language: Language): string {
  return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(Date.parse(date));
}

/** "5 minuten" / "1 minuut", "5 minutes" / "1 minute": the platform's own plural. */
export function minutesText(minutes: number, language: Language): string {
  return new Intl.NumberFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    style: 'unit',
    unit: 'minute',
    unitDisplay: 'long',
  }).format(minutes);
}
