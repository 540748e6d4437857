import { assertNever } from '../assert-never';
import type { Card, SessionState } from '../model/session';
import type { Event } from '../protocol/events';
import { apply } from './apply';
import { voteTargetOf } from './themes';
import { themeChange } from './redact-themes';
import {
  type Audience,
  callTableOf,
  cardVisible,
  redactCard,
  redactParticipant,
  redactRegistration,
  redactTables,
  seatedAt,
  seatOf,
} from './view';

/**
 * The events of one batch as an audience may receive them. Processing event by event with the
 * states in between keeps one invariant, checked by a property test:
 *
 *   applying redact(events) to view(before) gives view(after)
 *
 * so every client holds exactly its view without ever being sent more than it may see.
 */
export function redactBatch(
  before: SessionState,
  events: readonly Event[],
  audience: Audience,
  steps: readonly SessionState[] = stepsOf(before, events),
): Event[] {
  if (audience.role === 'facilitator') return [...events];
  const out: Event[] = [];
  let state = before;
  events.forEach((event, k) => {
    const next = steps[k]!;
    out.push(...redactEvent(state, next, event, audience), ...callChange(state, next, event, audience));
    state = next;
  });
  return out;
}

/** Whether this table hands its video link to the people seated there. */
function hasCall(state: SessionState, tableId: string | null): boolean {
  const table = tableId === null ? undefined : state.tables.find((t) => t.id === tableId);
  return table?.online === true && table.videoUrl != null;
}

/**
 * A participant whose call table changes (a new round, a break before one, a new seat, the
 * evening's end) gets the tables again: the old call's link goes, the new one's comes, without a
 * reload. Any event can do it (an erase takes the seats too), so every one is checked; a
 * `tables.set` already carries the tables as this audience may hold them.
 */
function callChange(before: SessionState, after: SessionState, event: Event, audience: Audience): Event[] {
  if (audience.role !== 'participant' || event.type === 'tables.set') return [];
  const from = callTableOf(before, audience);
  const to = callTableOf(after, audience);
  if (from === to || (!hasCall(before, from) && !hasCall(after, to))) return [];
  return [{ type: 'tables.set', tables: redactTables(after, after.tables, audience) }];
}

/**
 * The state after each event of a batch. The server redacts one batch for dozens of audiences;
 * computing these once instead of once per audience keeps that cost flat in the room's size.
 */
export function stepsOf(before: SessionState, events: readonly Event[]): SessionState[] {
  const steps: SessionState[] = [];
  let state = before;
  for (const event of events) {
    state = apply(state, event);
    steps.push(state);
  }
  return steps;
}

/** A card moving in or out of sight becomes an add or a remove; a change to a card out of sight is dropped. */
function cardChange(
  before: SessionState,
  after: SessionState,
  cardId: string,
  event: Event,
  audience: Audience,
): Event[] {
  const was = before.cards[cardId];
  const is = after.cards[cardId];
  const seen = was !== undefined && cardVisible(before, was, audience);
  const shown = is !== undefined && cardVisible(after, is, audience);
  // A host holds a hidden card as a stub: hiding or showing it swaps the whole card, and a change
  // to a stub's words is not theirs to receive.
  if (seen && shown && (was.hidden || is.hidden)) {
    const stub = redactCard(is, audience);
    return JSON.stringify(redactCard(was, audience)) === JSON.stringify(stub)
      ? []
      : [{ type: 'card.added', card: stub }];
  }
  if (seen && shown) return [event];
  if (!seen && shown) return [{ type: 'card.added', card: redactCard(is, audience) }];
  if (seen && !shown) return [{ type: 'card.removed', cardId }];
  return [];
}

