import { type SessionState, themesOf } from '../model/session';
import type { Event } from '../protocol/events';
import { type Audience, themeVisible } from './view';

type ThemeEvent = Extract<
  Event,
  { type: 'theme.added' | 'theme.renamed' | 'theme.accepted' | 'theme.cardsPlaced' | 'theme.merged' | 'theme.removed' }
>;

/** The themes an event changes: the ones it names, and those its cards come out of. */
function touched(before: SessionState, event: ThemeEvent): Set<string> {
  const ids = new Set<string>();
  const fromThemesOf = (cardIds: readonly string[]) => {
    for (const theme of Object.values(themesOf(before)))
      if (theme.cardIds.some((c) => cardIds.includes(c))) ids.add(theme.id);
  };
  switch (event.type) {
    case 'theme.added':
      ids.add(event.theme.id);
      fromThemesOf(event.theme.cardIds);
      break;
    case 'theme.cardsPlaced':
      if (event.themeId !== null) ids.add(event.themeId);
      fromThemesOf(event.cardIds);
      break;
    case 'theme.merged':
      ids.add(event.themeId);
      ids.add(event.intoThemeId);
      break;
    default:
      ids.add(event.themeId);
  }
  return ids;
}

/**
 * A theme event for an audience that may not see every theme it touches (a host's proposal is
 * that host's). When the audience sees every touched theme before and after, the event goes as
 * it is. Otherwise it cannot follow the change (cards coming from a proposal it never held), so it
 * gets the result instead: each touched theme it sees afterwards whole (`theme.added`), each it
 * no longer sees removed.
 */
export function themeChange(before: SessionState, after: SessionState, event: ThemeEvent, audience: Audience): Event[] {
  const was = themesOf(before);
  const is = themesOf(after);
  const ids = [...touched(before, event)];
  const seen = (id: string) => Object.hasOwn(was, id) && themeVisible(was[id]!, audience);
  const shown = (id: string) => Object.hasOwn(is, id) && themeVisible(is[id]!, audience);
  const exists = (id: string) => Object.hasOwn(was, id) || Object.hasOwn(is, id);
  if (ids.every((id) => !exists(id) || (seen(id) && (shown(id) || !Object.hasOwn(is, id))))) {
    return ids.some(seen) || ids.some(shown) ? [event] : [];
  }
  const out: Event[] = [];
  for (const id of ids) {
    if (shown(id)) out.push({ type: 'theme.added', theme: is[id]! });
    else if (seen(id)) out.push({ type: 'theme.removed', themeId: id });
  }
  return out;
}
