import { useMemo } from 'react';
import type { SessionState, Table } from '../../../../shared/model/session';
import { seatsPerRound } from '../shared/counts';
import { useT } from '../../i18n';
import { usePlan } from '../shared/plan';
import { tablesOf, themeTally, voteTally } from './tally';
import { themeList } from '../../../../shared/rules/themes';
import { cloudCards } from '../../components/cloud-words';
import { GroupResults } from '../../components/GroupResults';
import { WordCloud } from '../../components/WordCloud';
import './focus.css';

/** The agenda with the current item marked (plenary). */
export function Agenda({ state }: { state: SessionState }) {
  const t = useT();
  const plan = usePlan(state);
  return (
    <section aria-labelledby="agenda-title" className="screen2-box">
      <h2 id="agenda-title">{t('screen.agenda')}</h2>
      <ol className="screen2-agenda">
        {state.agenda.map((p) => {
          const now = p.id === state.currentPhaseId;
          return (
            <li key={p.id} className={now ? 'now' : undefined} aria-current={now ? 'step' : undefined}>
              <span className="time">{plan.plannedAt(p.id)}</span> {p.title}
              {now && <span className="visually-hidden"> ({t('phase.current')})</span>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** "Go to your table" with every table (the break before the rounds). */
export function GoToTables({ state, round }: { state: SessionState; round: number }) {
  const t = useT();
  const seats = seatsPerRound(state).find((r) => r.round === round);
  return (
    <section aria-labelledby="go-title">
      <h2 id="go-title" className="screen2-call">
        {t('screen.goToTable')}
      </h2>
      {/* Many tables (a conference): names and counts only, so every table fits on one screen. */}
      <ul className="screen2-tables">
        {state.tables.map((table, i) => (
          <li key={table.id}>
            <span className="screen2-table-no">{i + 1}</span>
            <span>
              <strong>{table.title}</strong>
              <OnlineMark table={table} />
              {seats !== undefined && (
                <span className="screen2-muted screen2-people">
                  {' '}
                  · {t('screen.people', { count: seats.perTable[table.id] ?? 0 })}
                </span>
              )}
              {table.keyQuestion !== '' && state.tables.length <= 12 && (
                <span className="screen2-question">{table.keyQuestion}</span>
              )}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * An online table on the projector: a small label, never its link (the screen's view holds none,
 * and a link on the wall would let anyone in the room, or on a photo of it, into the call).
 */
function OnlineMark({ table }: { table: Table }) {
  const t = useT();
  if (table.online !== true) return null;
  return <span className="screen2-online">{t('online.label')}</span>;
}

/** People per table this round (table rounds). */
export function RoundCounts({ state, round }: { state: SessionState; round: number }) {
  const t = useT();
  const seats = seatsPerRound(state).find((r) => r.round === round);
  if (seats === undefined || state.tables.length === 0) return null;
  return (
    <section aria-labelledby="counts-title">
      <h2 id="counts-title" className="visually-hidden">
        {t('screen.perTable')}
      </h2>
      <ul className="screen2-counts">
        {/* The big number is the table, as in the break; the head count is a labelled line below. */}
        {state.tables.map((table, i) => (
          <li key={table.id}>
            <span className="screen2-table-no">{i + 1}</span>
            <span>
              <strong className="label">{table.title}</strong>
              <OnlineMark table={table} />
              <span className="screen2-headcount">{t('screen.people', { count: seats.perTable[table.id] ?? 0 })}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Each table's highlighted cards (wrap-up, before the vote). */
export function Highlights({ state }: { state: SessionState }) {
  const t = useT();
  const cards = Object.values(state.cards).filter((c) => c.highlighted && !c.hidden && c.mergedInto === null);
  return (
    <section aria-labelledby="hl-title" className="screen2-fill">
      <h2 id="hl-title" className="screen2-call">
        {t('screen.highlights')}
      </h2>
      <div className="screen2-columns">
        {state.tables.map((table) => {
          const own = cards.filter((c) => c.tableId === table.id).sort((a, b) => a.createdAt - b.createdAt);
          const summary = (state.summaries[table.id] ?? '').trim();
          return (
            <section key={table.id} aria-labelledby={`hl-${table.id}`} className="screen2-box">
              <h3 id={`hl-${table.id}`}>{table.title}</h3>
              {/* What the host wrote for the room comes first: it is the table's own account. */}
              {summary !== '' && <p className="screen2-summary">{summary}</p>}
              {own.length === 0 ? (
                summary === '' && <p className="screen2-muted">{t('screen.noHighlights')}</p>
              ) : (
                <ul>
                  {own.map((c) => (
                    <li key={c.id}>{c.text}</li>
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

/** The dot-vote: live while open, final after closing; on highlights or on themes. */
export function VoteResults({ state }: { state: SessionState }) {
  const t = useT();
  const tableOf = (id: string) => state.tables.find((x) => x.id === id)?.title ?? '';
  const bars: { id: string; dots: number; text: string; from: string }[] =
    (state.voting.on ?? 'highlights') === 'themes'
      ? themeTally(state).map(({ theme, dots }) => ({
          id: theme.id,
          dots,
          text: theme.label,
          from: tablesOf(state, theme).join(', '),
        }))
      : voteTally(state).map(({ card, dots }) => ({ id: card.id, dots, text: card.text, from: tableOf(card.tableId) }));
  const tally = bars.slice(0, 10);
  const top = tally[0]?.dots ?? 1;
  return (
    <section aria-labelledby="votes-title" className="screen2-fill">
      <h2 id="votes-title" className="screen2-call">
        {state.voting.open ? t('screen.votesLive') : t('screen.votesFinal')}
      </h2>
      {tally.length === 0 ? (
        <p className="screen2-instruction">{t('screen.noVotes')}</p>
      ) : (
        <ol className="screen2-votes">
          {tally.map(({ id, dots, text, from }) => (
            <li key={id}>
              <span className="bar" style={{ width: `${Math.max(4, (dots / top) * 100)}%` }} aria-hidden="true" />
              <span className="dots">{t('screen.dots', { count: dots })}</span>
              <span className="text">
                {text} {from !== '' && <span className="screen2-muted">· {from}</span>}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** At most this many themes on the projector: more would be too small to read from the back. */
const SCREEN_THEMES = 12;

/** The harvest's themes, each with its cards and the tables they came from (the facilitator's choice). */
export function ThemesOnScreen({ state }: { state: SessionState }) {
  const t = useT();
  const themes = themeList(state).filter((th) => th.proposedBy === null);
  const shown = themes.slice(0, SCREEN_THEMES);
  // Fewer cards per theme as themes get more, so every box keeps its label, tables and a few cards.
  const perTheme = shown.length <= 3 ? 8 : shown.length <= 6 ? 4 : 2;
  return (
    <section aria-labelledby="themes-title" className="screen2-fill">
      <h1 id="themes-title" className="screen2-call" aria-live="polite">
        {t('screen.themes')}
      </h1>
      {shown.length === 0 ? (
        <p className="screen2-instruction">{t('screen.noThemes')}</p>
      ) : (
        <div className="screen2-themes" data-count={Math.min(shown.length, 8)}>
          {shown.map((theme) => {
            const cards = theme.cardIds
              .map((id) => state.cards[id])
              .filter((c) => c !== undefined && !c.hidden && c.mergedInto === null);
            const tables = tablesOf(state, theme);
            return (
              <section key={theme.id} aria-labelledby={`theme-${theme.id}`} className="screen2-box">
                <h2 id={`theme-${theme.id}`}>{theme.label}</h2>
                {tables.length > 0 && (
                  <p className="screen2-theme-from">{t('screen.themeFrom', { tables: tables.join(', ') })}</p>
                )}
                <ul>
                  {cards.slice(0, perTheme).map((c) => (
                    <li key={c!.id}>{c!.text}</li>
                  ))}
                </ul>
                {/* The total, not "n more": how many cards fit depends on the screen, this is always true. */}
                {cards.length > 1 && <p className="screen2-muted">{t('screen.themeCards', { count: cards.length })}</p>}
              </section>
            );
          })}
        </div>
      )}
      {themes.length > shown.length && (
        <p className="screen2-muted">{t('screen.moreThemes', { count: themes.length - shown.length })}</p>
      )}
    </section>
  );
}

/** The word cloud of the evening, or of one table when the facilitator picked it. */
export function CloudOnScreen({ state, tableId }: { state: SessionState; tableId: string | null }) {
  const t = useT();
  const table = tableId === null ? undefined : state.tables.find((x) => x.id === tableId);
  const id = table?.id ?? null;
  // Once per change of the cards, not on every tick of the timer.
  const cards = useMemo(() => cloudCards(state.cards, id), [state.cards, id]);
  return (
    <section aria-labelledby="cloud-title" className="screen2-fill">
      <h1 id="cloud-title" className="screen2-call" aria-live="polite">
        {table === undefined ? t('screen.cloud') : t('screen.cloudTable', { table: table.title })}
      </h1>
      <WordCloud cards={cards} language={state.language} limit={40} variant="screen" />
    </section>
  );
}

/** The vote split by group: from the count at closing, which only the screen and facilitators get. */
export function GroupsOnScreen({ state }: { state: SessionState }) {
  const t = useT();
  const byGroup = state.voting.open ? null : (state.voting.byGroup ?? null);
  return (
    <section aria-labelledby="bygroup-title" className="screen2-fill">
      <h1 id="bygroup-title" className="screen2-call" aria-live="polite">
        {t('screen.byGroup')}
      </h1>
      {byGroup === null ? (
        <p className="screen2-instruction">{t('screen.byGroupWait')}</p>
      ) : (
        <GroupResults state={state} byGroup={byGroup} limit={8} variant="screen" />
      )}
    </section>
  );
}

/** The working groups to sign up for (closing). */
export function WorkingGroups({ state }: { state: SessionState }) {
  const t = useT();
  return (
    <section aria-labelledby="wg-title">
      <h2 id="wg-title" className="screen2-call">
        {t('screen.groups')}
      </h2>
      <ul className="screen2-groups">
        {state.workingGroups.map((g) => (
          <li key={g.id}>
            <strong>{g.title}</strong>
            {g.description !== '' && <span className="screen2-question">{g.description}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
