import {
  type Card,
  type Participant,
  type Registration,
  type SessionState,
  type Table,
  type Theme,
  themesOf,
} from '../model/session';
import { currentRound, latestRound, phaseIndex, tableFor } from './phase';

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

/**
 * The round whose video call a participant may join: the round being played, or in a break the
 * round that comes right after it (people look up their call before it starts). None before the
 * evening, after it, or in any other phase: the link is for the people of that round only.
 */
export function callRound(state: SessionState): number | null {
  if (state.status !== 'live') return null;
  const now = currentRound(state);
  if (now !== null) return now;
  const index = phaseIndex(state);
  if (state.agenda[index]?.kind !== 'break') return null;
  const next = state.agenda[index + 1];
  return next?.kind === 'table-round' ? next.round : null;
}

/** The table whose video call a participant may join now (see callRound), or null. */
export function callTableOf(state: SessionState, audience: Audience): string | null {
  if (audience.role !== 'participant') return null;
  const round = callRound(state);
  if (round === null) return null;
  return audience.participantId === null ? audience.tables(round) : tableFor(state, audience.participantId, round);
}

/**
 * An online table's video link lets whoever has it into the call, so it is kept like a host code:
 * facilitators hold every link, a host its own table's, a participant only the link of the
 * online table they sit at in the call round (callRound). Everyone else (other hosts and
 * participants, the desk, the screen, the public report) holds the tables without it; that a
 * table is online is no secret.
 */
export function redactTables(state: SessionState, tables: readonly Table[], audience: Audience): Table[] {
  if (audience.role === 'facilitator') return [...tables];
  const own =
    audience.role === 'host' ? audience.tableId : audience.role === 'participant' ? callTableOf(state, audience) : null;
  return tables.map((table) => {
    if (table.videoUrl === undefined) return table;
    // A null link is dropped too, so a view holds `videoUrl` exactly when it holds a call to join.
    if (table.id === own && table.online === true && table.videoUrl !== null) return table;
    const { videoUrl: _hidden, ...rest } = table;
    return rest;
  });
}

function isSelf(audience: Audience, participantId: string | null): boolean {
  return audience.role === 'participant' && audience.participantId !== null && audience.participantId === participantId;
}

export function cardVisible(state: SessionState, card: Card, audience: Audience): boolean {
  if (audience.role === 'facilitator') return true;
  // A host tidies their own table's duplicates, so they hold its merged cards (to undo a merge),
  // and learns that a card of theirs was hidden (without its text: see redactCard).
  if (audience.role === 'host' && card.tableId === audience.tableId) return true;
  // Moderated cards exist only for facilitators.
  if (card.hidden || card.mergedInto !== null) return false;
  switch (audience.role) {
    case 'screen':
      return true;
    case 'desk':
      return false;
    case 'host':
      return card.highlighted;
    case 'participant':
      // Only where they sit, not "their own cards everywhere": then everyone at a table receives
      // the very same events when the round changes, one copy per table instead of per person.
      return card.highlighted || card.tableId === seatOf(state, audience);
  }
}

/**
 * Who wrote a participant's card is known to facilitators and the author only. A hidden card
 * reaches its table's host as a stub: that it was there and hidden (kind, round, by which role),
 * never its words, since the facilitator may have hidden it for what it says and the tablet
 * stands on an open table.
 */
export function redactCard(card: Card, audience: Audience): Card {
  if (audience.role === 'facilitator') return card;
  const shown = audience.role === 'host' && card.hidden ? withoutWords(card) : card;
  if (shown.authorRole !== 'participant' || isSelf(audience, shown.authorId)) return shown;
  return shown.authorId === null ? shown : { ...shown, authorId: null };
}

/** A hidden card's stub: its owner and date say as much as its text, so they go with it. */
function withoutWords(card: Card): Card {
  const stub: Card = { ...card, text: '', tags: [], editedAt: null };
  if (card.owner != null) stub.owner = null;
  if (card.due != null) stub.due = null;
  return stub;
}

/**
 * What staff roles see of a participant: a host sees the names of the people at its table (see
 * `seatedAt` for who that is), the screen and desk see no names.
 */
export function redactParticipant(p: Participant, audience: Audience): Participant | null {
  if (audience.role === 'facilitator') return p;
  // Who is a programme member links this person across sessions: facilitators only, not even the person.
  const { memberId: _memberId, ...shown } = p;
  if (isSelf(audience, p.id)) return shown;
  if (audience.role === 'participant') return null;
  // The desk added the people without a phone by name (at the door), and ticks them off by it.
  const named = audience.role === 'host' || (audience.role === 'desk' && p.noPhone === true);
  return { ...shown, name: named ? p.name : null, sandwich: false };
}

/**
 * A registration is personal data: facilitators hold it whole, the desk (which ticks people in
 * at the door) without e-mail and phone, nobody else any of it.
 */
