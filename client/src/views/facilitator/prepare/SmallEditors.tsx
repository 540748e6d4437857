import { nanoid } from 'nanoid';
import type { InfoCategory, SessionState, WorkingGroup } from '../../../../../shared/model/session';
import { LIMITS } from '../../../../../shared/protocol/limits';
import { useT } from '../../../i18n';
import { errorAt, Field } from './fields';
import { ListEditor } from './ListEditor';
import { SaveBar } from './SaveBar';
import { useSection } from './useSection';

/** How many rounds, how long, and how many tables each person visits. */
export function RoundsForm({ state }: { state: SessionState }) {
  const t = useT();
  const s = useSection(state.id, 'rounds', state.rounds, (rounds) => ({ type: 'rounds.set', rounds }));
  const r = s.draft;
  const num = (field: keyof typeof r, label: string, max: number) => (
    <Field label={label} error={errorAt(s.error, `rounds.${field}`)}>
      {(p) => (
        <input
          {...p}
          type="number"
          min={1}
          max={max}
          value={r[field]}
          onChange={(e) => s.set({ ...r, [field]: Number(e.target.value) })}
        />
      )}
    </Field>
  );
  return (
    <section className="panel" aria-labelledby="prep-rounds">
      <h2 id="prep-rounds">{t('prep.rounds')}</h2>
      <form noValidate onSubmit={(e) => void s.submit(e)}>
        <div className="row">
          {num('count', t('prep.roundCount'), 10)}
          {num('lengthMin', t('prep.roundLength'), 240)}
          {num('tablesPerParticipant', t('prep.tablesPer'), 10)}
        </div>
        <SaveBar
          {...s}
          fieldPaths={(path) => /^rounds\.(count|lengthMin|tablesPerParticipant)$/.test(path)}
          onReset={s.reset}
        />
      </form>
    </section>
  );
}

/** The info point's subjects. */
export function CategoriesEditor({ state }: { state: SessionState }) {
  const t = useT();
  const s = useSection<InfoCategory[]>(state.id, 'categories', state.infoCategories, (categories) => ({
    type: 'categories.set',
    categories,
  }));
  const list = s.draft;
  return (
    <section className="panel" aria-labelledby="prep-categories">
      <h2 id="prep-categories">{t('prep.categories')}</h2>
      <form noValidate onSubmit={(e) => void s.submit(e)}>
        <ListEditor
          items={list}
          onChange={s.set}
          name={(c) => c.label}
          create={() => ({ id: nanoid(12), label: t('prep.newCategory') })}
          addLabel={t('prep.addCategory')}
          max={LIMITS.categories}
        >
          {(c, i, update) => (
            <Field label={t('prep.categoryN', { n: i + 1 })} error={errorAt(s.error, `categories.${i}.label`)}>
              {(p) => (
                <input
                  {...p}
                  type="text"
                  maxLength={LIMITS.title}
                  value={c.label}
                  onChange={(e) => update({ label: e.target.value })}
                />
              )}
            </Field>
          )}
        </ListEditor>
        <SaveBar {...s} fieldPaths={(path) => /^categories\.\d+\.label$/.test(path)} onReset={s.reset} />
      </form>
    </section>
  );
}

/** Working groups people can sign up for at the end, optionally tied to a table. */
export function WorkingGroupsEditor({ state }: { state: SessionState }) {
  const t = useT();
  const s = useSection<WorkingGroup[]>(state.id, 'groups', state.workingGroups, (groups) => ({
    type: 'workingGroups.set',
    groups,
  }));
  const list = s.draft;
  return (
    <section className="panel" aria-labelledby="prep-groups">
      <h2 id="prep-groups">{t('prep.groups')}</h2>
      <form noValidate onSubmit={(e) => void s.submit(e)}>
        <ListEditor
          items={list}
          onChange={s.set}
          name={(g) => g.title}
          legend={(g) => g.title}
          create={() => ({ id: nanoid(12), title: t('prep.newGroup'), description: '', tableId: null })}
          addLabel={t('prep.addGroup')}
          max={LIMITS.workingGroups}
        >
          {(g, i, update) => (
            <>
              <div className="row">
                <Field label={t('prep.groupTitle')} error={errorAt(s.error, `groups.${i}.title`)}>
                  {(p) => (
                    <input
                      {...p}
                      type="text"
                      maxLength={LIMITS.title}
                      value={g.title}
                      onChange={(e) => update({ title: e.target.value })}
                    />
                  )}
                </Field>
                <Field label={t('prep.groupTable')} error={errorAt(s.error, `groups.${i}.tableId`)}>
                  {(p) => (
                    <select
                      {...p}
                      value={g.tableId ?? ''}
                      onChange={(e) => update({ tableId: e.target.value === '' ? null : e.target.value })}
                    >
                      <option value="">{t('prep.noTable')}</option>
                      {state.tables.map((table) => (
                        <option key={table.id} value={table.id}>
                          {table.title}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
              </div>
              <Field label={t('prep.groupDescription')} error={errorAt(s.error, `groups.${i}.description`)}>
                {(p) => (
                  <textarea
                    {...p}
                    rows={2}
                    maxLength={LIMITS.shortText}
                    value={g.description}
                    onChange={(e) => update({ description: e.target.value })}
                  />
                )}
              </Field>
            </>
          )}
        </ListEditor>
        <SaveBar
          {...s}
          fieldPaths={(path) => /^groups\.\d+\.(title|tableId|description)$/.test(path)}
          onReset={s.reset}
        />
      </form>
    </section>
  );
}
