import type { Command } from '../../protocol/commands';
import { fail } from '../../protocol/errors';
import type { Event } from '../../protocol/events';
import { LIMITS } from '../../protocol/limits';
import { type SessionState, type Theme, themesOf } from '../../model/session';
import type { Actor } from '../actor';
import { placeCards, themeOfCard } from '../themes';
import { accept, type Decision, nothing } from './result';

type Of<T extends Command['type']> = Extract<Command, { type: T }>;

/**
 * The harvest's themes. A facilitator arranges every table's cards; a host proposes themes for
 * their own table's cards and changes only their own proposals, never a theme of the evening (the
 * facilitator placed those cards). Hidden and merged cards are in no theme.
 */

/** The theme as the actor may change it, or why not: a host changes only their own table's proposals. */
function themeFor(state: SessionState, themeId: string, actor: Actor, path = 'themeId'): Theme | Decision {
  const themes = themesOf(state);
  const theme = Object.hasOwn(themes, themeId) ? themes[themeId] : undefined;
  if (theme === undefined) return fail('NOT_FOUND', 'no such theme', path);
  if (actor.role === 'host' && theme.proposedBy !== actor.tableId)
    return fail('FORBIDDEN', 'a host changes only their own proposals', path);
  return theme;
}

/** Why these cards cannot go into a theme, or null when they can. */
function cardsRefused(state: SessionState, cardIds: readonly string[], actor: Actor): Decision | null {
  for (const id of cardIds) {
    const card = Object.hasOwn(state.cards, id) ? state.cards[id] : undefined;
    const hiddenFromActor = card !== undefined && actor.role !== 'facilitator' && card.hidden;
    if (card === undefined || hiddenFromActor) return fail('NOT_FOUND', 'no such card', 'cardIds');
    if (card.hidden || card.mergedInto !== null)
      return fail('CONFLICT', 'a hidden or merged card is in no theme', 'cardIds');
    if (actor.role === 'host') {
      if (card.tableId !== actor.tableId) return fail('FORBIDDEN', 'a host groups their own table’s cards', 'cardIds');
      const placed = themeOfCard(state, id);
      if (placed !== null && placed.proposedBy !== actor.tableId)
        return fail('CONFLICT', 'this card is already in a theme of the evening', 'cardIds');
    }
  }
  return null;
}

/** Hosts work on their table during the evening; facilitators also tidy the harvest afterwards. */
function closedFor(state: SessionState, actor: Actor): Decision | null {
  return actor.role === 'host' && state.status !== 'live'
    ? fail('WRONG_PHASE', 'themes are proposed during the evening')
    : null;
}

function newThemeRefused(state: SessionState, themeId: string, path: string): Decision | null {
  // A theme's id is also what a dot names while voting is on themes: it must not be a card's.
  if (Object.hasOwn(themesOf(state), themeId) || Object.hasOwn(state.cards, themeId))
    return fail('CONFLICT', 'a theme with this id exists', path);
  if (Object.keys(themesOf(state)).length >= LIMITS.themes)
    return fail('LIMIT_REACHED', `a session has at most ${LIMITS.themes} themes`);
  return null;
}

export function themeCreate(state: SessionState, c: Of<'theme.create'>, actor: Actor, now: number): Decision {
  const refused =
    closedFor(state, actor) ?? newThemeRefused(state, c.themeId, 'themeId') ?? cardsRefused(state, c.cardIds, actor);
  if (refused !== null) return refused;
  const proposedBy = actor.role === 'host' ? actor.tableId : null;
  return accept({
    type: 'theme.added',
    theme: { id: c.themeId, label: c.label, cardIds: c.cardIds, proposedBy, createdAt: now },
  });
}

export function themeRename(state: SessionState, c: Of<'theme.rename'>, actor: Actor): Decision {
  const theme = closedFor(state, actor) ?? themeFor(state, c.themeId, actor);
  if ('ok' in theme) return theme;
  return theme.label === c.label ? nothing : accept({ type: 'theme.renamed', themeId: theme.id, label: c.label });
}

export function themePlace(state: SessionState, c: Of<'theme.place'>, actor: Actor): Decision {
  const closed = closedFor(state, actor);
  if (closed !== null) return closed;
  if (c.themeId !== null) {
    const theme = themeFor(state, c.themeId, actor);
    if ('ok' in theme) return theme;
  }
  const refused = cardsRefused(state, c.cardIds, actor);
  if (refused !== null) return refused;
  const index = c.index ?? null;
  const before = themesOf(state);
  const after = placeCards(before, c.cardIds, c.themeId, index);
  const same = Object.keys(before).every((id) => before[id]!.cardIds.join() === after[id]!.cardIds.join());
  return same ? nothing : accept({ type: 'theme.cardsPlaced', cardIds: c.cardIds, themeId: c.themeId, index });
}

export function themeMerge(state: SessionState, c: Of<'theme.merge'>, actor: Actor): Decision {
  const from = closedFor(state, actor) ?? themeFor(state, c.themeId, actor);
  if ('ok' in from) return from;
  const into = themeFor(state, c.intoThemeId, actor, 'intoThemeId');
  if ('ok' in into) return into;
  if (from.id === into.id) return fail('VALIDATION', 'a theme cannot be merged into itself', 'intoThemeId');
  return accept({ type: 'theme.merged', themeId: from.id, intoThemeId: into.id });
}

export function themeSplit(state: SessionState, c: Of<'theme.split'>, actor: Actor, now: number): Decision {
  const from = closedFor(state, actor) ?? themeFor(state, c.themeId, actor);
  if ('ok' in from) return from;
  const refused = newThemeRefused(state, c.newThemeId, 'newThemeId');
  if (refused !== null) return refused;
  if (c.cardIds.some((id) => !from.cardIds.includes(id)))
    return fail('VALIDATION', 'split off cards of this theme', 'cardIds');
  // In the order they had in the theme, whatever order the cockpit sent them in.
  const cardIds = from.cardIds.filter((id) => c.cardIds.includes(id));
  return accept({
    type: 'theme.added',
    theme: { id: c.newThemeId, label: c.label, cardIds, proposedBy: from.proposedBy, createdAt: now },
  });
}

export function themeDelete(state: SessionState, c: Of<'theme.delete'>, actor: Actor): Decision {
  const theme = closedFor(state, actor) ?? themeFor(state, c.themeId, actor);
  if ('ok' in theme) return theme;
  return accept({ type: 'theme.removed', themeId: theme.id });
}

export function themeAccept(state: SessionState, c: Of<'theme.accept'>, actor: Actor): Decision {
  const theme = themeFor(state, c.themeId, actor);
  if ('ok' in theme) return theme;
  return theme.proposedBy === null ? nothing : accept({ type: 'theme.accepted', themeId: theme.id });
}

/**
 * A card that leaves the harvest (hidden, merged, withdrawn) leaves its theme first, in the same
 * batch: every client that holds the theme sees it go, also one that cannot see the card.
 */
export function outOfTheme(state: SessionState, cardId: string): Event[] {
  return themeOfCard(state, cardId) === null
    ? []
    : [{ type: 'theme.cardsPlaced', cardIds: [cardId], themeId: null, index: null }];
}
