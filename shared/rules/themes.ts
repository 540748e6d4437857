import type { SessionState, Theme } from '../model/session';
import { themesOf } from '../model/session';
import type { VoteOn } from '../protocol/events';

/** Pure helpers for the harvest's themes, used by apply, decide and the clients. */

/** What a dot of this event or command is on. */
export function voteTargetOf(on: VoteOn | { cardId?: string | undefined; themeId?: string | undefined }): string {
  return on.cardId ?? on.themeId ?? '';
}

/** The theme a card is in, or null. */
export function themeOfCard(state: Pick<SessionState, 'themes'>, cardId: string): Theme | null {
  for (const theme of Object.values(themesOf(state))) if (theme.cardIds.includes(cardId)) return theme;
  return null;
}

/** The themes with `cardIds` taken out of every one of them (themes that had none stay the same object). */
export function withoutCards(themes: Record<string, Theme>, cardIds: readonly string[]): Record<string, Theme> {
  const gone = new Set(cardIds);
  const out: Record<string, Theme> = {};
  for (const [id, theme] of Object.entries(themes)) {
    out[id] = theme.cardIds.some((c) => gone.has(c))
      ? { ...theme, cardIds: theme.cardIds.filter((c) => !gone.has(c)) }
      : theme;
  }
  return out;
}

/** `cardIds` into `themeId` at `index` (null: at the end), out of every other theme. */
export function placeCards(
  themes: Record<string, Theme>,
  cardIds: readonly string[],
  themeId: string | null,
  index: number | null,
): Record<string, Theme> {
  const out = withoutCards(themes, cardIds);
  const target = themeId === null || !Object.hasOwn(out, themeId) ? undefined : out[themeId];
  if (target === undefined) return out;
  const at = index === null ? target.cardIds.length : Math.min(index, target.cardIds.length);
  const ids = [...target.cardIds.slice(0, at), ...cardIds, ...target.cardIds.slice(at)];
  return { ...out, [target.id]: { ...target, cardIds: ids } };
}

/** The themes in the order they are shown: oldest first, ties by id so every client agrees. */
export function themeList(state: Pick<SessionState, 'themes'>): Theme[] {
  return Object.values(themesOf(state)).sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}