/** When a participant changes tables (a new round, a new pick), the old table's cards go and the new one's come. */
function seatChange(before: SessionState, after: SessionState, audience: Audience): Event[] {
  if (audience.role !== 'participant' || seatOf(before, audience) === seatOf(after, audience)) return [];
  const out: Event[] = [];
  for (const card of Object.values(before.cards)) {
    const now: Card | undefined = after.cards[card.id];
    if (cardVisible(before, card, audience) && (now === undefined || !cardVisible(after, now, audience))) {
      out.push({ type: 'card.removed', cardId: card.id });
    }
  }
  for (const card of Object.values(after.cards)) {
    const was: Card | undefined = before.cards[card.id];
    if (cardVisible(after, card, audience) && (was === undefined || !cardVisible(before, was, audience))) {
      out.push({ type: 'card.added', card: redactCard(card, audience) });
    }
  }
  return out;
}

function self(audience: Audience, participantId: string | null): boolean {
  return audience.role === 'participant' && audience.participantId !== null && audience.participantId === participantId;
}

/** Events that can change who sits at a table in some round, and so whom a host tablet holds. */
const SEATING = new Set<Event['type']>([
  'participant.joined',
  'tables.picked',
  'assignment.set',
  'plan.published',
  'rounds.set',
  'agenda.set',
]);

/**
 * A seating event for a host: its part about people who stay at the table, then whoever leaves
 * (removed from the tablet) and whoever comes (their profile and seats, as if they had just joined).
 */
function hostSeating(before: SessionState, after: SessionState, event: Event, tableId: string): Event[] {
  const was = seatedAt(before, tableId);
  const is = seatedAt(after, tableId);
  const stays = (id: string) => was.has(id) && is.has(id);
  const out: Event[] = [];
  switch (event.type) {
    case 'tables.picked':
    case 'assignment.set':
      if (stays(event.participantId)) out.push(event);
      break;
    case 'plan.published':
      out.push({
        ...event,
        assignments: Object.fromEntries(Object.entries(event.assignments).filter(([id]) => stays(id))),
      });
      break;
    case 'participant.joined':
      break;
    default:
      out.push(event);
  }
  for (const id of was) if (!is.has(id)) out.push({ type: 'participant.removed', participantId: id });
  for (const id of is) {
    if (was.has(id)) continue;
    const p = after.participants[id]!;
    out.push({ type: 'participant.joined', participant: { ...p, sandwich: false } });
    for (const [round, table] of Object.entries(after.assignments[id] ?? {})) {
      out.push({ type: 'assignment.set', participantId: id, round: Number(round), tableId: table });
    }
  }
  return out;
}

/** Whether a host tablet holds this participant (they sit at its table in some round). */
function hostHolds(state: SessionState, audience: Audience, participantId: string): boolean {
  return audience.role !== 'host' || seatedAt(state, audience.tableId).has(participantId);
}

