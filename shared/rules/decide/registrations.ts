import type { Command, JoinCommand, RegistrationsAddCommand } from '../../protocol/commands';
import { fail } from '../../protocol/errors';
import type { Event } from '../../protocol/events';
import { LIMITS } from '../../protocol/limits';
import { type Participant, type Registration, registrationsOf, type SessionState } from '../../model/session';
import { signupPageOpen, waitingList } from '../registrations';
import { accept, type Decision, nothing } from './result';
import { withArrivalSeated } from './seating';

type Of<T extends Command['type']> = Extract<Command, { type: T }>;

/** An e-mail address as it identifies a person: case and surrounding spaces do not. */
const emailKey = (email: string | null) => (email === null ? null : email.trim().toLowerCase());

export function signupPageSet(state: SessionState, c: Of<'signupPage.set'>): Decision {
  const settings = { open: c.open, capacity: c.capacity, closesAt: c.closesAt, askSandwich: c.askSandwich };
  const current = state.signupPage ?? null;
  if (current !== null && JSON.stringify(current) === JSON.stringify(settings)) return nothing;
  return accept({ type: 'signupPage.set', settings });
}

/**
 * New registrations. From an import every row is the facilitator's own list: all are registered
 * (the capacity is for the public page), and a problem anywhere refuses the whole list, naming
 * the row, so nothing is half imported. From the public page the page must be open and not past
 * its closing moment; a full page puts the person on the waiting list.
 */
export function registrationsAdd(state: SessionState, c: RegistrationsAddCommand, now: number): Decision {
  const existing = Object.values(registrationsOf(state));
  if (existing.length + c.entries.length > LIMITS.participants) {
    return fail('LIMIT_REACHED', `at most ${LIMITS.participants} registrations in a session`);
  }
  if (c.source === 'form') {
    if (state.status !== 'draft') return fail('WRONG_PHASE', 'the session has begun: sign up at the door');
    if (!signupPageOpen(state, now)) return fail('WRONG_PHASE', 'signing up for this session is closed');
  }
  const taken = new Map<string, string>();
  for (const r of existing) {
    const key = emailKey(r.email);
    if (key !== null && r.status !== 'cancelled') taken.set(key, 'an earlier registration');
  }
  const tables = new Set(state.tables.map((t) => t.id));
  const ids = new Set([...existing.map((r) => r.id), ...existing.map((r) => r.participantId)]);
  let registered = existing.filter((r) => r.status === 'registered').length;
  const capacity = state.signupPage?.capacity ?? null;
  const added: Registration[] = [];
  for (const [i, { registrationId, participantId, input }] of c.entries.entries()) {
    const at = `entries.${i}`;
    if (ids.has(registrationId) || ids.has(participantId) || participantId in state.participants) {
      return fail('CONFLICT', 'this registration already exists', at);
    }
    ids.add(registrationId).add(participantId);
    const key = emailKey(input.email);
    const before = key === null ? undefined : taken.get(key);
    if (key !== null && before !== undefined) {
      return c.source === 'form'
        ? fail('CONFLICT', 'this e-mail address is already signed up for this session', `${at}.email`)
        : fail('VALIDATION', `this e-mail address is also in ${before}`, `${at}.email`);
    }
    if (key !== null) taken.set(key, `row ${i + 1}`);
    const unknown = input.picks.findIndex((id) => !tables.has(id));
    if (unknown !== -1) return fail('NOT_FOUND', 'no such table', `${at}.input.picks.${unknown}`);
    const waiting = c.source === 'form' && capacity !== null && registered >= capacity;
    if (!waiting) registered++;
    added.push({
      id: registrationId,
      participantId,
      name: input.name,
      email: input.email,
      phone: input.phone,
      group: input.group,
      sandwich: input.sandwich,
      picks: input.picks,
      remarks: input.remarks,
      language: input.language,
      followupConsent: input.followupConsent,
      source: c.source,
      status: waiting ? 'waiting' : 'registered',
      createdAt: now,
    });
  }
  return added.length === 0 ? nothing : accept({ type: 'registrations.added', registrations: added });
}

/** A place that comes free goes to the first on the waiting list (when the page has a capacity at all). */
function promotion(state: SessionState, freed: Registration): Event[] {
  if (freed.status !== 'registered') return [];
  const next = waitingList(state)[0];
  return next === undefined ? [] : [{ type: 'registration.promoted', registrationId: next.id }];
}

