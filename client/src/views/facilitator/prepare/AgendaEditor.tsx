import { nanoid } from 'nanoid';
import type { Phase, SessionState } from '../../../../../shared/model/session';
import { PhaseKind } from '../../../../../shared/model/session';
import { LIMITS } from '../../../../../shared/protocol/limits';
import { useT } from '../../../i18n';
import { errorAt, Field } from './fields';
import { ListEditor } from './ListEditor';
import { SaveBar } from './SaveBar';
import { useSection } from './useSection';

/** The agenda: phases in order, each with its kind, planned start, duration, round and instruction. */
export function AgendaEditor({ state }: { state: SessionState }) {
  const t = useT();
  const s = useSection(state.id, 'agenda', state.agenda, (phases) => ({ type: 'agenda.set', phases }));
  const phases = s.draft;
  const at = (i: number, field: string) => errorAt(s.error, `phases.${i}.${field}`);
  const newPhase = (): Phase => ({
    id: nanoid(12),
    kind: 'plenary',
    title: t('prep.newPhase'),
    plannedStart: phases.at(-1)?.plannedStart ?? '19:00',
    durationMin: 15,
    instruction: '',
    round: null,
  });
  return (
    <section className="panel" aria-labelledby="prep-agenda">
      <h2 id="prep-agenda">{t('prep.agenda')}</h2>
      <form noValidate onSubmit={(e) => void s.submit(e)}>
        <ListEditor
          items={phases}
          onChange={s.set}
          ordered
          name={(phase) => phase.title}
          legend={(phase, i) => (
            <>
              {i + 1}. {phase.title}
              {phase.id === state.currentPhaseId && <span className="badge badge-ok"> {t('phase.current')}</span>}
            </>
          )}
          create={newPhase}
          addLabel={t('prep.addPhase')}
          max={LIMITS.phases}
        >
          {(phase, i, update) => (
            <>
              <div className="row">
                <Field label={t('prep.phaseTitle')} error={at(i, 'title')}>
                  {(p) => (
                    <input
                      {...p}
                      type="text"
                      maxLength={LIMITS.title}
                      value={phase.title}
                      onChange={(e) => update({ title: e.target.value })}
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
                        update({ kind, round: kind === 'table-round' ? (phase.round ?? 1) : null });
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
                      onChange={(e) => update({ plannedStart: e.target.value })}
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
                      onChange={(e) => update({ durationMin: Number(e.target.value) })}
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
                        onChange={(e) => update({ round: Number(e.target.value) })}
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
                    onChange={(e) => update({ instruction: e.target.value })}
                  />
                )}
              </Field>
            </>
          )}
        </ListEditor>
        <SaveBar
          {...s}
          fieldPaths={(path) => /^phases\.\d+\.(title|kind|plannedStart|durationMin|round|instruction)$/.test(path)}
          onReset={s.reset}
        />
      </form>
    </section>
  );
}