function redactEvent(before: SessionState, after: SessionState, event: Event, audience: Audience): Event[] {
  const participant = audience.role === 'participant';
  if (audience.role === 'host' && SEATING.has(event.type)) return hostSeating(before, after, event, audience.tableId);
  switch (event.type) {
    // The video links only to whom they belong (see redactTables).
    case 'tables.set':
      return [{ ...event, tables: redactTables(after, event.tables, audience) }];
    case 'session.updated':
    case 'rounds.set':
    case 'categories.set':
    case 'workingGroups.set':
    case 'session.started':
    case 'timer.set':
    case 'broadcast.set':
    case 'screen.focused':
    case 'session.ended':
    case 'summary.set':
    case 'followup.published':
    case 'door.set':
      return [event];
    // The split by group only for the screen (see view.ts); everyone else gets the totals.
    case 'voting.set':
      return audience.role === 'screen' ? [event] : [{ ...event, byGroup: null }];
    // A new phase, or an agenda edit that changes which round is played, moves people between tables.
    case 'phase.entered':
    case 'agenda.set':
      return [event, ...seatChange(before, after, audience)];

    // People: participants hear only about themselves; staff see them without what is not theirs to see.
    case 'participant.joined': {
      const shown = redactParticipant(event.participant, audience);
      return shown === null ? [] : [{ ...event, participant: shown }];
    }
    case 'profile.set': {
      if (participant && !self(audience, event.participantId)) return [];
      if (!hostHolds(before, audience, event.participantId)) return [];
      if (audience.role === 'facilitator' || participant) return [event];
      const { sandwich: _sandwich, name, ...rest } = event;
      const redacted = audience.role === 'host' && name !== undefined ? { ...rest, name } : rest;
      return Object.keys(redacted).length > 2 ? [redacted] : [];
    }
    case 'plan.published': {
      if (!participant) return [event];
      // Everyone learns that a plan is out; each participant gets only their own seats.
      const own = audience.participantId === null ? undefined : event.assignments[audience.participantId];
      if (own === undefined || audience.participantId === null) return [{ ...event, assignments: {} }];
      return [{ ...event, assignments: { [audience.participantId]: own } }, ...seatChange(before, after, audience)];
    }
    case 'tables.picked':
    case 'assignment.set':
      if (participant && !self(audience, event.participantId)) return [];
      return [event, ...seatChange(before, after, audience)];
    case 'participant.checkedIn':
    case 'participant.checkedOut':
      if (!hostHolds(before, audience, event.participantId)) return [];
      return participant && !self(audience, event.participantId) ? [] : [event];
    case 'vote.cast':
    case 'vote.withdrawn':
      if (audience.role === 'desk' || audience.role === 'host') return [];
      // The screen counts dots per card (see dotsByCard): the card stands where the person was.
      if (audience.role === 'screen') return [{ ...event, participantId: voteTargetOf(event) }];
      return participant && !self(audience, event.participantId) ? [] : [event];
    case 'participant.erased':
      // Their dots go with them; the screen's totals drop by exactly those.
      if (audience.role === 'screen') {
        const dots = before.votes[event.participantId] ?? [];
        const on = (target: string) => (before.voting.on === 'themes' ? { themeId: target } : { cardId: target });
        return [...dots.map((t): Event => ({ type: 'vote.withdrawn', participantId: t, ...on(t) })), event];
      }
      if (!hostHolds(before, audience, event.participantId)) return [];
      return participant && !self(audience, event.participantId) ? [] : [event];
    case 'participant.removed':
      if (!hostHolds(before, audience, event.participantId)) return [];
      return participant && !self(audience, event.participantId) ? [] : [event];
    case 'member.linked':
      return audience.role === 'facilitator' ? [event] : [];
    case 'participants.removed': {
      if (!participant) return [event];
      const me = audience.participantId;
      return me !== null && event.participantIds.includes(me) ? [{ ...event, participantIds: [me] }] : [];
    }

    case 'card.added':
      return cardVisible(after, event.card, audience)
        ? [{ type: 'card.added', card: redactCard(event.card, audience) }]
        : [];
    case 'card.edited':
    case 'card.removed':
    case 'card.highlighted':
    case 'card.hidden':
    case 'card.merged':
    case 'card.unmerged':
      return cardChange(before, after, event.cardId, event, audience);

    case 'theme.added':
    case 'theme.renamed':
    case 'theme.accepted':
    case 'theme.cardsPlaced':
    case 'theme.merged':
    case 'theme.removed':
      return themeChange(before, after, event, audience);

    // Keep-together teams are the facilitators' alone (see view.ts).
    case 'team.set':
    case 'team.removed':
      return [];

    // The info point: the desk sees every question; a participant sees their own.
    case 'question.asked':
      return audience.role === 'desk' || self(audience, event.question.authorId) ? [event] : [];
    case 'question.triaged':
    case 'question.answered':
    case 'question.hidden':
      return audience.role === 'desk' || self(audience, before.questions[event.questionId]?.authorId ?? null)
        ? [event]
        : [];
    // A merge also moves the duplicates of the merged question: their authors hear of it too.
    case 'question.merged':
      return audience.role === 'desk' || mergeAuthors(before, event.questionId).some((a) => self(audience, a))
        ? [event]
        : [];

    // Contact details go to facilitators and the person who left them, nobody else.
    case 'signup.added':
      if (participant) return self(audience, event.signup.participantId) ? [event] : [];
      return audience.role === 'host' || audience.role === 'screen'
        ? []
        : [{ ...event, signup: { ...event.signup, contact: null } }];
    case 'signup.withdrawn':
      if (participant) return self(audience, before.signups[event.signupId]?.participantId ?? null) ? [event] : [];
      return audience.role === 'host' || audience.role === 'screen' ? [] : [event];

    // Registrations: the facilitators whole, the desk without e-mail and phone (see view.ts).
    case 'signupPage.set':
      return [event];
    case 'registrations.added': {
      const shown = event.registrations.flatMap((r) => redactRegistration(r, audience) ?? []);
      return shown.length === 0 ? [] : [{ ...event, registrations: shown }];
    }
    case 'registration.cancelled':
    case 'registration.promoted':
    case 'registration.erased':
      return audience.role === 'desk' ? [event] : [];
    default:
      return assertNever(event);
  }
}

