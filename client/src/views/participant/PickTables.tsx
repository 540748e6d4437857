import { useId, useState, type FormEvent } from 'react';
import type { SessionState } from '../../../../shared/model/session';
import type { CommandError } from '../../../../shared/protocol/errors';
import { ErrorText } from '../../components/ErrorText';
import { useT } from '../../i18n';
import { useCan } from '../../net/useCan';
import { useCommand } from '../../net/useCommand';
import { seatText } from './YourTable';
import { allSeats, picksEditable, picksWanted, seatedByPlan } from './where';

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * "Choose 2 of 3": tick tables, then put them in order with Up / Down (the order of ticking is
 * the first guess). Buttons, not drag and drop: they work with one thumb, a keyboard and a
 * screen reader alike. They are never `disabled`: a moved item keeps its button focused, and a
 * disabled button would drop the keyboard's focus to the page. Once no change is allowed the
 * choice is shown, not edited; in between, a change the rules refuse (the table of a round that
 * has begun) is refused here at once, with the rules' own answer.
 */
export function PickTables({ state, me }: { state: SessionState; me: string }) {
  const t = useT();
  const participant = state.participants[me];
  const saved = participant?.picks ?? [];
  if (!picksEditable(state, me, Date.now())) {
    const seats = allSeats(state, me);
    // After the plan, the plan decides: say so, and how to get another table.
    const planned = seatedByPlan(state, me);
    return (
      <section className="panel" aria-labelledby="plan-title">
        <h2 id="plan-title">{t('participant.where.plan')}</h2>
        <p className="hint">{planned ? t('participant.picks.planOut') : t('participant.picks.locked')}</p>
        {saved.length === 0 && Object.keys(state.assignments).length === 0 ? (
          <p>{t('participant.picks.none')}</p>
        ) : (
          <ul className="list">
            {seats.map((seat) => (
              <li key={seat.round} className="item">
                {/* An overview, not an instruction: "go to" belongs to the round being played (YourTable). */}
                {seat.table === null || seat.number === null
                  ? seatText(t, { ...seat, now: true })
                  : t('participant.where.planned', { round: seat.round, number: seat.number, table: seat.table.title })}
              </li>
            ))}
          </ul>
        )}
      </section>
    );
  }
  return <PickForm state={state} saved={saved} />;
}

function PickForm({ state, saved }: { state: SessionState; saved: readonly string[] }) {
  const t = useT();
  const id = useId();
  const { run, busy, error } = useCommand();
  const [picks, setPicks] = useState<string[]>([...saved]);
  const [full, setFull] = useState(false);
  const [done, setDone] = useState(false);
  const [refused, setRefused] = useState<CommandError | null>(null);
  const allowed = useCan(state);
  const max = picksWanted(state);
  const title = (tableId: string) => state.tables.find((x) => x.id === tableId)?.title ?? '';
  const change = (next: string[]) => {
    const answer = allowed({ type: 'tables.pick', picks: next });
    setRefused(answer.ok ? null : answer.error);
    if (!answer.ok) return;
    setPicks(next);
    setDone(false);
    setFull(false);
  };
  const toggle = (tableId: string) => {
    if (picks.includes(tableId)) {
      change(picks.filter((x) => x !== tableId));
    } else if (picks.length >= max) {
      // Not a disabled box: a disabled box says nothing about why. Say it.
      setFull(true);
    } else {
      change([...picks, tableId]);
    }
  };
  const move = (from: number, to: number) => {
    const next = [...picks];
    const [moved] = next.splice(from, 1);
    if (moved === undefined) return;
    next.splice(to, 0, moved);
    change(next);
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const ack = await run({ type: 'tables.pick', picks });
    setDone(ack.ok);
  };
  const dirty = !same(picks, saved);
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('participant.picks.title')}</h2>
      <form onSubmit={submit}>
        <fieldset aria-describedby={`${id}-hint`}>
          <legend>{t('participant.picks.legend', { count: max, total: state.tables.length })}</legend>
          <p id={`${id}-hint`} className="hint">
            {t('participant.picks.hint')}
          </p>
          {state.tables.map((table, i) => (
            <div key={table.id} className="check">
              <input
                id={`${id}-t${i}`}
                type="checkbox"
                checked={picks.includes(table.id)}
                aria-describedby={table.keyQuestion === '' ? undefined : `${id}-q${i}`}
                onChange={() => toggle(table.id)}
              />
              <span>
                <label htmlFor={`${id}-t${i}`}>{table.title}</label>
                {table.keyQuestion !== '' && (
                  <span id={`${id}-q${i}`} className="hint block">
                    {table.keyQuestion}
                  </span>
                )}
              </span>
            </div>
          ))}
        </fieldset>
        <p className="error" role="alert">
          {full ? t('participant.picks.full', { count: max }) : null}
        </p>
        {picks.length > 0 && (
          <>
            <h3 id={`${id}-order`}>{t('participant.picks.order')}</h3>
            <ol className="list ranks" aria-labelledby={`${id}-order`}>
              {picks.map((tableId, i) => (
                <li key={tableId} className="item item-row">
                  <span>
                    <span className="visually-hidden">{t('participant.picks.rank', { rank: i + 1 })}: </span>
                    <strong aria-hidden="true">{i + 1}. </strong>
                    {title(tableId)}
                  </span>
                  <span className="buttons tight">
                    <button
                      type="button"
                      aria-label={`${t('participant.picks.up')}: ${title(tableId)}`}
                      aria-disabled={i === 0}
                      onClick={() => i > 0 && move(i, i - 1)}
                    >
                      {t('participant.picks.up')}
                    </button>
                    <button
                      type="button"
                      aria-label={`${t('participant.picks.down')}: ${title(tableId)}`}
                      aria-disabled={i === picks.length - 1}
                      onClick={() => i < picks.length - 1 && move(i, i + 1)}
                    >
                      {t('participant.picks.down')}
                    </button>
                  </span>
                </li>
              ))}
            </ol>
          </>
        )}
        <button type="submit" className={dirty ? 'primary' : undefined} disabled={busy}>
          {t('participant.picks.save')}
        </button>
        <p role="status" className={done && !dirty ? 'ok' : 'hint'}>
          {done && !dirty ? t('participant.saved') : dirty ? t('participant.notSaved') : null}
        </p>
        {refused?.code === 'WRONG_PHASE' ? (
          <p className="error" role="alert">
            {t('participant.picks.roundBegun', { round: Number(refused.path?.split('.')[1] ?? 0) + 1 })}
          </p>
        ) : (
          <ErrorText error={refused ?? error} />
        )}
      </form>
    </section>
  );
}
