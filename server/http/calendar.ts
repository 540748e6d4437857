import { createEvents, type EventAttributes } from 'ics';
import type { SessionState } from '../../shared/model/session';
import { eveningPlan } from '../../shared/rules/schedule';

/**
 * The .ics files of the sign-up page and the phone's "Zet in je agenda". Built on the server only:
 * the `ics` package stays out of every browser download, and the file names the public address,
 * which the server knows best.
 */

/** One session as a calendar event: its planned span as instants (the venue's time zone is in them). */
export type CalendarEntry = {
  uid: string;
  title: string;
  location: string;
  start: number;
  end: number;
  url: string;
  description: string;
};

type CalendarInput = Pick<
  SessionState,
  'id' | 'title' | 'venue' | 'date' | 'joinCode' | 'agenda' | 'phaseLog' | 'status' | 'currentPhaseId' | 'createdAt'
>;

/**
 * A session's event, or null when it has no date or no agenda yet: a calendar entry on a guessed
 * day would be worse than none. From the first phase's planned start to the last phase's planned
 * end, as eveningPlan reads the agenda in the venue's time zone (summer and winter time included).
 */
export function calendarEntry(state: CalendarInput, origin: string, description = ''): CalendarEntry | null {
  if (state.date === null) return null;
  const phases = eveningPlan(state).phases;
  const first = phases[0];
  const last = phases.at(-1);
  if (first === undefined || last === undefined) return null;
  return {
    uid: `${state.id}@tafelronde`,
    title: state.title,
    location: state.venue,
    start: first.plannedStart,
    end: last.plannedEnd,
    url: `${origin}/join/${state.joinCode}`,
    description,
  };
}

/** One calendar file holding every entry (one session, or every known session of a programme). */
export function calendarFile(entries: readonly CalendarEntry[], calendarName: string): string {
  const events: EventAttributes[] = entries.map((e) => ({
    uid: e.uid,
    title: e.title,
    ...(e.location === '' ? {} : { location: e.location }),
    ...(e.description === '' ? {} : { description: e.description }),
    url: e.url,
    start: e.start,
    startInputType: 'utc',
    startOutputType: 'utc',
    end: e.end,
    endInputType: 'utc',
    endOutputType: 'utc',
  }));
  const { error, value } = createEvents(events, { productId: 'tafelronde', calName: calendarName });
  if (error !== null || value === null) throw error ?? new Error('no calendar made');
  return value;
}

/** "wijkavond-2027-03-12.ics": a name people recognise in their downloads. */
export function calendarFileName(title: string, date: string | null): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return `${[slug || 'tafelronde', date].filter((x) => x !== null && x !== '').join('-')}.ics`;
}
