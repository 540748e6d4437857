import { useId, useState } from 'react';
import type { SessionState } from '../../../../shared/model/session';
import type { CommandError } from '../../../../shared/protocol/errors';
import { LIMITS } from '../../../../shared/protocol/limits';
import { ErrorText } from '../../components/ErrorText';
import { useT } from '../../i18n';
import { useCan } from '../../net/useCan';
import { useLiveConnection } from '../../net/useConnection';
import { useStore } from '../../store';
import { HiddenCardItem, hiddenCards } from './Hidden';
import { MergeButton, MergedInto, MergeNotice, useMerge } from './Merge';
import { ProposeThemes } from './ProposeThemes';
import { CardItem, useTableCards } from './Stream';

const MAX = LIMITS.highlightsPerTable;

/** Sentences as a reader counts them: ends at . ! or ? (or the end of the text). */
export function sentenceCount(text: string): number {
  return text.split(/[.!?]+(?:\s|$)/).filter((s) => s.trim() !== '').length;
}

/**
 * The harvest: up to five highlights for the wrap-up, themes proposed for the table's cards, and
 * the table's summary in one to three sentences.
 */
export function Harvest({ state, tableId }: { state: SessionState; tableId: string }) {
  const t = useT();
  const connection = useLiveConnection();
  const [limit, setLimit] = useState(false);
  const [error, setError] = useState<CommandError | null>(null);
  const cards = useTableCards(state, tableId).sort(
    (a, b) => Number(b.highlighted) - Number(a.highlighted) || a.createdAt - b.createdAt,
  );
  const count = cards.filter((c) => c.highlighted).length;
  const can = useCan(state);
  const merge = useMerge(state);
  // LIMIT_REACHED stays pressable: the press says plainly why (see toggle).
  const mayHighlight = (cardId: string, on: boolean) => {
    const answer = can({ type: 'card.highlight', cardId, on });
    return answer.ok || answer.error.code === 'LIMIT_REACHED';
  };

  const toggle = (cardId: string, on: boolean) => {
    setError(null);
    // Say it plainly before asking the server; the server says the same (LIMIT_REACHED) if two devices race.
    if (on && count >= MAX) {
      setLimit(true);
      return;
    }
    setLimit(false);
    void connection.send({ type: 'card.highlight', cardId, on }).then((ack) => {
      if (ack.ok) return;
      if (ack.error.code === 'LIMIT_REACHED') setLimit(true);
      else setError(ack.error);
    });
  };

  // The button says what the card is now ("Uitgelicht") once it is on, so nobody reads
  // "Uitlichten" on a card that already is; pressing it again takes the highlight off.
  const label = (on: boolean) => (on ? t('host.card.highlighted') : t('host.highlight'));
  return (
    <>
      <section className="panel" aria-labelledby="harvest-title">
        <h2 id="harvest-title">{t('host.harvest.title')}</h2>
        <p className="hint">{t('host.harvest.hint', { max: MAX })}</p>
        <p className="host-count" role="status">
          {t('host.harvest.count', { count, max: MAX })}
        </p>
        <div role="alert" className="host-limit">
          {limit && <p>{t('host.harvest.limit', { count: MAX })}</p>}
        </div>
        <ErrorText error={error ?? merge.error} />
        <MergeNotice merge={merge} />
        {cards.length === 0 ? (
          <p className="muted">{t('host.harvest.empty')}</p>
        ) : (
          <ul className="list">
            {cards.map((card) => (
              <CardItem
                key={card.id}
                card={card}
                actions={
                  <>
                    <button
                      type="button"
                      className={card.highlighted ? 'chip chip-on' : 'chip'}
                      aria-pressed={card.highlighted}
                      aria-label={`${label(card.highlighted)}: ${card.text}`}
                      disabled={!mayHighlight(card.id, !card.highlighted)}
                      onClick={() => toggle(card.id, !card.highlighted)}
                    >
                      <span aria-hidden="true">{card.highlighted ? '★ ' : '☆ '}</span>
                      {label(card.highlighted)}
                    </button>
                    <MergeButton card={card} merge={merge} cards={cards} />
                  </>
                }
              >
                <MergedInto state={state} card={card} merge={merge} />
              </CardItem>
            ))}
            {hiddenCards(state, tableId).map((card) => (
              <HiddenCardItem key={card.id} card={card} />
            ))}
          </ul>
        )}
      </section>
      <ProposeThemes state={state} tableId={tableId} />
      <Summary state={state} tableId={tableId} />
    </>
  );
}

function Summary({ state, tableId }: { state: SessionState; tableId: string }) {
  const t = useT();
  const id = useId();
  const connection = useLiveConnection();
  const saved = state.summaries[tableId] ?? '';
  const unsent = useStore((s) =>
    s.connection.outbox.some(
      (e) => e.command.type === 'summary.set' && e.command.tableId === tableId && e.refused === null,
    ),
  );
  const [text, setText] = useState(saved);
  const [error, setError] = useState<CommandError | null>(null);
  const sentences = sentenceCount(text);
  const changed = text.trim() !== saved;
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('host.summary.title')}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setError(null);
          void connection
            .send({ type: 'summary.set', tableId, text: text.trim() })
            .then((ack) => !ack.ok && setError(ack.error));
        }}
      >
        <div className="field">
          <label htmlFor={id}>{t('host.summary.label')}</label>
          <textarea
            id={id}
            rows={4}
            maxLength={LIMITS.shortText * 2}
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-describedby={`${id}-count`}
          />
          <p id={`${id}-count`} className={sentences > 3 ? 'hint host-warn' : 'hint'}>
            {t('host.summary.sentences', { count: sentences })}
            {sentences > 3 && <> — {t('host.summary.tooLong')}</>}
          </p>
        </div>
        <button type="submit" className="primary" disabled={!changed}>
          {t('host.summary.save')}
        </button>
        <p role="status" className="hint">
          {unsent ? t('host.summary.unsent') : !changed && saved !== '' ? t('host.summary.saved') : ''}
        </p>
        <ErrorText error={error} />
      </form>
    </section>
  );
}
