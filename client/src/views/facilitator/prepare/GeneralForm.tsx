import { useMemo } from 'react';
import type { SessionState } from '../../../../../shared/model/session';
import { LIMITS } from '../../../../../shared/protocol/limits';
import { useT } from '../../../i18n';
import { errorAt, Field, toLines } from './fields';
import { SaveBar } from './SaveBar';
import { useSection } from './useSection';

/** Title, date, venue, language and goals of the evening. */
export function GeneralForm({ state }: { state: SessionState }) {
  const t = useT();
  const source = useMemo(
    () => ({
      title: state.title,
      date: state.date ?? '',
      venue: state.venue,
      language: state.language,
      goals: state.goals.join('\n'),
    }),
    [state.title, state.date, state.venue, state.language, state.goals],
  );
  const s = useSection(state.id, 'general', source, (d) => ({
    type: 'session.update',
    title: d.title,
    date: d.date === '' ? null : d.date,
    venue: d.venue,
    language: d.language,
    goals: toLines(d.goals),
  }));
  const d = s.draft;
  return (
    <section className="panel" aria-labelledby="prep-general">
      <h2 id="prep-general">{t('prep.general')}</h2>
      <form noValidate onSubmit={(e) => void s.submit(e)}>
        <Field label={t('prep.title')} error={errorAt(s.error, 'title')}>
          {(p) => (
            <input
              {...p}
              type="text"
              maxLength={LIMITS.title}
              value={d.title}
              onChange={(e) => s.set({ ...d, title: e.target.value })}
            />
          )}
        </Field>
        <div className="row">
          <Field label={t('prep.date')} error={errorAt(s.error, 'date')}>
            {(p) => <input {...p} type="date" value={d.date} onChange={(e) => s.set({ ...d, date: e.target.value })} />}
          </Field>
          <Field label={t('prep.venue')} error={errorAt(s.error, 'venue')}>
            {(p) => (
              <input
                {...p}
                type="text"
                maxLength={LIMITS.title}
                value={d.venue}
                onChange={(e) => s.set({ ...d, venue: e.target.value })}
              />
            )}
          </Field>
          <Field label={t('start.language')} error={errorAt(s.error, 'language')}>
            {(p) => (
              <select
                {...p}
                value={d.language}
                onChange={(e) => s.set({ ...d, language: e.target.value === 'en' ? 'en' : 'nl' })}
              >
                <option value="nl">{t('lang.nl')}</option>
                <option value="en">{t('lang.en')}</option>
              </select>
            )}
          </Field>
        </div>
        <Field
          label={t('prep.goals')}
          hint={t('prep.onePerLine')}
          error={s.error?.path?.startsWith('goals') ? s.error : null}
        >
          {(p) => <textarea {...p} rows={4} value={d.goals} onChange={(e) => s.set({ ...d, goals: e.target.value })} />}
        </Field>
        <SaveBar {...s} fieldPaths={(path) => /^(title|date|venue|language|goals)/.test(path)} onReset={s.reset} />
      </form>
    </section>
  );
}
