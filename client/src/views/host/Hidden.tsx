import { useEffect, useRef, useState } from 'react';
import type { Card, SessionState } from '../../../../shared/model/session';
import { useT } from '../../i18n';

/** This table's cards the facilitator hid; the host's view holds them without their words. */
export function hiddenCards(state: SessionState, tableId: string): Card[] {
  return Object.values(state.cards).filter((c) => c.tableId === tableId && c.hidden);
}

/** Where a hidden card stood: marked, so the host knows it did not just vanish (and does not type it again). */
export function HiddenCardItem({ card }: { card: Card }) {
  const t = useT();
  const author =
    card.authorRole === 'host'
      ? t('host.card.byHost')
      : card.authorRole === 'participant'
        ? t('host.card.byParticipant')
        : t('host.card.byFacilitator');
  return (
    <li className="item host-card host-card-hidden">
      <p className="host-card-meta">
        <span className={`host-kind-badge host-kind-${card.kind}`}>{t(`host.kind.${card.kind}`)}</span>
        <span className="muted">{author}</span>
      </p>
      <p className="host-card-text">{t('host.hidden.card')}</p>
      <p className="muted">{t('host.hidden.why')}</p>
    </li>
  );
}

/**
 * Says it when a card of this table gets hidden while the tablet is open: a status region, so a
 * screen reader hears it too. Cards hidden before the page loaded are only marked in the lists.
 */
export function HiddenNotice({ state, tableId }: { state: SessionState; tableId: string }) {
  const t = useT();
  const ids = hiddenCards(state, tableId)
    .map((c) => c.id)
    .sort()
    .join(' ');
  const known = useRef(new Set(ids === '' ? [] : ids.split(' ')));
  const [fresh, setFresh] = useState(false);
  useEffect(() => {
    const now = ids === '' ? [] : ids.split(' ');
    if (now.some((id) => !known.current.has(id))) setFresh(true);
    known.current = new Set(now);
  }, [ids]);
  return (
    <div role="status" className="host-hidden-notice">
      {fresh && (
        <div className="notice host-notice">
          <p>{t('host.hidden.notice')}</p>
          <button type="button" onClick={() => setFresh(false)}>
            {t('host.hidden.ok')}
          </button>
        </div>
      )}
    </div>
  );
}
