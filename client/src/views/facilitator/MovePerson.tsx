import { useId, useState, type FormEvent } from 'react';
import type { SessionState } from '../../../../shared/model/session';
import { currentRound, tableFor } from '../../../../shared/rules/phase';
import { useT } from '../../i18n';
import { useCommand } from '../../net/useCommand';
import { ErrorLine } from './ErrorLine';

/**
 * Move one person to another table for one round (assignment.set); it overrides their picks and
 * any plan. People without a name are numbered in the order they joined.
 */
export function MovePerson({ state }: { state: SessionState }) {
  const t = useT();
  const { run, busy, error } = useCommand();
  const ids = { person: useId(), round: useId(), table: useId() };
  const people = Object.values(state.participants).sort((a, b) => a.joinedAt - b.joinedAt);
  const [person, setPerson] = useState('');
  const [round, setRound] = useState(String(currentRound(state) ?? 1));
  const [table, setTable] = useState('');
  const [moved, setMoved] = useState<string | null>(null);
  const label = (id: string) => {
    const i = people.findIndex((p) => p.id === id);
    return people[i]?.name ?? t('cockpit.personN', { n: i + 1 });
  };
  const now = person === '' ? null : tableFor(state, person, Number(round));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (person === '' || table === '') return;
    setMoved(null);
    const ack = await run({
      type: 'assignment.set',
      participantId: person,
      round: Number(round),
      tableId: table === 'out' ? null : table,
    });
    if (ack.ok) setMoved(label(person));
  };
  if (people.length === 0 || state.tables.length === 0) return null;
  return (
    <form className="move" onSubmit={(e) => void submit(e)} aria-labelledby="move-title">
      <h3 id="move-title">{t('cockpit.move')}</h3>
      <div className="row">
        <div className="field">
          <label htmlFor={ids.person}>{t('cockpit.movePerson')}</label>
          <select id={ids.person} value={person} onChange={(e) => setPerson(e.target.value)}>
            <option value="">{t('cockpit.moveChoose')}</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {label(p.id)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.round}>{t('prep.round')}</label>
          <select id={ids.round} value={round} onChange={(e) => setRound(e.target.value)}>
            {Array.from({ length: state.rounds.count }, (_, i) => (
              <option key={i + 1} value={String(i + 1)}>
                {t('phase.round', { round: i + 1 })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.table}>{t('cockpit.moveTo')}</label>
          <select id={ids.table} value={table} onChange={(e) => setTable(e.target.value)}>
            <option value="">{t('cockpit.moveChoose')}</option>
            {state.tables.map((x) => (
              <option key={x.id} value={x.id}>
                {x.title}
              </option>
            ))}
            <option value="out">{t('cockpit.moveOut')}</option>
          </select>
        </div>
      </div>
      {person !== '' && (
        <p className="muted">
          {t('cockpit.moveNow', { table: state.tables.find((x) => x.id === now)?.title ?? t('cockpit.unseated') })}
        </p>
      )}
      <div className="buttons">
        <button type="submit" disabled={busy || person === '' || table === ''}>
          {t('cockpit.moveButton')}
        </button>
        <span role="status" className="ok">
          {moved === null ? '' : t('cockpit.moved', { name: moved })}
        </span>
      </div>
      <ErrorLine error={error} />
    </form>
  );
}
