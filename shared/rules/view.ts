import type { Card, Participant, SessionState } from '../model/session';
import { currentRound, latestRound, tableFor } from './phase';

/**
 * Who looks at the state. Participants are the only audience whose view depends on who they
 * are: they see themselves, their own questions and sign-ups, and the cards of the table they
 * sit at (plus every table's highlights, to vote on), knowing which of those they wrote. `participantId: null` is "any participant
 * this change does not concern", seated by `tables` — the server sends such a participant the
 * same events as everyone else with the same seats.
 */
export type Audience =
  | { role: 'facilitator' }
  | { role: 'host'; tableId: string }
  | { role: 'desk' }
  | { role: 'screen' }
  | { role: 'participant'; participantId: string }
  | { role: 'participant'; participantId: null; tables: (round: number) => string | null };

/** The round whose table a participant is at: the current one, or in a break the one just played. */
export function seatRound(state: SessionState): number | null {
  return currentRound(state) ?? latestRound(state);
}

export function seatOf(state: SessionState, audience: Audience): string | null {
  if (audience.role !== 'participant') return null;
  const round = seatRound(state);
  if (round === null) return null;
  return audience.participantId === null ? audience.tables(round) : tableFor(state, audience.participantId, round);
}

function isSelf(audience: Audience, participantId: string | null): boolean {
  return audience.role === 'participant' && audience.participantId !== null && audience.participantId === participantId;
}

export function cardVisible(state: SessionState, card: Card, audience: Audience): boolean {
  if (audience.role === 'facilitator') return true;
  // Moderated cards exist only for facilitators.
  if (card.hidden || card.mergedInto !== null) return false;
  switch (audience.role) {
    case 'screen':
      return true;
    case 'desk':
      return false;
    case 'host':
      return card.tableId === audience.tableId || card.highlighted;
    case 'participant':
      // Only where they sit, not "their own cards everywhere": then everyone at a table receives
      // the very same events when the round changes, one copy per table instead of per person.
      return card.highlighted || card.tableId === seatOf(state, audience);
  }
}

/** Who wrote a participant's card is known to facilitators and the author only. */
export function redactCard(card: Card, audience: Audience): Card {
  if (audience.role === 'facilitator' || card.authorRole !== 'participant' || isSelf(audience, card.authorId))
    return card;
  return card.authorId === null ? card : { ...card, authorId: null };
}

/** What staff roles see of a participant: hosts see names (people sit at their table), the screen and desk do not. */
export function redactParticipant(p: Participant, audience: Audience): Participant | null {
  if (audience.role === 'facilitator' || isSelf(audience, p.id)) return p;
  if (audience.role === 'participant') return null;
  return { ...p, name: audience.role === 'host' ? p.name : null, sandwich: false };
}

function filterRecord<T, U>(record: Record<string, T>, map: (value: T) => U | null): Record<string, U> {
  const out: Record<string, U> = {};
  for (const [id, value] of Object.entries(record)) {
    const mapped = map(value);
    if (mapped !== null) out[id] = mapped;
  }
  return out;
}

/**
 * The part of the state an audience may hold. Events are redacted to match (see redact.ts), so
 * a client that applies its redacted events to its view always has exactly this.
 */
export function view(state: SessionState, audience: Audience): SessionState {
  if (audience.role === 'facilitator') return state;
  const participant = audience.role === 'participant';
  const own = (pid: string | null) => isSelf(audience, pid);
  return {
    ...state,
    participants: filterRecord(state.participants, (p) => redactParticipant(p, audience)),
    cards: filterRecord(state.cards, (c) => (cardVisible(state, c, audience) ? redactCard(c, audience) : null)),
    questions:
      audience.role === 'desk'
        ? state.questions
        : participant
          ? filterRecord(state.questions, (q) => (own(q.authorId) ? q : null))
          : {},
    // A host tablet shows its table, not who signed up or voted where: it is not sent either.
    signups: participant
      ? filterRecord(state.signups, (s) => (own(s.participantId) ? s : null))
      : audience.role === 'host'
        ? {}
        : filterRecord(state.signups, (s) => ({ ...s, contact: null })),
    // The desk holds no cards, so it holds no dots either (they follow the cards they are on).
    votes: participant
      ? ownKeys(state.votes, audience)
      : audience.role === 'desk' || audience.role === 'host'
        ? {}
        : state.votes,
    assignments: participant ? ownKeys(state.assignments, audience) : state.assignments,
  };
}

function ownKeys<T>(record: Record<string, T>, audience: Audience): Record<string, T> {
  if (audience.role !== 'participant' || audience.participantId === null) return {};
  const value = record[audience.participantId];
  return value === undefined ? {} : { [audience.participantId]: value };
}
