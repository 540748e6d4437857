import { useId, useMemo, useState } from 'react';
import type { Card, SessionState } from '../../../../shared/model/session';
import { useT } from '../../i18n';
import { useCommand } from '../../net/useCommand';
import { ErrorLine } from './ErrorLine';
import { FollowUpEditor } from './FollowUpEditor';

/**
 * The idea cards as they come in, per table, newest first. Moderation: hide a card (only
 * facilitators still see it), and merge a duplicate: press "duplicate" on one card, then "merge
 * here" on the card it repeats (a card of the same table: the rules merge nothing across tables);
 * under that card each merged duplicate can be taken out again. A recommendation shows who takes
 * it on and by when, and the facilitator can fill those in.
 */
export function CardFeed({ state }: { state: SessionState }) {
  const t = useT();
  const { run, busy, error } = useCommand();
  const [tableFilter, setTableFilter] = useState('');
  const [mergeFrom, setMergeFrom] = useState<Card | null>(null);
  const filterId = useId();
  const byTable = useMemo(() => {
    const map = new Map<string, Card[]>();
    for (const card of Object.values(state.cards)) {
      if (card.mergedInto !== null) continue;
      map.set(card.tableId, [...(map.get(card.tableId) ?? []), card]);
    }
    for (const list of map.values()) list.sort((a, b) => b.createdAt - a.createdAt);
    return map;
  }, [state.cards]);
  const mergedInto = (id: string) => Object.values(state.cards).filter((c) => c.mergedInto === id);
  const mergedCount = (id: string) => mergedInto(id).length;
  const tables = state.tables.filter((table) => tableFilter === '' || table.id === tableFilter);

  return (
    <section className="panel" aria-labelledby="feed-title">
      <div className="panel-head">
        <h2 id="feed-title">{t('fac.liveCards')}</h2>
        <div className="inline-field">
          <label htmlFor={filterId}>{t('cockpit.feedTable')}</label>
          <select id={filterId} value={tableFilter} onChange={(e) => setTableFilter(e.target.value)}>
            <option value="">{t('cockpit.feedAll')}</option>
            {state.tables.map((table) => (
              <option key={table.id} value={table.id}>
                {table.title}
              </option>
            ))}
          </select>
        </div>
      </div>
      {mergeFrom !== null && (
        <div className="notice" role="status">
          <p>{t('cockpit.mergePick', { text: short(mergeFrom.text) })}</p>
          <button type="button" onClick={() => setMergeFrom(null)}>
            {t('cockpit.mergeCancel')}
          </button>
        </div>
      )}
      <ErrorLine error={error} />
      <div className="feed">
        {tables.map((table) => {
          const cards = byTable.get(table.id) ?? [];
          return (
            <section key={table.id} aria-labelledby={`feed-${table.id}`} className="feed-table">
              <h3 id={`feed-${table.id}`}>
                {table.title} <span className="muted">({cards.filter((c) => !c.hidden).length})</span>
              </h3>
              {cards.length === 0 ? (
                <p className="muted">{t('fac.noCards')}</p>
              ) : (
                <ul className="list">
                  {cards.map((card) => (
                    <li
                      key={card.id}
                      className={[
                        'item',
                        card.highlighted ? 'item-highlighted' : '',
                        card.hidden ? 'item-hidden' : '',
                      ].join(' ')}
                    >
                      <p className="card-meta">
                        {t(`cockpit.kind.${card.kind}`)}
                        {card.round !== null && <> · {t('phase.round', { round: card.round })}</>}
                        {card.highlighted && <> · {t('host.highlighted')}</>}
                        {card.hidden && <> · {t('cockpit.hidden')}</>}
                        {mergedCount(card.id) > 0 && <> · {t('cockpit.mergedHere', { count: mergedCount(card.id) })}</>}
                      </p>
                      <p className="card-text">{card.text}</p>
                      {card.kind === 'recommendation' && !card.hidden && (
                        <FollowUpEditor card={card} run={run} busy={busy} />
                      )}
                      {mergedInto(card.id).map((dup) => (
                        <p key={dup.id} className="card-meta">
                          <span aria-hidden="true">↳ </span>
                          {short(dup.text)}{' '}
                          <button
                            type="button"
                            className="small"
                            disabled={busy}
                            onClick={() => void run({ type: 'card.unmerge', cardId: dup.id })}
                          >
                            {t('cockpit.unmerge')}
                            <span className="visually-hidden">: {short(dup.text)}</span>
                          </button>
                        </p>
                      ))}
                      <div className="buttons tight">
                        <button
                          type="button"
                          className="small"
                          disabled={busy}
                          onClick={() => void run({ type: 'card.hide', cardId: card.id, hidden: !card.hidden })}
                        >
                          {card.hidden ? t('cockpit.show') : t('cockpit.hide')}
                          <span className="visually-hidden">: {short(card.text)}</span>
                        </button>
                        {mergeFrom === null && !card.hidden && (
                          <button type="button" className="small" onClick={() => setMergeFrom(card)}>
                            {t('cockpit.duplicate')}
                            <span className="visually-hidden">: {short(card.text)}</span>
                          </button>
                        )}
                        {mergeFrom !== null &&
                          mergeFrom.id !== card.id &&
                          mergeFrom.tableId === card.tableId &&
                          !card.hidden && (
                            <button
                              type="button"
                              className="small primary"
                              disabled={busy}
                              onClick={() =>
                                void run({ type: 'card.merge', cardId: mergeFrom.id, intoCardId: card.id }).then(
                                  (ack) => ack.ok && setMergeFrom(null),
                                )
                              }
                            >
                              {t('cockpit.mergeHere')}
                              <span className="visually-hidden">: {short(card.text)}</span>
                            </button>
                          )}
                      </div>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </section>
  );
}

function short(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
