import type { Command } from '../../protocol/commands';
import { fail } from '../../protocol/errors';
import { LIMITS } from '../../protocol/limits';
import type { Card, SessionState } from '../../model/session';
import { type Actor, authorKey } from '../actor';
import { currentRound, latestRound, tableFor } from '../phase';
import { accept, type Decision, nothing } from './result';
import { outOfTheme } from './themes';

type Of<T extends Command['type']> = Extract<Command, { type: T }>;

/** Which table a new card goes to, or why it cannot be added there. */
function targetTable(state: SessionState, c: Of<'card.add'>, actor: Actor): string | Decision {
  switch (actor.role) {
    case 'host':
      if (c.tableId !== undefined && c.tableId !== actor.tableId)
        return fail('FORBIDDEN', 'a host adds cards to their own table', 'tableId');
      return actor.tableId;
    case 'participant': {
      const round = currentRound(state);
      if (round === null) return fail('WRONG_PHASE', 'cards are added during a table round');
      // The table they sit at (from the plan, or their pick while there is none), and no other:
      // without a seat this round there is no table to write at, not "any table they name".
      const seat = tableFor(state, actor.participantId, round);
      if (seat === null) return fail('FORBIDDEN', 'you have no table this round', 'tableId');
      if (c.tableId !== undefined && c.tableId !== seat)
        return fail('FORBIDDEN', 'you sit at another table this round', 'tableId');
      return seat;
    }
    default:
      return c.tableId ?? fail('VALIDATION', 'choose a table', 'tableId');
  }
}

/** Owner and date belong to a recommendation: on another kind they would be lost in the report. */
function followUpMisplaced(kind: Card['kind'], c: { owner?: string | null; due?: string | null }): Decision | null {
  if (kind === 'recommendation') return null;
  if (c.owner != null) return fail('VALIDATION', 'only a recommendation has an owner', 'owner');
  if (c.due != null) return fail('VALIDATION', 'only a recommendation has a date', 'due');
  return null;
}

export function cardAdd(state: SessionState, c: Of<'card.add'>, actor: Actor, now: number): Decision {
  if (state.status !== 'live') return fail('WRONG_PHASE', 'cards are added during the evening');
  if (c.cardId in state.cards) return fail('CONFLICT', 'a card with this id exists', 'cardId');
  const misplaced = followUpMisplaced(c.kind, c);
  if (misplaced !== null) return misplaced;
  const tableId = targetTable(state, c, actor);
  if (typeof tableId !== 'string') return tableId;
  if (!state.tables.some((t) => t.id === tableId)) return fail('NOT_FOUND', 'no such table', 'tableId');
  const card: Card = {
    id: c.cardId,
    tableId,
    // Written in the break after a round, a card still belongs to that round's conversation.
    round: currentRound(state) ?? latestRound(state),
    kind: c.kind,
    text: c.text,
    tags: c.tags,
    authorRole: actor.role === 'participant' ? 'participant' : actor.role === 'host' ? 'host' : 'facilitator',
    authorId: authorKey(actor),
    createdAt: now,
    editedAt: null,
    hidden: false,
    highlighted: false,
    mergedInto: null,
    ...(c.kind === 'recommendation' ? { owner: c.owner ?? null, due: c.due ?? null } : {}),
  };
  return accept({ type: 'card.added', card });
}

/** A card as the actor may address it: hidden and merged cards do not exist for non-facilitators. */
function visibleCard(state: SessionState, cardId: string, actor: Actor): Card | null {
  const card = state.cards[cardId];
  if (card === undefined) return null;
  if (actor.role !== 'facilitator' && (card.hidden || card.mergedInto !== null)) return null;
  return card;
}

function ownCard(state: SessionState, cardId: string, actor: Actor): Card | Decision {
  if (state.status !== 'live') return fail('WRONG_PHASE', 'cards can be changed during the evening');
  const card = visibleCard(state, cardId, actor);
  if (card === null) return fail('NOT_FOUND', 'no such card', 'cardId');
  if (card.authorId !== authorKey(actor)) return fail('FORBIDDEN', 'only the author can change a card', 'cardId');
  return card;
}

/**
 * The facilitator gathers the recommendations: they may name the owner and date of anyone's,
 * also after the evening; the words stay the author's.
 */
function followUpOnly(state: SessionState, c: Of<'card.edit'>, actor: Actor): Card | null {
  if (actor.role !== 'facilitator' || c.text !== undefined || c.kind !== undefined || c.tags !== undefined) return null;
  const card = state.cards[c.cardId];
  return card?.kind === 'recommendation' ? card : null;
}

export function cardEdit(state: SessionState, c: Of<'card.edit'>, actor: Actor, now: number): Decision {
  const card = followUpOnly(state, c, actor) ?? ownCard(state, c.cardId, actor);
  if ('ok' in card) return card;
  const kind = c.kind ?? card.kind;
  const misplaced = followUpMisplaced(kind, c);
  if (misplaced !== null) return misplaced;
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  // Away from recommendation, its owner and date go: they would linger unseen on an idea.
  const kept = <T>(given: T | undefined, was: T | null | undefined): T | null =>
    kind !== 'recommendation' ? null : given !== undefined ? given : (was ?? null);
  const owner = kept(c.owner, card.owner);
  const due = kept(c.due, card.due);
  const changes = {
    ...(c.text !== undefined && c.text !== card.text ? { text: c.text } : {}),
    ...(kind !== card.kind ? { kind } : {}),
    ...(c.tags !== undefined && !same(c.tags, card.tags) ? { tags: c.tags } : {}),
    ...(owner !== (card.owner ?? null) ? { owner } : {}),
    ...(due !== (card.due ?? null) ? { due } : {}),
  };
  return Object.keys(changes).length === 0
    ? nothing
    : accept({ type: 'card.edited', cardId: card.id, ...changes, at: now });
}

