import type { SessionState } from '../../../../shared/model/session';
import { seatsPerRound } from '../shared/counts';
import { useT } from '../../i18n';
import { usePlan } from '../shared/plan';
import { voteTally } from './tally';

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

/** The dot-vote: live while open, final after closing. */
export function VoteResults({ state }: { state: SessionState }) {
  const t = useT();
  const tally = voteTally(state).slice(0, 10);
  const top = tally[0]?.dots ?? 1;
  const tableOf = (id: string) => state.tables.find((x) => x.id === id)?.title ?? '';
  return (
    <section aria-labelledby="votes-title" className="screen2-fill">
      <h2 id="votes-title" className="screen2-call">
        {state.voting.open ? t('screen.votesLive') : t('screen.votesFinal')}
      </h2>
      {tally.length === 0 ? (
        <p className="screen2-instruction">{t('screen.noVotes')}</p>
      ) : (
        <ol className="screen2-votes">
          {tally.map(({ card, dots }) => (
            <li key={card.id}>
              <span className="bar" style={{ width: `${Math.max(4, (dots / top) * 100)}%` }} aria-hidden="true" />
              <span className="dots">{t('screen.dots', { count: dots })}</span>
              <span className="text">
                {card.text} <span className="screen2-muted">· {tableOf(card.tableId)}</span>
              </span>
            </li>
          ))}
        </ol>
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
