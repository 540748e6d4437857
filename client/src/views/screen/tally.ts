import type { Card, SessionState, Theme } from '../../../../shared/model/session';
import { themeList } from '../../../../shared/rules/themes';

/**
 * The dot-vote as the screen shows it: live from the dots while voting is open (the screen
 * holds them per card, not per person), the final count from `voting.results` once it is closed. Highest first;
 * cards without dots are left out.
 */
export function voteTally(state: SessionState): { card: Card; dots: number }[] {
  const counts = new Map<string, number>();
  if (!state.voting.open && state.voting.results !== null) {
    for (const [cardId, n] of Object.entries(state.voting.results)) counts.set(cardId, n);
  } else {
    for (const cardIds of Object.values(state.votes))
      for (const id of cardIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const out: { card: Card; dots: number }[] = [];
  for (const [cardId, dots] of counts) {
    const card = state.cards[cardId];
    if (card !== undefined && dots > 0 && !card.hidden && card.mergedInto === null) out.push({ card, dots });
  }
  return out.sort((a, b) => b.dots - a.dots || a.card.createdAt - b.card.createdAt);
}

/** True while or after a dot-vote: the wrap-up screen then shows results instead of highlights. */
export function votingStarted(state: SessionState): boolean {
  return state.voting.open || state.voting.results !== null;
}

/**
 * The dot-vote on themes, as `voteTally` for highlights: the screen's dots are keyed by theme
 * then. Highest first, themes without dots (or gone) left out, ties in the order themes are shown.
 */
export function themeTally(state: SessionState): { theme: Theme; dots: number }[] {
  const counts = new Map<string, number>();
  if (!state.voting.open && state.voting.results !== null) {
    for (const [id, n] of Object.entries(state.voting.results)) counts.set(id, n);
  } else {
    for (const ids of Object.values(state.votes)) for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return themeList(state)
    .map((theme) => ({ theme, dots: counts.get(theme.id) ?? 0 }))
    .filter((x) => x.dots > 0)
    .sort((a, b) => b.dots - a.dots);
}

/** The tables a theme's cards came from, in the order of the agenda's tables. */
export function tablesOf(state: SessionState, theme: Theme): string[] {
  const ids = new Set(theme.cardIds.map((id) => state.cards[id]?.tableId).filter((id) => id !== undefined));
  return state.tables.filter((t) => ids.has(t.id)).map((t) => t.title);
}
