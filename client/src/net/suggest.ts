import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { SuggestedTheme } from '../../../shared/harvest/suggest';
import { type SessionState, themesOf } from '../../../shared/model/session';
import type { CommandError } from '../../../shared/protocol/errors';
import { useLiveConnection } from './useConnection';

/** After the last change to the cards or themes: a burst of cards makes one question, not ten. */
const DEBOUNCE_MS = 1000;

/** What suggestions depend on; when it is the same, there is nothing new to ask. */
function askingFor(state: SessionState): string {
  const cards = Object.values(state.cards)
    .filter((c) => !c.hidden && c.mergedInto === null)
    .map((c) => `${c.id}\u0000${c.text}`)
    .sort();
  const themes = Object.values(themesOf(state))
    .filter((t) => t.proposedBy === null)
    .map((t) => `${t.id}\u0000${t.cardIds.join(',')}`)
    .sort();
  return `${state.language}\u0001${cards.join('\u0001')}\u0002${themes.join('\u0001')}`;
}

/** Dropped suggestions, per session, for as long as the tab lives (sessionStorage: survives a reload). */
const droppedKey = (sessionId: string) => `tafelronde:suggest-dropped:${sessionId}`;
function loadDropped(sessionId: string): Set<string> {
  try {
    const raw = sessionStorage.getItem(droppedKey(sessionId));
    const keys: unknown = raw === null ? [] : JSON.parse(raw);
    return new Set(Array.isArray(keys) ? keys.filter((k): k is string => typeof k === 'string') : []);
  } catch {
    return new Set();
  }
}
function saveDropped(sessionId: string, keys: ReadonlySet<string>): void {
  try {
    sessionStorage.setItem(droppedKey(sessionId), JSON.stringify([...keys]));
  } catch {
    // Storage full or blocked: the drop still holds until the page is left.
  }
}

export type Suggestions = {
  /** The server's suggestions, without the dropped ones and those whose cards are no longer free. */
  themes: SuggestedTheme[];
  /** Null until the first answer. */
  answered: boolean;
  asking: boolean;
  error: CommandError | null;
  /** Ask now (the facilitator's button). */
  ask: () => void;
  /** Drop a suggestion for good (this session, this tab). */
  drop: (key: string) => void;
};

/**
 * The cockpit's theme suggestions: asked a second after the cards or themes change and on demand,
 * answered by the server (`suggest`). A dropped suggestion stays dropped: its key is the same for
 * the same cards, so it comes back only when its cards change.
 */
export function useSuggestions(state: SessionState): Suggestions {
  const connection = useLiveConnection();
  const [themes, setThemes] = useState<SuggestedTheme[]>([]);
  const [answered, setAnswered] = useState(false);
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<CommandError | null>(null);
  const [dropped, setDropped] = useState<Set<string>>(() => loadDropped(state.id));
  const latest = useRef(0);
  const key = askingFor(state);

  const ask = useCallback(() => {
    const mine = ++latest.current;
    setAsking(true);
    void connection.suggest().then((reply) => {
      // An older question answered after a newer one was asked: the newer one's answer counts.
      if (mine !== latest.current) return;
      setAsking(false);
      if (!reply.ok) {
        setError(reply.error);
        return;
      }
      setError(null);
      setAnswered(true);
      setThemes(reply.themes);
    });
  }, [connection]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: asks again when what it depends on (key) changes
  useEffect(() => {
    const timer = setTimeout(ask, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [key, ask]);

  const drop = useCallback(
    (k: string) => {
      setDropped((before) => {
        const after = new Set(before).add(k);
        saveDropped(state.id, after);
        return after;
      });
    },
    [state.id],
  );

  // Until the next answer, a suggestion whose cards were placed or hidden meanwhile is left out.
  const { cards, themes: stateThemes } = state;
  const shown = useMemo(() => {
    const placed = new Set(
      Object.values(themesOf({ themes: stateThemes }))
        .filter((t) => t.proposedBy === null)
        .flatMap((t) => t.cardIds),
    );
    const free = (id: string) => {
      const card = cards[id];
      return card !== undefined && !card.hidden && card.mergedInto === null && !placed.has(id);
    };
    return themes.filter((t) => !dropped.has(t.key) && t.cardIds.every(free));
  }, [themes, dropped, cards, stateThemes]);

  return { themes: shown, answered, asking, error, ask, drop };
}