export function redactRegistration(r: Registration, audience: Audience): Registration | null {
  if (audience.role === 'facilitator') return r;
  return audience.role === 'desk' ? { ...r, email: null, phone: null } : null;
}

/** Every round of the evening: those the rounds setup counts and those the agenda plays. */
function eveningRounds(state: SessionState): number[] {
  const rounds = new Set<number>();
  for (let r = 1; r <= state.rounds.count; r++) rounds.add(r);
  for (const phase of state.agenda) if (phase.round !== null) rounds.add(phase.round);
  return [...rounds];
}

/**
 * The participants a host tablet holds: whoever sits at its table in some round of the evening,
 * this round's and the others' (the host sees who is coming). Nobody else, not even by id.
 */
export function seatedAt(state: SessionState, tableId: string): Set<string> {
  const rounds = eveningRounds(state);
  const ids = new Set<string>();
  for (const id of Object.keys(state.participants)) {
    if (rounds.some((r) => tableFor(state, id, r) === tableId)) ids.add(id);
  }
  return ids;
}

function filterRecord<T, U>(record: Record<string, T>, map: (value: T, id: string) => U | null): Record<string, U> {
  const out: Record<string, U> = {};
  for (const [id, value] of Object.entries(record)) {
    const mapped = map(value, id);
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
  const seated = audience.role === 'host' ? seatedAt(state, audience.tableId) : null;
  const people = <T>(record: Record<string, T>) =>
    seated === null ? record : filterRecord(record, (value, id) => (seated.has(id) ? value : null));
  // Keep-together teams name participants and say who came with whom: they are the planner's,
  // so only facilitators hold them (redact.ts sends nobody else their events).
  const { teams: _teams, registrations, ...shared } = state;
  return {
    ...shared,
    ...(audience.role === 'desk' && registrations !== undefined
      ? { registrations: filterRecord(registrations, (r) => redactRegistration(r, audience)) }
      : {}),
    tables: redactTables(state, state.tables, audience),
    participants: people(filterRecord(state.participants, (p) => redactParticipant(p, audience))),
    cards: filterRecord(state.cards, (c) => (cardVisible(state, c, audience) ? redactCard(c, audience) : null)),
    questions:
      audience.role === 'desk'
        ? state.questions
        : participant
          ? filterRecord(state.questions, (q) => (own(q.authorId) ? q : null))
          : {},
    // A host tablet shows its table, and the screen totals: neither is sent who signed up or
    // voted where.
    signups: participant
      ? filterRecord(state.signups, (s) => (own(s.participantId) ? s : null))
      : audience.role === 'host' || audience.role === 'screen'
        ? {}
        : filterRecord(state.signups, (s) => ({ ...s, contact: null })),
    // The desk holds no cards, so it holds no dots either (they follow the cards they are on).
    votes: participant
      ? ownKeys(state.votes, audience)
      : audience.role === 'desk' || audience.role === 'host'
        ? {}
        : audience.role === 'screen'
          ? dotsByCard(state.votes)
          : state.votes,
    assignments: participant ? ownKeys(state.assignments, audience) : people(state.assignments),
    themes: filterRecord(themesOf(state), (t) => (themeVisible(t, audience) ? t : null)),
    // The split by group is for the facilitator to show when they choose: it can tell how the two
    // or three people of a small group voted, so phones and tablets do not get it.
    voting: audience.role === 'screen' ? state.voting : { ...state.voting, byGroup: null },
  };
}

/**
 * The themes of the evening are for everyone who holds cards; a host's proposal only for that
 * host (and facilitators) until it is accepted. The desk holds no cards, so no themes either.
 * A theme's card ids are not secret: a viewer who cannot see a card just does not show it.
 */
export function themeVisible(theme: Theme, audience: Audience): boolean {
  switch (audience.role) {
    case 'facilitator':
      return true;
    case 'desk':
      return false;
    case 'host':
      return theme.proposedBy === null || theme.proposedBy === audience.tableId;
    case 'screen':
    case 'participant':
      return theme.proposedBy === null;
  }
}

/**
 * The dots as the screen holds them: keyed by the card they are on instead of by person, so the
 * tally is the same while nobody's votes can be told apart. A redacted `vote.cast` names the card
 * where the person was (see redact.ts), so applying it keeps exactly this shape.
 */
export function dotsByCard(votes: Record<string, string[]>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const dots of Object.values(votes)) {
    for (const cardId of dots) {
      const same = out[cardId];
      if (same === undefined) out[cardId] = [cardId];
      else same.push(cardId);
    }
  }
  return out;
}

function ownKeys<T>(record: Record<string, T>, audience: Audience): Record<string, T> {
  if (audience.role !== 'participant' || audience.participantId === null) return {};
  const value = record[audience.participantId];
  return value === undefined ? {} : { [audience.participantId]: value };
}