/** Whose questions a merge of `questionId` changes: its author and the authors of its duplicates. */
function mergeAuthors(state: SessionState, questionId: string): (string | null)[] {
  return Object.values(state.questions)
    .filter((q) => q.id === questionId || q.mergedInto === questionId)
    .map((q) => q.authorId);
}

/**
 * The participants whose events differ from their table-mates' for this batch: the server sends
 * them a personal copy and everyone else the shared one.
 */
export function involvedParticipants(
  before: SessionState,
  events: readonly Event[],
  steps: readonly SessionState[] = stepsOf(before, events),
): Set<string> {
  const ids = new Set<string>();
  const add = (id: string | null | undefined) => {
    if (id !== null && id !== undefined && id in before.participants) ids.add(id);
  };
  let state = before;
  events.forEach((event, k) => {
    const next = steps[k]!;
    switch (event.type) {
      case 'participant.joined':
        ids.add(event.participant.id);
        break;
      case 'phase.entered':
      case 'agenda.set':
        for (const id of authorsMovingPastTheirCards(state, next)) ids.add(id);
        break;
      case 'plan.published':
        for (const id of Object.keys(event.assignments)) add(id);
        break;
      case 'profile.set':
      case 'tables.picked':
      case 'participant.checkedIn':
      case 'participant.erased':
      case 'assignment.set':
      case 'vote.cast':
      case 'vote.withdrawn':
        add(event.participantId);
        break;
      case 'card.added':
        add(event.card.authorId);
        break;
      case 'card.edited':
      case 'card.removed':
      case 'card.highlighted':
      case 'card.hidden':
      case 'card.merged':
      case 'card.unmerged':
        add(state.cards[event.cardId]?.authorId);
        break;
      case 'question.asked':
        add(event.question.authorId);
        break;
      case 'question.triaged':
      case 'question.answered':
      case 'question.hidden':
        add(state.questions[event.questionId]?.authorId);
        break;
      case 'question.merged':
        for (const a of mergeAuthors(state, event.questionId)) add(a);
        break;
      case 'signup.added':
        add(event.signup.participantId);
        break;
      case 'signup.withdrawn':
        add(state.signups[event.signupId]?.participantId);
        break;
      case 'participants.removed':
        for (const id of event.participantIds) add(id);
        break;
      default:
        break;
    }
    state = next;
  });
  return ids;
}

/**
 * When people change tables, a card comes into (or out of) sight. Its author must receive it
 * with their own name on it, unlike their table-mates, so they get a personal copy.
 */
function authorsMovingPastTheirCards(before: SessionState, after: SessionState): Set<string> {
  const ids = new Set<string>();
  for (const card of Object.values(before.cards)) {
    const author = card.authorId;
    if (card.authorRole !== 'participant' || author === null || ids.has(author) || !(author in before.participants))
      continue;
    const audience: Audience = { role: 'participant', participantId: author };
    const from = seatOf(before, audience);
    const to = seatOf(after, audience);
    if (from !== to && (card.tableId === from || card.tableId === to)) ids.add(author);
  }
  return ids;
}
