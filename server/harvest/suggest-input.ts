import type { SuggestInput } from '../../shared/harvest/suggest';
import { type SessionState, themesOf } from '../../shared/model/session';
import { themeList } from '../../shared/rules/themes';

/**
 * What suggestions are made from: the cards the report would show (not hidden, not merged into
 * another) with their table, and the themes of the evening with their visible cards. A host's
 * proposal is no theme of the evening yet: its cards count as loose, so they can be suggested
 * (accepting one takes them out of the proposal, as theme.create always does).
 */
export function suggestInput(state: SessionState): SuggestInput {
  const cards = Object.values(state.cards)
    .filter((card) => !card.hidden && card.mergedInto === null)
    .map((card) => ({ id: card.id, table: card.tableId, text: card.text }));
  const visible = new Set(cards.map((card) => card.id));
  const themes = themeList({ themes: themesOf(state) })
    .filter((theme) => theme.proposedBy === null)
    .map((theme) => ({ id: theme.id, label: theme.label, cardIds: theme.cardIds.filter((id) => visible.has(id)) }));
  return { language: state.language, cards, themes };
}
