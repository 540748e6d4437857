import { type Registration, registrationsOf, type SessionState } from '../model/session';

/**
 * Whether the public sign-up page takes sign-ups at `now`: switched on, the session not begun,
 * and before its closing moment.
 */
export function signupPageOpen(state: SessionState, now: number): boolean {
  const page = state.signupPage ?? null;
  if (page === null || !page.open || state.status !== 'draft') return false;
  return page.closesAt === null || now < page.closesAt;
}

/** The places left on the sign-up page (null: no limit), never below 0. */
export function placesLeft(state: SessionState): number | null {
  const capacity = state.signupPage?.capacity ?? null;
  if (capacity === null) return null;
  const registered = Object.values(registrationsOf(state)).filter((r) => r.status === 'registered').length;
  return Math.max(0, capacity - registered);
}

/** Who waits for a place, first come first served. */
export function waitingList(state: SessionState): Registration[] {
  return Object.values(registrationsOf(state))
    .filter((r) => r.status === 'waiting')
    .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

/**
 * The numbers the door and the cockpit show. `arrived`: registered people ticked in or checked in
 * on their phone; `walkIns`: people who came without a registration and were checked in (at the
 * desk or on their own phone); `sandwiches`: asked for before the evening (registered, not
 * cancelled) and wanted by those who are here.
 */
export type Attendance = {
  registered: number;
  waiting: number;
  cancelled: number;
  arrived: number;
  walkIns: number;
  present: number;
  sandwiches: { expected: number; present: number };
};

export function attendance(state: SessionState): Attendance {
  const registrations = Object.values(registrationsOf(state));
  const present = Object.values(state.participants).filter((p) => p.checkedInAt !== null);
  const expected = registrations.filter((r) => r.status === 'registered');
  return {
    registered: expected.length,
    waiting: registrations.filter((r) => r.status === 'waiting').length,
    cancelled: registrations.filter((r) => r.status === 'cancelled').length,
    arrived: present.filter((p) => (p.registrationId ?? null) !== null).length,
    walkIns: present.filter((p) => (p.registrationId ?? null) === null).length,
    present: present.length,
    sandwiches: {
      expected: expected.filter((r) => r.sandwich).length,
      present: present.filter((p) => p.sandwich).length,
    },
  };
}