/** The facilitator, or the person themselves (as the participant they are or will be). */
export function registrationCancel(state: SessionState, c: Of<'registration.cancel'>, self: string | null): Decision {
  const r = registrationsOf(state)[c.registrationId];
  if (r === undefined || (self !== null && r.participantId !== self)) return fail('NOT_FOUND', 'no such registration');
  if (r.status === 'cancelled') return nothing;
  return accept({ type: 'registration.cancelled', registrationId: r.id }, ...promotion(state, r));
}

export function registrationErase(state: SessionState, c: Of<'registration.erase'>): Decision {
  const r = registrationsOf(state)[c.registrationId];
  if (r === undefined) return fail('NOT_FOUND', 'no such registration');
  const events: Event[] = [
    { type: 'registration.erased', registrationId: r.id, participantId: r.participantId },
    ...promotion(state, r),
  ];
  if (r.participantId in state.participants)
    events.push({ type: 'participant.erased', participantId: r.participantId });
  return accept(...events);
}

/** The participant a registration becomes: what they gave, with their picks of tables that still exist. */
export function participantFrom(state: SessionState, r: Registration, now: number, atDoor: boolean): Participant {
  const tables = new Set(state.tables.map((t) => t.id));
  return {
    id: r.participantId,
    registrationId: r.id,
    name: r.name,
    group: r.group,
    picks: r.picks.filter((id) => tables.has(id)),
    sandwich: r.sandwich,
    joinedAt: now,
    checkedInAt: atDoor ? now : null,
    ...(atDoor ? { noPhone: true } : {}),
  };
}

/**
 * The desk ticks someone in. Whoever has not arrived becomes a participant without a phone (the
 * host tablet names them); once a seating plan is out they are seated like any latecomer.
 * Cancelled or waiting, they came anyway: the door lets them in.
 */
export function registrationCheckIn(state: SessionState, c: Of<'registration.checkIn'>, now: number): Decision {
  const r = registrationsOf(state)[c.registrationId];
  if (r === undefined) return fail('NOT_FOUND', 'no such registration');
  const p = state.participants[r.participantId];
  if (!c.on) {
    return p === undefined || p.checkedInAt === null
      ? nothing
      : accept({ type: 'participant.checkedOut', participantId: p.id });
  }
  if (p !== undefined) {
    if (p.checkedInAt !== null) return nothing;
    return withArrivalSeated(accept({ type: 'participant.checkedIn', participantId: p.id, at: now }), state, p.id);
  }
  if (Object.keys(state.participants).length >= LIMITS.participants)
    return fail('LIMIT_REACHED', 'this session is full');
  const joined = accept({ type: 'participant.joined', participant: participantFrom(state, r, now, true) });
  return withArrivalSeated(joined, state, r.participantId);
}

export function participantWalkIn(state: SessionState, c: Of<'participant.walkIn'>, now: number): Decision {
  const known = state.participants[c.participantId];
  // A retried walk-in (same id) is the same person: nothing more to do.
  if (known !== undefined)
    return known.noPhone === true && known.name === c.name
      ? nothing
      : fail('CONFLICT', 'this participant already exists');
  if (Object.values(registrationsOf(state)).some((r) => r.participantId === c.participantId)) {
    return fail('CONFLICT', 'this id belongs to a registration');
  }
  if (Object.keys(state.participants).length >= LIMITS.participants)
    return fail('LIMIT_REACHED', 'this session is full');
  const participant: Participant = {
    id: c.participantId,
    name: c.name,
    group: c.group,
    picks: [],
    sandwich: c.sandwich,
    joinedAt: now,
    checkedInAt: now,
    noPhone: true,
  };
  return withArrivalSeated(accept({ type: 'participant.joined', participant }), state, c.participantId);
}

/** A phone opening a personal link for the first time: the participant is made from the registration. */
export function registeredJoin(
  state: SessionState,
  c: JoinCommand & { registrationId: string },
  now: number,
): Decision {
  const r = registrationsOf(state)[c.registrationId];
  if (r === undefined || r.participantId !== c.participantId) return fail('NOT_FOUND', 'no such registration');
  if (c.participantId in state.participants) return fail('CONFLICT', 'this participant already joined');
  if (Object.keys(state.participants).length >= LIMITS.participants)
    return fail('LIMIT_REACHED', 'this session is full');
  return accept({ type: 'participant.joined', participant: participantFrom(state, r, now, false) });
}
