import type { Card, SessionState } from '../../../../shared/model/session';

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
