import { assertNever } from '../assert-never';
import {
  type Card,
  type Registration,
  registrationsOf,
  type SessionState,
  type Theme,
  teamsOf,
  themesOf,
} from '../model/session';
import type { Batch, Event } from '../protocol/events';
import { outlivesPhase } from './broadcast';
import { withoutMembers } from './teams';
import { placeCards, voteTargetOf, withoutCards } from './themes';

/**
 * Applies one event to a state and returns the new state; the input is never changed.
 *
 * The same function runs on the server (the full state) and in every client (its role's view),
 * so it tolerates entities that are missing from a view: an event about a card the viewer cannot
 * see changes nothing rather than failing.
 */
export function apply(state: SessionState, event: Event): SessionState {
  switch (event.type) {
    case 'session.updated': {
      const { type: _type, ...fields } = event;
      return { ...state, ...definedOnly(fields) };
    }
    case 'agenda.set':
      return { ...state, agenda: event.phases };
    case 'tables.set':
      return { ...state, tables: event.tables };
    case 'rounds.set':
      return { ...state, rounds: event.rounds };
    case 'categories.set':
      return { ...state, infoCategories: event.categories };
    case 'workingGroups.set':
      return { ...state, workingGroups: event.groups };
    case 'session.started':
      return { ...state, status: 'live' };
    case 'phase.entered':
      return {
        ...state,
        currentPhaseId: event.phaseId,
        phaseLog: [...state.phaseLog, { phaseId: event.phaseId, startedAt: event.at }],
        broadcast: outlivesPhase(state.broadcast, event.at) ? state.broadcast : null,
        screenFocus: null,
      };
    case 'screen.focused':
      return { ...state, screenFocus: event.focus };
    case 'timer.set':
      return { ...state, timer: event.timer };
    case 'broadcast.set':
      return {
        ...state,
        broadcast: event.text === null ? null : { text: event.text, at: event.at, endsAt: event.endsAt ?? null },
      };
    case 'voting.set': {
      const on = event.on ?? 'highlights';
      const voting = { open: event.open, dots: event.dots, results: event.results, on, byGroup: event.byGroup ?? null };
      return { ...state, voting, votes: on === (state.voting.on ?? 'highlights') ? state.votes : {} };
    }
    case 'assignment.set': {
      const rounds = { ...state.assignments[event.participantId], [String(event.round)]: event.tableId };
      return { ...state, assignments: { ...state.assignments, [event.participantId]: rounds } };
    }
    case 'plan.published':
      return { ...state, assignments: { ...state.assignments, ...event.assignments }, planPublishedAt: event.at };
    case 'session.ended':
      return { ...state, status: 'ended', timer: null, voting: { ...state.voting, open: false } };
    case 'participant.joined':
      return { ...state, participants: { ...state.participants, [event.participant.id]: event.participant } };
    case 'profile.set': {
      const { type: _type, participantId, ...fields } = event;
      return updateIn(state, 'participants', participantId, (p) => ({ ...p, ...definedOnly(fields) }));
    }
    case 'tables.picked':
      return updateIn(state, 'participants', event.participantId, (p) => ({ ...p, picks: event.picks }));
    case 'participant.checkedIn':
      return updateIn(state, 'participants', event.participantId, (p) => ({ ...p, checkedInAt: event.at }));
    case 'participant.checkedOut':
      return updateIn(state, 'participants', event.participantId, (p) => ({ ...p, checkedInAt: null }));
    case 'signupPage.set':
      return { ...state, signupPage: event.settings };
    case 'registrations.added': {
      const registrations = { ...registrationsOf(state) };
      for (const r of event.registrations) registrations[r.id] = r;
      return { ...state, registrations };
    }
    case 'registration.cancelled':
      return withRegistration(state, event.registrationId, (r) => ({ ...r, status: 'cancelled' }));
    case 'registration.promoted':
      return withRegistration(state, event.registrationId, (r) => ({ ...r, status: 'registered' }));
    case 'registration.erased':
      return state.registrations === undefined
        ? state
        : { ...state, registrations: omit(state.registrations, event.registrationId) };
    case 'participant.erased':
      return erase(state, new Set([event.participantId]));
    case 'participant.removed':
      return {
        ...state,
        participants: omit(state.participants, event.participantId),
        assignments: omit(state.assignments, event.participantId),
      };
    case 'door.set':
      return { ...state, doorClosedAt: event.closedAt };
    case 'participants.removed':
      return erase(state, new Set(event.participantIds));
    case 'card.added':
      return { ...state, cards: { ...state.cards, [event.card.id]: event.card } };
    case 'card.edited': {
      const { type: _type, cardId, at, ...fields } = event;
      return updateIn(state, 'cards', cardId, (c) => ({ ...c, ...definedOnly(fields), editedAt: at }));
    }
    case 'card.removed':
      return withoutVotesOn({ ...state, cards: omit(state.cards, event.cardId) }, event.cardId);
    case 'card.highlighted': {
      const next = updateIn(state, 'cards', event.cardId, (c) => ({ ...c, highlighted: event.on }));
      return event.on ? next : withoutVotesOn(next, event.cardId);
    }
    case 'card.hidden': {
      const next = updateIn(state, 'cards', event.cardId, (c) => ({
        ...c,
        hidden: event.hidden,
        highlighted: event.hidden ? false : c.highlighted,
      }));
      return event.hidden ? withoutVotesOn(next, event.cardId) : next;
    }
    case 'card.merged': {
      const next = updateIn(state, 'cards', event.cardId, (c) => ({
        ...c,
        mergedInto: event.intoCardId,
        highlighted: false,
      }));
      return withoutVotesOn(next, event.cardId);
    }
    case 'card.unmerged':
      return updateIn(state, 'cards', event.cardId, (c) => ({ ...c, mergedInto: null }));
    case 'summary.set':
      return { ...state, summaries: { ...state.summaries, [event.tableId]: event.text } };
    case 'vote.cast':
      return {
        ...state,
        votes: {
          ...state.votes,
          [event.participantId]: [...(state.votes[event.participantId] ?? []), voteTargetOf(event)],
        },
      };
    case 'vote.withdrawn': {
      const dots = state.votes[event.participantId] ?? [];
      const at = dots.lastIndexOf(voteTargetOf(event));
      if (at === -1) return state;
      const rest = dots.filter((_, i) => i !== at);
      return {
        ...state,
        votes:
          rest.length === 0 ? omit(state.votes, event.participantId) : { ...state.votes, [event.participantId]: rest },
      };
    }
    case 'question.asked':
      return { ...state, questions: { ...state.questions, [event.question.id]: event.question } };
    case 'question.triaged': {
      const { type: _type, questionId, ...fields } = event;
      return updateIn(state, 'questions', questionId, (q) => ({ ...q, ...definedOnly(fields) }));
    }
    case 'question.answered':
      return updateIn(state, 'questions', event.questionId, (q) => ({
        ...q,
        answer: event.answer,
        status: event.status,
      }));
    case 'question.hidden':
      return updateIn(state, 'questions', event.questionId, (q) => ({ ...q, hidden: event.hidden }));
    case 'question.merged': {
      if (event.intoQuestionId === null)
        return updateIn(state, 'questions', event.questionId, (q) => ({ ...q, mergedInto: null }));
      const questions: SessionState['questions'] = {};
      for (const [id, q] of Object.entries(state.questions)) {
        questions[id] =
          id === event.questionId || q.mergedInto === event.questionId ? { ...q, mergedInto: event.intoQuestionId } : q;
      }
      return { ...state, questions };
    }
    case 'theme.added': {
      const themes = withoutCards(themesOf(state), event.theme.cardIds);
      return { ...state, themes: { ...themes, [event.theme.id]: event.theme } };
    }
    case 'theme.renamed':
      return updateTheme(state, event.themeId, (t) => ({ ...t, label: event.label }));
    case 'theme.accepted':
      return updateTheme(state, event.themeId, (t) => ({ ...t, proposedBy: null }));
    case 'theme.cardsPlaced':
      return { ...state, themes: placeCards(themesOf(state), event.cardIds, event.themeId, event.index) };
    case 'theme.merged': {
      const themes = themesOf(state);
      const from = Object.hasOwn(themes, event.themeId) ? themes[event.themeId]!.cardIds : [];
      const next = { ...state, themes: placeCards(omit(themes, event.themeId), from, event.intoThemeId, null) };
      return withoutVotesOn(next, event.themeId);
    }
    case 'theme.removed':
      return withoutVotesOn({ ...state, themes: omit(themesOf(state), event.themeId) }, event.themeId);
    case 'team.set': {
      const others = withoutMembers(omit(teamsOf(state), event.team.id), new Set(event.team.memberIds));
      return { ...state, teams: { ...others, [event.team.id]: event.team } };
    }
    case 'team.removed':
      return state.teams === undefined ? state : { ...state, teams: omit(state.teams, event.teamId) };
    case 'followup.published':
      return { ...state, followupPublishedAt: event.at };
    case 'member.linked': {
      const p = state.participants[event.participantId];
      if (p === undefined) return state;
      return { ...state, participants: { ...state.participants, [p.id]: { ...p, memberId: event.memberId } } };
    }
    case 'signup.added':
      return { ...state, signups: { ...state.signups, [event.signup.id]: event.signup } };
    case 'signup.withdrawn':
      return { ...state, signups: omit(state.signups, event.signupId) };
    default:
      return assertNever(event);
  }
}

