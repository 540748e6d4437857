import { nanoid } from 'nanoid';
import type { Phase, SessionState } from '../../../../../shared/model/session';
import { PhaseKind } from '../../../../../shared/model/session';
import { LIMITS } from '../../../../../shared/protocol/limits';
import { useT } from '../../../i18n';
import { errorAt, Field } from './fields';
import { move } from './move';
import { SaveBar } from './SaveBar';
import { useSection } from './useSection';

/** The agenda: phases in order, each with its kind, planned start, duration, round and instruction. */
export function AgendaEditor({ state }: { state: SessionState }) {
  const t = useT();
  const s = useSection(state.agenda, (phases) => ({ type: 'agenda.set', phases }));
  const phases = s.draft;
  const update = (i: number, patch: Partial<Phase>) => s.set(phases.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  const at = (i: number, field: string) => errorAt(s.error, `phases.${i}.${field}`);
  const add = () => {
    const last = phases.at(-1);
    s.set([
      ...phases,
      {
        id: nanoid(12),
        kind: 'plenary',
        title: t('prep.newPhase'),
        plannedStart: last?.plannedStart ?? '19:00',
        durationMin: 15,
        instruction: '',
        round: null,
      },
    ]);
  };
  return (
    <section className="panel" aria-labelledby="prep-agenda">
      <h2 id="prep-agenda">{t('prep.agenda')}</h2>
      <form noValidate onSubmit={(e) => void s.submit(e)}>
        <ol className="edit-list">
          {phases.map((phase, i) => (
            <li key={phase.id} className="edit-item">
              <fieldset>
                <legend>
                  {i + 1}. {phase.title}
                  {phase.id === state.currentPhaseId && <span className="badge badge-ok"> {t('phase.current')}</span>}
                </legend>
                <div className="row">
                  <Field label={t('prep.phaseTitle')} error={at(i, 'title')}>
                    {(p) => (
                      <input
                        {...p}
                        type="text"
                        maxLength={LIMITS.title}
                        value={phase.title}
                        onChange={(e) => update(i, { title: e.target.value })}
                      />
                    )}
                  </Field>
                  <Field label={t('prep.kind')} error={at(i, 'kind')}>
                    {(p) => (
                      <select
                        {...p}
                        value={phase.kind}
                        onChange={(e) => {
                          const kind = PhaseKind.parse(e.target.value);
                          update(i, { kind, round: kind === 'table-round' ? (phase.round ?? 1) : null });
                        }}
                      >
                        {PhaseKind.options.map((k) => (
                          <option key={k} value={k}>
                            {t(`kind.${k}`)}
                          </option>
                        ))}
                      </select>
                    )}
                  </Field>
                  <Field label={t('prep.start')} error={at(i, 'plannedStart')}>
                    {(p) => (
                      <input
                        {...p}
                        type="time"
                        value={phase.plannedStart}
                        onChange={(e) => update(i, { plannedStart: e.target.value })}
                      />
                    )}
                  </Field>
                  <Field label={t('prep.duration')} error={at(i, 'durationMin')}>
                    {(p) => (
                      <input
                        {...p}
                        type="number"
                        min={0}
                        max={600}
                        value={phase.durationMin}
                        onChange={(e) => update(i, { durationMin: Number(e.target.value) })}
                      />
                    )}
                  </Field>
                  {phase.kind === 'table-round' && (
                    <Field label={t('prep.round')} error={at(i, 'round')}>
                      {(p) => (
                        <input
                          {...p}
                          type="number"
                          min={1}
                          max={state.rounds.count}
                          value={phase.round ?? 1}
                          onChange={(e) => update(i, { round: Number(e.target.value) })}
                        />
                      )}
                    </Field>
                  )}
                </div>
                <Field label={t('prep.instruction')} error={at(i, 'instruction')}>
                  {(p) => (
                    <input
                      {...p}
                      type="text"
                      maxLength={LIMITS.instruction}
                      value={phase.instruction}
                      onChange={(e) => update(i, { instruction: e.target.value })}
                    />
                  )}
                </Field>
                <div className="buttons tight">
                  <button type="button" className="small" disabled={i === 0} onClick={() => s.set(move(phases, i, -1))}>
                    {t('prep.up')}
                    <span className="visually-hidden">: {phase.title}</span>
                  </button>
                  <button
                    type="button"
                    className="small"
                    disabled={i === phases.length - 1}
                    onClick={() => s.set(move(phases, i, 1))}
                  >
                    {t('prep.down')}
                    <span className="visually-hidden">: {phase.title}</span>
                  </button>
                  <button
                    type="button"
                    className="small danger"
                    onClick={() => s.set(phases.filter((_, j) => j !== i))}
                  >
                    {t('prep.remove')}
                    <span className="visually-hidden">: {phase.title}</span>
                  </button>
                </div>
              </fieldset>
            </li>
          ))}
        </ol>
        <div className="buttons">
          <button type="button" onClick={add} disabled={phases.length >= LIMITS.phases}>
            {t('prep.addPhase')}
          </button>
        </div>
        <SaveBar
          {...s}
          fieldPaths={(path) => /^phases\.\d+\.(title|kind|plannedStart|durationMin|round|instruction)$/.test(path)}
          onReset={s.reset}
        />
      </form>
    </section>
  );
}
