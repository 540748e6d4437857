import type { Participant, Registration, SessionState } from '../model/session';
import { registrationsOf } from '../model/session';
import { currentRound, latestRound, tableFor } from './phase';

/**
 * The round whose table the door tells someone arriving now: the round being played, or else the
 * next one to start (before the first round: round 1). Null after the last round has begun and
 * ended, or when the evening has no rounds.
 */
export function doorRound(state: SessionState): number | null {
  const now = currentRound(state);
  if (now !== null) return now;
  const next = (latestRound(state) ?? 0) + 1;
  return next <= state.rounds.count ? next : null;
}

/** A name as the search compares it: without accents and case ("Ömer" finds "omer"), spaces squeezed. */
export function searchKey(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('nl').replace(/\s+/g, ' ').trim();
}

/** Whether a name matches what the desk typed: every word typed is part of the name. */
export function nameMatches(name: string, query: string): boolean {
  const key = searchKey(name);
  return searchKey(query)
    .split(' ')
    .every((word) => key.includes(word));
}

/** Ticked in at the door or checked in on a phone: the person is here. */
export function isPresent(state: SessionState, participantId: string): boolean {
  const p = state.participants[participantId];
  return p !== undefined && p.checkedInAt !== null;
}

/** Registered (not waiting, not cancelled) and not here. */
export function didNotCome(state: SessionState): Registration[] {
  return Object.values(registrationsOf(state)).filter(
    (r) => r.status === 'registered' && !isPresent(state, r.participantId),
  );
}

/** The people without a phone at a table in a round: the host calls them over by name. */
export function noPhoneAt(state: SessionState, tableId: string, round: number): Participant[] {
  return Object.values(state.participants)
    .filter((p) => p.noPhone === true && tableFor(state, p.id, round) === tableId)
    .sort((a, b) => (a.name ?? '').localeCompare(b.name ?? ''));
}
