import { useState } from 'react';
import type { Card, SessionState } from '../../../../shared/model/session';
import type { CommandError } from '../../../../shared/protocol/errors';
import { useT } from '../../i18n';
import { useCan } from '../../net/useCan';
import { useLiveConnection } from '../../net/useConnection';

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/**
 * Merging duplicates at the host's own table: "Dubbel" on one card, then "Voeg hierbij" on the
 * card it repeats. Only this table's cards are offered (the rules refuse any other), and every
 * merge can be undone under the card it went into.
 */
export function useMerge(state: SessionState) {
  const connection = useLiveConnection();
  const can = useCan(state);
  const [from, setFrom] = useState<Card | null>(null);
  const [error, setError] = useState<CommandError | null>(null);
  const answer = (ack: { ok: true } | { ok: false; error: CommandError }) => setError(ack.ok ? null : ack.error);
  return {
    from,
    error,
    start: (card: Card) => {
      setError(null);
      setFrom(card);
    },
    cancel: () => setFrom(null),
    may: (card: Card, into: Card) =>
      card.id !== into.id && can({ type: 'card.merge', cardId: card.id, intoCardId: into.id }).ok,
    into: (card: Card) => {
      if (from === null) return;
      setFrom(null);
      void connection.send({ type: 'card.merge', cardId: from.id, intoCardId: card.id }).then(answer);
    },
    undo: (card: Card) => void connection.send({ type: 'card.unmerge', cardId: card.id }).then(answer),
    mayUndo: (card: Card) => can({ type: 'card.unmerge', cardId: card.id }).ok,
  };
}
export type Merge = ReturnType<typeof useMerge>;

/** What the host is merging and how to stop; shown while a duplicate waits for its card. */
export function MergeNotice({ merge }: { merge: Merge }) {
  const t = useT();
  if (merge.from === null) return null;
  return (
    <div className="notice host-notice" role="status">
      <p>{t('host.merge.pick', { text: short(merge.from.text) })}</p>
      <button type="button" onClick={merge.cancel}>
        {t('host.merge.cancel')}
      </button>
    </div>
  );
}

/** The merge buttons of one card: "Dubbel", or "Voeg hierbij" while another card is being merged. */
export function MergeButton({ card, merge, cards }: { card: Card; merge: Merge; cards: readonly Card[] }) {
  const t = useT();
  if (merge.from === null) {
    if (!cards.some((other) => merge.may(card, other))) return null;
    return (
      <button
        type="button"
        className="chip"
        aria-label={`${t('host.merge.start')}: ${card.text}`}
        onClick={() => merge.start(card)}
      >
        {t('host.merge.start')}
      </button>
    );
  }
  if (!merge.may(merge.from, card)) return null;
  return (
    <button
      type="button"
      className="chip primary"
      aria-label={`${t('host.merge.into')}: ${card.text}`}
      onClick={() => merge.into(card)}
    >
      {t('host.merge.into')}
    </button>
  );
}

/** The duplicates merged into a card, each with its undo. */
export function MergedInto({ state, card, merge }: { state: SessionState; card: Card; merge: Merge }) {
  const t = useT();
  const merged = Object.values(state.cards)
    .filter((c) => c.mergedInto === card.id && !c.hidden)
    .sort((a, b) => a.createdAt - b.createdAt);
  if (merged.length === 0) return null;
  return (
    <div className="host-merged">
      <p className="muted">{t('host.merge.merged')}</p>
      <ul>
        {merged.map((m) => (
          <li key={m.id}>
            <span className="host-merged-text">{m.text}</span>
            {merge.mayUndo(m) && (
              <button
                type="button"
                className="chip"
                aria-label={`${t('host.merge.undo')}: ${m.text}`}
                onClick={() => merge.undo(m)}
              >
                {t('host.merge.undo')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