/** Applies the events of one accepted command; the result carries the batch's version. */
export function applyBatch(state: SessionState, batch: Batch): SessionState {
  let next = state;
  for (const event of batch.events) next = apply(next, event);
  return { ...next, version: batch.v };
}

type Keyed = 'participants' | 'cards' | 'questions';
type EntityOf<K extends Keyed> = SessionState[K][string];

function updateIn<K extends Keyed>(
  state: SessionState,
  key: K,
  id: string,
  change: (entity: EntityOf<K>) => EntityOf<K>,
): SessionState {
  // Own keys only: an inherited name (`constructor`) must read as "not there", like in `omit`.
  if (!Object.hasOwn(state[key], id)) return state;
  const current = state[key][id] as EntityOf<K>;
  return { ...state, [key]: { ...state[key], [id]: change(current) } };
}

function withRegistration(state: SessionState, id: string, change: (r: Registration) => Registration): SessionState {
  const r = state.registrations?.[id];
  return r === undefined ? state : { ...state, registrations: { ...state.registrations, [id]: change(r) } };
}

function omit<T>(record: Record<string, T>, id: string): Record<string, T> {
  if (!Object.hasOwn(record, id)) return record;
  const { [id]: _gone, ...rest } = record;
  return rest;
}

/** Optional event fields that are absent mean "unchanged", so they must not overwrite with undefined. */
function definedOnly<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function updateTheme(state: SessionState, id: string, change: (theme: Theme) => Theme): SessionState {
  const themes = themesOf(state);
  if (!Object.hasOwn(themes, id)) return state;
  return { ...state, themes: { ...themes, [id]: change(themes[id]!) } };
}

