import type { Card, SessionState, Theme } from '../../../../../shared/model/session';
import { themeList, themeOfCard } from '../../../../../shared/rules/themes';

/**
 * What the themes board shows, worked out from the state alone (no React), so it can be tested
 * on its own. A card counts for the harvest as the report counts it: not hidden, not merged
 * into another card.
 */

export function inHarvest(card: Card | undefined): card is Card {
  return card !== undefined && !card.hidden && card.mergedInto === null;
}

/** Where the tables come in the agenda: the order cards and sources are shown in. */
function tableRank(state: Pick<SessionState, 'tables'>): Map<string, number> {
  return new Map(state.tables.map((table, i) => [table.id, i]));
}

/** Cards of every table that are in no theme yet, by table (agenda order), then oldest first. */
export function poolCards(state: Pick<SessionState, 'cards' | 'themes' | 'tables'>): Card[] {
  const rank = tableRank(state);
  return Object.values(state.cards)
    .filter((card) => inHarvest(card) && themeOfCard(state, card.id) === null)
    .sort(
      (a, b) =>
        (rank.get(a.tableId) ?? Number.MAX_SAFE_INTEGER) - (rank.get(b.tableId) ?? Number.MAX_SAFE_INTEGER) ||
        a.createdAt - b.createdAt ||
        a.id.localeCompare(b.id),
    );
}

/** A theme's cards in its own order, leaving out any the state does not hold as harvest cards. */
export function themeCards(state: Pick<SessionState, 'cards'>, theme: Theme): Card[] {
  return theme.cardIds.map((id) => (Object.hasOwn(state.cards, id) ? state.cards[id] : undefined)).filter(inHarvest);
}

/** The tables a theme's cards come from, each once, in agenda order. */
export function sourceTables(state: Pick<SessionState, 'cards' | 'tables'>, theme: Theme): string[] {
  const ids = new Set(themeCards(state, theme).map((card) => card.tableId));
  return state.tables.filter((table) => ids.has(table.id)).map((table) => table.title);
}

/** The board's two lists: themes of the evening, and hosts' proposals, both in `themeList` order. */
export function splitThemes(state: Pick<SessionState, 'themes'>): { evening: Theme[]; proposals: Theme[] } {
  const all = themeList(state);
  return { evening: all.filter((t) => t.proposedBy === null), proposals: all.filter((t) => t.proposedBy !== null) };
}

/**
 * The `index` of theme.place that moves a card one place up (-1) or down (+1) in its theme, or
 * null at the edge. theme.place takes the card out first, then puts it at `index` of what is
 * left: so the card's new position is exactly the index.
 */
export function stepIndex(theme: Theme, cardId: string, step: -1 | 1): number | null {
  const at = theme.cardIds.indexOf(cardId);
  if (at < 0) return null;
  const to = at + step;
  return to < 0 || to >= theme.cardIds.length ? null : to;
}

/**
 * The value of a "move to" select: nothing chosen, the pool (no theme), or a theme. Theme ids
 * are free text, so they get a prefix that neither of the other two values has.
 */
export type MoveTarget = { kind: 'none' } | { kind: 'pool' } | { kind: 'theme'; themeId: string };

export const POOL_VALUE = 'pool';
export function themeValue(themeId: string): string {
  return `theme:${themeId}`;
}

export function parseMoveTarget(value: string): MoveTarget {
  if (value === POOL_VALUE) return { kind: 'pool' };
  if (value.startsWith('theme:') && value.length > 'theme:'.length)
    return { kind: 'theme', themeId: value.slice('theme:'.length) };
  return { kind: 'none' };
}

/** The ticked cards still on the board (one hidden or merged meanwhile drops out), in the order ticked. */
export function liveSelection(state: Pick<SessionState, 'cards'>, selected: ReadonlySet<string>): string[] {
  return [...selected].filter((id) => inHarvest(Object.hasOwn(state.cards, id) ? state.cards[id] : undefined));
}

/** A card's words cut to fit a control's name ("Omhoog: Een buurthuis met…"). */
export function shortText(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
