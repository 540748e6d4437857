import { useEffect, useRef } from 'react';
import type { SessionState } from '../../../../shared/model/session';
import { seatRound } from '../../../../shared/rules/view';
import { useT } from '../../i18n';
import { CardItem, useTableCards } from './Stream';

/**
 * Between rounds the host tells the new group what was said before: the earlier rounds' cards,
 * grouped by round, highlights first, and the table summary if there is one.
 */
export function Briefing({ state, tableId, focus = false }: { state: SessionState; tableId: string; focus?: boolean }) {
  const t = useT();
  const section = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focus) section.current?.focus();
  }, [focus]);
  const now = seatRound(state);
  const cards = useTableCards(state, tableId).filter((c) => c.round !== now || now === null);
  const rounds = [...new Set(cards.map((c) => c.round))].sort((a, b) => (a ?? 0) - (b ?? 0));
  const summary = state.summaries[tableId] ?? '';
  return (
    <section ref={section} tabIndex={-1} className="panel" aria-labelledby="briefing-title">
      <h2 id="briefing-title">{t('host.briefing.title')}</h2>
      <p className="hint">{t('host.briefing.hint')}</p>
      {summary !== '' && <p className="host-summary-shown">{summary}</p>}
      {cards.length === 0 ? (
        <p className="muted">{t('host.briefing.empty')}</p>
      ) : (
        rounds.map((round) => {
          const inRound = cards
            .filter((c) => c.round === round)
            .sort((a, b) => Number(b.highlighted) - Number(a.highlighted) || a.createdAt - b.createdAt);
          const title = round === null ? t('host.briefing.noRound') : t('host.briefing.round', { round });
          return (
            <section key={round ?? 'none'} aria-label={title} className="host-round">
              <h3>
                {title} <span className="muted">({inRound.length})</span>
              </h3>
              <ul className="list">
                {inRound.map((card) => (
                  <CardItem key={card.id} card={card} />
                ))}
              </ul>
            </section>
          );
        })
      )}
    </section>
  );
}