/** A card or theme that left the harvest (withdrawn, hidden, merged, unhighlighted, deleted) gives its dots back. */
function withoutVotesOn(state: SessionState, cardId: string): SessionState {
  let changed = false;
  const votes: Record<string, string[]> = {};
  for (const [pid, dots] of Object.entries(state.votes)) {
    const rest = dots.filter((id) => id !== cardId);
    if (rest.length !== dots.length) changed = true;
    if (rest.length > 0) votes[pid] = rest;
  }
  return changed ? { ...state, votes } : state;
}

/**
 * "Erase my data": the person, their sign-ups (with contact details), votes, seat plan and place
 * in a keep-together team go; their idea cards and questions stay (they belong to the evening's
 * harvest) but no longer point to them. One pass for any number of people: removing a flood of thousands costs one copy.
 */
function erase(state: SessionState, ids: ReadonlySet<string>): SessionState {
  const cards: Record<string, Card> = {};
  for (const [id, card] of Object.entries(state.cards)) {
    cards[id] =
      card.authorRole === 'participant' && card.authorId !== null && ids.has(card.authorId)
        ? { ...card, authorId: null }
        : card;
  }
  const without = <T>(record: Record<string, T>) =>
    Object.fromEntries(Object.entries(record).filter(([pid]) => !ids.has(pid)));
  return {
    ...state,
    participants: without(state.participants),
    cards,
    // Questions stay for the follow-up answers everyone gets, without a name to them.
    questions: Object.fromEntries(
      Object.entries(state.questions).map(([id, q]) => [
        id,
        q.authorId !== null && ids.has(q.authorId) ? { ...q, authorId: null } : q,
      ]),
    ),
    signups: Object.fromEntries(Object.entries(state.signups).filter(([, s]) => !ids.has(s.participantId))),
    votes: without(state.votes),
    assignments: without(state.assignments),
    // A view without teams (everyone but facilitators) stays without.
    ...(state.teams === undefined ? {} : { teams: withoutMembers(state.teams, ids) }),
    // Their sign-up before the evening goes with them; a view without registrations stays without.
    ...(state.registrations === undefined
      ? {}
      : {
          registrations: Object.fromEntries(
            Object.entries(state.registrations).filter(([, r]) => !ids.has(r.participantId)),
          ),
        }),
  };
}
