import { type SessionState, themesOf } from '../../../../shared/model/session';
import { themeList } from '../../../../shared/rules/themes';
import { useT } from '../../i18n';
import { useCan } from '../../net/useCan';
import { useCommand } from '../../net/useCommand';
import { rankedResults } from './where';

/** How many of a theme's cards a phone shows under its name: enough to know what it is about. */
const CARDS_SHOWN = 3;

/** Something that gets dots: a highlight or a theme, as one row of the list. */
type Target = {
  id: string;
  /** What the row shows first: the card's text or the theme's name. */
  title: string;
  /** A muted line above it: the card's table, or how many cards the theme holds. */
  meta: string;
  /** A theme's first cards. */
  cards: string[];
  add: string;
  remove: string;
};

/**
 * Dots on the tables' highlights or the themes of the evening (the facilitator chose); the rules
 * say which button works. With no dots left "+" is aria-disabled, not disabled: the button just
 * pressed keeps the keyboard's focus, and its description (the counter) says why it does nothing.
 * For the same reason a press while the last one is on its way is ignored rather than the button
 * disabled. The counter sticks to the top of the screen while the list scrolls, so "no dots left"
 * is where the person is looking.
 */
export function Voting({ state, me }: { state: SessionState; me: string }) {
  const t = useT();
  const { run, busy, error } = useCommand();
  const can = useCan(state);
  const mine = state.votes[me] ?? [];
  const dots = state.voting.dots;
  const left = Math.max(0, dots - mine.length);
  const onThemes = (state.voting.on ?? 'highlights') === 'themes';
  const targets = onThemes ? themeTargets(state, t) : highlightTargets(state, t);
  const key = (id: string) => (onThemes ? { themeId: id } : { cardId: id });
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
      <h2 id="vote-title">{onThemes ? t('participant.vote.titleThemes') : t('participant.vote.title')}</h2>
      <p className="hint">{onThemes ? t('participant.vote.hintThemes') : t('participant.vote.hint')}</p>
      <p id="dots-left" role="status" className="dots-left">
        {left === 0 ? t('participant.vote.limit', { count: dots }) : t('participant.vote.left', { count: left, dots })}
      </p>
      <p className="error" role="alert">
        {problem}
      </p>
      {targets.length === 0 ? (
        <p className="muted">{onThemes ? t('participant.vote.noneThemes') : t('participant.vote.none')}</p>
      ) : (
        <ul className="list">
          {targets.map((target) => {
            const count = mine.filter((x) => x === target.id).length;
            const cast = can({ type: 'vote.cast', ...key(target.id) });
            const noDots = !cast.ok && cast.error.code === 'LIMIT_REACHED';
            return (
              <li key={target.id} className={count > 0 ? 'item item-highlighted' : 'item'}>
                <p className="muted small">{target.meta}</p>
                <p className={onThemes ? 'vote-theme' : undefined}>{target.title}</p>
                {target.cards.length > 0 && (
                  <ul className="vote-theme-cards">
                    {target.cards.map((text, i) => (
                      // Two cards may say the same words; their place keeps them apart.
                      // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed per render
                      <li key={i}>{text}</li>
                    ))}
                  </ul>
                )}
                <div className="item-row">
                  <span className="votes">{t('participant.vote.mine', { count })}</span>
                  <span className="buttons tight">
                    <button
                      type="button"
                      className="dot-button"
                      disabled={busy || !can({ type: 'vote.withdraw', ...key(target.id) }).ok}
                      aria-label={target.remove}
                      onClick={() => void run({ type: 'vote.withdraw', ...key(target.id) })}
                    >
                      −
                    </button>
                    <button
                      type="button"
                      className="primary dot-button"
                      disabled={!cast.ok && !noDots}
                      aria-disabled={noDots}
                      aria-describedby={noDots ? 'dots-left' : undefined}
                      aria-label={target.add}
                      onClick={() => noDots || busy || void run({ type: 'vote.cast', ...key(target.id) })}
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

type T = ReturnType<typeof useT>;

function highlightTargets(state: SessionState, t: T): Target[] {
  const tableTitle = (tableId: string) => state.tables.find((x) => x.id === tableId)?.title ?? '';
  return Object.values(state.cards)
    .filter((c) => c.highlighted && !c.hidden && c.mergedInto === null)
    .sort((a, b) => a.tableId.localeCompare(b.tableId) || a.createdAt - b.createdAt)
    .map((card) => ({
      id: card.id,
      title: card.text,
      meta: tableTitle(card.tableId),
      cards: [],
      add: `${t('participant.vote.add')}: ${card.text}`,
      remove: `${t('participant.vote.remove')}: ${card.text}`,
    }));
}

/** The themes of the evening that hold cards (the rules take dots on no other), in their order. */
function themeTargets(state: SessionState, t: T): Target[] {
  return themeList(state)
    .filter((theme) => theme.proposedBy === null && theme.cardIds.length > 0)
    .map((theme) => {
      const texts = theme.cardIds.flatMap((id) => {
        const card = Object.hasOwn(state.cards, id) ? state.cards[id] : undefined;
        return card === undefined || card.hidden || card.mergedInto !== null ? [] : [card.text];
      });
      return {
        id: theme.id,
        title: theme.label,
        meta: t('participant.vote.themeCards', { count: theme.cardIds.length }),
        cards: texts.slice(0, CARDS_SHOWN),
        add: t('participant.vote.addTheme', { label: theme.label }),
        remove: t('participant.vote.removeTheme', { label: theme.label }),
      };
    });
}

/** The dots per highlight or theme as counted when voting closed: the same list for everyone. */
export function Results({ state }: { state: SessionState }) {
  const t = useT();
  const results = (state.voting.on ?? 'highlights') === 'themes' ? rankedThemes(state, t) : rankedResults(state);
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

/** A vote on themes, most dots first, in the shape of the highlights' ranking (the card count for the table). */
function rankedThemes(state: SessionState, t: T): { cardId: string; text: string; table: string; dots: number }[] {
  const themes = themesOf(state);
  return Object.entries(state.voting.results ?? {})
    .flatMap(([id, dots]) => {
      const theme = Object.hasOwn(themes, id) ? themes[id] : undefined;
      if (theme === undefined || dots <= 0) return [];
      const table = t('participant.vote.themeCards', { count: theme.cardIds.length });
      return [{ cardId: id, text: theme.label, table, dots }];
    })
    .sort((a, b) => b.dots - a.dots || a.text.localeCompare(b.text));
}
