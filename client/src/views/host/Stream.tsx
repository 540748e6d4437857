import { useId, useState, type ReactNode } from 'react';
import type { SessionState } from '../../../../shared/model/session';
import { LIMITS } from '../../../../shared/protocol/limits';
import { seatRound } from '../../../../shared/rules/view';
import { useT } from '../../i18n';
import { streamCards, type StreamCard } from '../../net/outbox';
import { useCan } from '../../net/useCan';
import { useLiveConnection } from '../../net/useConnection';
import { useStore } from '../../store';
import { HiddenCardItem, hiddenCards } from './Hidden';
import { draftOf, FollowUpFields, FollowUpLine, followUpOf } from '../../components/Recommendation';

/** This table's cards as this device should show them: the server's, with the outbox on top. */
export function useTableCards(state: SessionState, tableId: string): StreamCard[] {
  const outbox = useStore((s) => s.connection.outbox);
  return streamCards(state.cards, outbox, tableId, `host:${tableId}`, seatRound(state)).filter(
    (c) => c.delivery !== 'refused',
  );
}

/** The cards of the round being talked about, the host's and the participants', newest first. */
export function Stream({ state, tableId }: { state: SessionState; tableId: string }) {
  const t = useT();
  const round = seatRound(state);
  // With this device's unsent commands on top, an unsent card of its own exists for the rules too.
  const can = useCan(state);
  const cards = useTableCards(state, tableId)
    .filter((c) => c.round === round)
    .sort((a, b) => b.createdAt - a.createdAt);
  const hidden = hiddenCards(state, tableId).filter((c) => c.round === round);
  return (
    <section className="panel" aria-labelledby="stream-title">
      <h2 id="stream-title">
        {round === null ? t('host.stream.titleNoRound') : t('host.stream.title')}{' '}
        <span className="muted">({cards.length})</span>
      </h2>
      {cards.length === 0 && hidden.length === 0 ? (
        <p className="muted">{t('host.stream.empty')}</p>
      ) : (
        <ul className="list" aria-labelledby="stream-title">
          {[...cards, ...hidden]
            .sort((a, b) => b.createdAt - a.createdAt)
            .map((card) =>
              card.hidden ? (
                <HiddenCardItem key={card.id} card={card} />
              ) : (
                <CardItem
                  key={card.id}
                  card={card as StreamCard}
                  own={card.authorId === `host:${tableId}`}
                  live={can({ type: 'card.withdraw', cardId: card.id }).ok}
                />
              ),
            )}
        </ul>
      )}
    </section>
  );
}

/** One card: kind, text, tags, who wrote it, whether it is sent; the host's own cards can be edited and withdrawn. */
export function CardItem({
  card,
  own = false,
  live = false,
  actions,
  children,
}: {
  card: StreamCard;
  own?: boolean;
  live?: boolean;
  actions?: ReactNode;
  /** Shown under the card (the duplicates merged into it). */
  children?: ReactNode;
}) {
  const t = useT();
  const id = useId();
  const connection = useLiveConnection();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(card.text);
  const [followUp, setFollowUp] = useState(draftOf(card));
  const recommendation = card.kind === 'recommendation';
  const [confirming, setConfirming] = useState(false);
  const author =
    card.authorRole === 'host'
      ? t('host.card.byHost')
      : card.authorRole === 'participant'
        ? t('host.card.byParticipant')
        : t('host.card.byFacilitator');

  const save = () => {
    const text = draft.trim();
    const { owner, due } = followUpOf(followUp);
    const changes = {
      ...(text !== '' && text !== card.text ? { text } : {}),
      ...(recommendation && owner !== (card.owner ?? null) ? { owner } : {}),
      ...(recommendation && due !== (card.due ?? null) ? { due } : {}),
    };
    if (Object.keys(changes).length > 0) void connection.send({ type: 'card.edit', cardId: card.id, ...changes });
    setEditing(false);
  };

  return (
    <li
      className={[
        'item',
        'host-card',
        card.highlighted ? 'item-highlighted' : '',
        card.delivery === 'unsent' ? 'host-card-unsent' : '',
      ].join(' ')}
    >
      <p className="host-card-meta">
        <span className={`host-kind-badge host-kind-${card.kind}`}>{t(`host.kind.${card.kind}`)}</span>
        <span className="muted">{author}</span>
        {card.highlighted && <span className="host-badge">★ {t('host.card.highlighted')}</span>}
        {card.delivery === 'unsent' && <span className="host-badge host-badge-unsent">{t('host.card.unsent')}</span>}
      </p>
      {editing ? (
        <div className="field">
          <label htmlFor={id}>{t('host.card.editLabel')}</label>
          <textarea
            id={id}
            rows={3}
            maxLength={LIMITS.cardText}
            value={draft}
            autoFocus
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
                e.preventDefault();
                save();
              }
              if (e.key === 'Escape') setEditing(false);
            }}
          />
          {recommendation && <FollowUpFields idPrefix={`${id}-rec`} value={followUp} onChange={setFollowUp} />}
          <div className="buttons">
            <button type="button" className="primary" onClick={save}>
              {t('host.card.save')}
            </button>
            <button type="button" onClick={() => setEditing(false)}>
              {t('host.card.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <>
          <p className="host-card-text">{card.text}</p>
          {recommendation && <FollowUpLine card={card} />}
        </>
      )}
      {card.tags.length > 0 && (
        <ul className="host-card-tags">
          {card.tags.map((tag) => (
            <li key={tag}>{tag}</li>
          ))}
        </ul>
      )}
      {(actions !== undefined || (own && live && !editing)) && (
        <div className="buttons host-card-actions">
          {actions}
          {own && live && !editing && !confirming && (
            <>
              {/* The name says which card; it starts with the visible word (WCAG label in name). */}
              <button
                type="button"
                aria-label={`${t('host.card.edit')}: ${card.text}`}
                onClick={() => {
                  setDraft(card.text);
                  setFollowUp(draftOf(card));
                  setEditing(true);
                }}
              >
                {t('host.card.edit')}
              </button>
              <button
                type="button"
                className="danger"
                aria-label={`${t('host.card.withdraw')}: ${card.text}`}
                onClick={() => setConfirming(true)}
              >
                {t('host.card.withdraw')}
              </button>
            </>
          )}
          {own && live && confirming && (
            <>
              <span>{t('host.card.withdrawSure')}</span>
              <button
                type="button"
                className="danger primary"
                onClick={() => void connection.send({ type: 'card.withdraw', cardId: card.id })}
              >
                {t('host.card.withdrawYes')}
              </button>
              <button type="button" autoFocus onClick={() => setConfirming(false)}>
                {t('host.card.cancel')}
              </button>
            </>
          )}
        </div>
      )}
      {children}
    </li>
  );
}