export function cardWithdraw(state: SessionState, c: Of<'card.withdraw'>, actor: Actor): Decision {
  const card = ownCard(state, c.cardId, actor);
  if ('ok' in card) return card;
  return accept(...outOfTheme(state, card.id), { type: 'card.removed', cardId: card.id });
}

export function cardHighlight(state: SessionState, c: Of<'card.highlight'>, actor: Actor): Decision {
  const card = visibleCard(state, c.cardId, actor);
  if (card === null) return fail('NOT_FOUND', 'no such card', 'cardId');
  if (actor.role === 'host' && card.tableId !== actor.tableId)
    return fail('FORBIDDEN', 'a host marks cards of their own table', 'cardId');
  if (actor.role === 'host' && state.status !== 'live') return fail('WRONG_PHASE', 'the session has ended');
  if (card.highlighted === c.on) return nothing;
  if (c.on) {
    if (card.hidden || card.mergedInto !== null)
      return fail('CONFLICT', 'a hidden or merged card cannot be a highlight', 'cardId');
    const count = Object.values(state.cards).filter((x) => x.tableId === card.tableId && x.highlighted).length;
    if (count >= LIMITS.highlightsPerTable) {
      return fail('LIMIT_REACHED', `a table has at most ${LIMITS.highlightsPerTable} highlights`, 'cardId');
    }
  }
  return accept({ type: 'card.highlighted', cardId: card.id, on: c.on });
}

export function cardHide(state: SessionState, c: Of<'card.hide'>): Decision {
  const card = state.cards[c.cardId];
  if (card === undefined) return fail('NOT_FOUND', 'no such card', 'cardId');
  if (card.hidden === c.hidden) return nothing;
  return accept(...(c.hidden ? outOfTheme(state, card.id) : []), {
    type: 'card.hidden',
    cardId: card.id,
    hidden: c.hidden,
  });
}

/**
 * A merge joins duplicates said at one table: merging across tables would take an idea out of the
 * table where it was said (its stream, briefing and harvest) without a trace there. A host owns
 * their table, so they tidy its duplicates themselves, and only its.
 */
export function cardMerge(state: SessionState, c: Of<'card.merge'>, actor: Actor): Decision {
  const card = visibleCard(state, c.cardId, actor);
  const into = visibleCard(state, c.intoCardId, actor);
  if (card === null) return fail('NOT_FOUND', 'no such card', 'cardId');
  if (into === null) return fail('NOT_FOUND', 'no such card', 'intoCardId');
  if (actor.role === 'host') {
    if (card.tableId !== actor.tableId) return fail('FORBIDDEN', 'a host merges cards of their own table', 'cardId');
    if (into.tableId !== actor.tableId)
      return fail('FORBIDDEN', 'a host merges cards of their own table', 'intoCardId');
    if (state.status !== 'live') return fail('WRONG_PHASE', 'the session has ended');
  }
  if (card.id === into.id) return fail('VALIDATION', 'a card cannot be merged into itself', 'intoCardId');
  if (card.tableId !== into.tableId) return fail('CONFLICT', 'merge cards of one table', 'intoCardId');
  if (into.hidden || into.mergedInto !== null) return fail('CONFLICT', 'merge into a card that is shown', 'intoCardId');
  if (card.mergedInto === into.id) return nothing;
  if (card.mergedInto !== null) return fail('CONFLICT', 'this card is already merged', 'cardId');
  // Cards merged into this one follow it, so no chain of merges ever points to a hidden card.
  if (Object.values(state.cards).some((x) => x.mergedInto === card.id)) {
    return fail('CONFLICT', 'other cards were merged into this one; merge the other way round', 'cardId');
  }
  return accept(...outOfTheme(state, card.id), { type: 'card.merged', cardId: card.id, intoCardId: into.id });
}

/** Undoes a merge: the host of the card's table or a facilitator; a card that is not merged is a no-op. */
export function cardUnmerge(state: SessionState, c: Of<'card.unmerge'>, actor: Actor): Decision {
  const card = state.cards[c.cardId];
  // Hidden cards do not exist for a host, merged or not.
  if (card === undefined || (actor.role !== 'facilitator' && card.hidden))
    return fail('NOT_FOUND', 'no such card', 'cardId');
  if (actor.role === 'host') {
    if (card.tableId !== actor.tableId) return fail('FORBIDDEN', 'a host unmerges cards of their own table', 'cardId');
    if (state.status !== 'live') return fail('WRONG_PHASE', 'the session has ended');
  }
  if (card.mergedInto === null) return nothing;
  return accept({ type: 'card.unmerged', cardId: card.id });
}

export function summarySet(state: SessionState, c: Of<'summary.set'>, actor: Actor): Decision {
  if (!state.tables.some((t) => t.id === c.tableId)) return fail('NOT_FOUND', 'no such table', 'tableId');
  if (actor.role === 'host' && actor.tableId !== c.tableId)
    return fail('FORBIDDEN', 'a host writes their own table summary', 'tableId');
  if ((state.summaries[c.tableId] ?? '') === c.text) return nothing;
  return accept({ type: 'summary.set', tableId: c.tableId, text: c.text });
}
