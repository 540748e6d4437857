import type { SessionState } from '../../../../shared/model/session';
import { useT } from '../../i18n';
import { useCan } from '../../net/useCan';
import { useCommand } from '../../net/useCommand';
import { rankedResults } from './where';

/**
 * Dots on the tables' highlights; the rules say which button works. With no dots left "+" is
 * aria-disabled, not disabled: the button just pressed keeps the keyboard's focus, and its
 * description (the counter) says why it does nothing. For the same reason a press while the
 * last one is on its way is ignored rather than the button disabled. The counter sticks to the
 * top of the screen while the list scrolls, so "no dots left" is where the person is looking.
 */
export function Voting({ state, me }: { state: SessionState; me: string }) {
  const t = useT();
  const { run, busy, error } = useCommand();
  const can = useCan(state);
  const mine = state.votes[me] ?? [];
  const dots = state.voting.dots;
  const left = Math.max(0, dots - mine.length);
  const cards = Object.values(state.cards)
    .filter((c) => c.highlighted && !c.hidden && c.mergedInto === null)
    .sort((a, b) => a.tableId.localeCompare(b.tableId) || a.createdAt - b.createdAt);
  const tableTitle = (tableId: string) => state.tables.find((x) => x.id === tableId)?.title ?? '';
  // The counter already says "all dots used"; the server's LIMIT_REACHED (another tab was
  // first) is news only while the counter does not know yet.
  const problem =
    error === null || (error.code === 'LIMIT_REACHED' && left === 0)
      ? null
      : error.code === 'LIMIT_REACHED'
        ? t('participant.vote.limit', { count: dots })
        : t(`error.${error.code}`);
  return (
    <section className="panel" aria-labelledby="vote-title">
      <h2 id="vote-title">{t('participant.vote.title')}</h2>
      <p className="hint">{t('participant.vote.hint')}</p>
      <p id="dots-left" role="status" className="dots-left">
        {left === 0 ? t('participant.vote.limit', { count: dots }) : t('participant.vote.left', { count: left, dots })}
      </p>
      <p className="error" role="alert">
        {problem}
      </p>
      {cards.length === 0 ? (
        <p className="muted">{t('participant.vote.none')}</p>
      ) : (
        <ul className="list">
          {cards.map((card) => {
            const count = mine.filter((x) => x === card.id).length;
            const cast = can({ type: 'vote.cast', cardId: card.id });
            const noDots = !cast.ok && cast.error.code === 'LIMIT_REACHED';
            return (
              <li key={card.id} className={count > 0 ? 'item item-highlighted' : 'item'}>
                <p className="muted small">{tableTitle(card.tableId)}</p>
                <p>{card.text}</p>
                <div className="item-row">
                  <span className="votes">{t('participant.vote.mine', { count })}</span>
                  <span className="buttons tight">
                    <button
                      type="button"
                      className="dot-button"
                      disabled={busy || !can({ type: 'vote.withdraw', cardId: card.id }).ok}
                      aria-label={`${t('participant.vote.remove')}: ${card.text}`}
                      onClick={() => void run({ type: 'vote.withdraw', cardId: card.id })}
                    >
                      −
                    </button>
                    <button
                      type="button"
                      className="primary dot-button"
                      disabled={!cast.ok && !noDots}
                      aria-disabled={noDots}
                      aria-describedby={noDots ? 'dots-left' : undefined}
                      aria-label={`${t('participant.vote.add')}: ${card.text}`}
                      onClick={() => noDots || busy || void run({ type: 'vote.cast', cardId: card.id })}
                    >
                      +
                    </button>
                  </span>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** The dots per highlight as counted when voting closed: the same list for everyone. */
export function Results({ state }: { state: SessionState }) {
  const t = useT();
  const results = rankedResults(state);
  return (
    <section className="panel" aria-labelledby="results-title">
      <h2 id="results-title">{t('participant.results.title')}</h2>
      {results.length === 0 ? (
        <p className="muted">{t('participant.results.none')}</p>
      ) : (
        <ol className="list">
          {results.map((r) => (
            <li key={r.cardId} className="item">
              <p>{r.text}</p>
              <p className="muted small">
                {r.table} · <strong>{t('participant.results.dots', { count: r.dots })}</strong>
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
