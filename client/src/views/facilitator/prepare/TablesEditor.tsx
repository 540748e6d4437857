import { nanoid } from 'nanoid';
import { useMemo } from 'react';
import type { SessionState, Table } from '../../../../../shared/model/session';
import { LIMITS } from '../../../../../shared/protocol/limits';
import { useT } from '../../../i18n';
import { errorAt, Field, toLines } from './fields';
import { ListEditor } from './ListEditor';
import { SaveBar } from './SaveBar';
import { useSection } from './useSection';

type TableDraft = Omit<Table, 'prompts'> & { prompts: string };

/** The theme tables: title, key question, prompts ("think of"), capacity and host. */
export function TablesEditor({ state }: { state: SessionState }) {
  const t = useT();
  const source = useMemo(() => state.tables.map((x) => ({ ...x, prompts: x.prompts.join('\n') })), [state.tables]);
  const s = useSection<TableDraft[]>(state.id, 'tables', source, (tables) => ({
    type: 'tables.set',
    tables: tables.map((x) => ({ ...x, prompts: toLines(x.prompts) })),
  }));
  const tables = s.draft;
  const at = (i: number, field: string) =>
    field === 'prompts' && s.error?.path?.startsWith(`tables.${i}.prompts`)
      ? s.error
      : errorAt(s.error, `tables.${i}.${field}`);
  return (
    <section className="panel" aria-labelledby="prep-tables">
      <h2 id="prep-tables">{t('prep.tables')}</h2>
      <form noValidate onSubmit={(e) => void s.submit(e)}>
        <ListEditor
          items={tables}
          onChange={s.set}
          ordered
          name={(table) => table.title}
          legend={(table, i) => t('prep.tableN', { n: i + 1, title: table.title })}
          create={() => ({
            id: nanoid(12),
            title: t('prep.newTable'),
            keyQuestion: '',
            prompts: '',
            capacity: 10,
            host: '',
          })}
          addLabel={t('prep.addTable')}
          max={LIMITS.tables}
        >
          {(table, i, update) => (
            <>
              <div className="row">
                <Field label={t('prep.tableTitle')} error={at(i, 'title')}>
                  {(p) => (
                    <input
                      {...p}
                      type="text"
                      maxLength={LIMITS.title}
                      value={table.title}
                      onChange={(e) => update({ title: e.target.value })}
                    />
                  )}
                </Field>
                <Field label={t('prep.capacity')} error={at(i, 'capacity')}>
                  {(p) => (
                    <input
                      {...p}
                      type="number"
                      min={1}
                      max={500}
                      value={table.capacity}
                      onChange={(e) => update({ capacity: Number(e.target.value) })}
                    />
                  )}
                </Field>
                <Field label={t('prep.host')} error={at(i, 'host')}>
                  {(p) => (
                    <input
                      {...p}
                      type="text"
                      maxLength={LIMITS.name}
                      value={table.host}
                      onChange={(e) => update({ host: e.target.value })}
                    />
                  )}
                </Field>
              </div>
              <Field label={t('prep.keyQuestion')} error={at(i, 'keyQuestion')}>
                {(p) => (
                  <textarea
                    {...p}
                    rows={2}
                    maxLength={LIMITS.shortText}
                    value={table.keyQuestion}
                    onChange={(e) => update({ keyQuestion: e.target.value })}
                  />
                )}
              </Field>
              <Field label={t('prep.prompts')} hint={t('prep.onePerLine')} error={at(i, 'prompts')}>
                {(p) => (
                  <textarea
                    {...p}
                    rows={3}
                    value={table.prompts}
                    onChange={(e) => update({ prompts: e.target.value })}
                  />
                )}
              </Field>
            </>
          )}
        </ListEditor>
        <SaveBar
          {...s}
          fieldPaths={(path) => /^tables\.\d+\.(title|capacity|host|keyQuestion|prompts)/.test(path)}
          onReset={s.reset}
        />
      </form>
    </section>
  );
}
