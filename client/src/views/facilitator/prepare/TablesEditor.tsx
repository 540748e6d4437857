import { nanoid } from 'nanoid';
import { useMemo } from 'react';
import type { SessionState, Table } from '../../../../../shared/model/session';
import { LIMITS } from '../../../../../shared/protocol/limits';
import { useT } from '../../../i18n';
import { errorAt, Field, toLines } from './fields';
import { move } from './move';
import { SaveBar } from './SaveBar';
import { useSection } from './useSection';

type TableDraft = Omit<Table, 'prompts'> & { prompts: string };

/** The theme tables: title, key question, prompts ("think of"), capacity and host. */
export function TablesEditor({ state }: { state: SessionState }) {
  const t = useT();
  const source = useMemo(() => state.tables.map((x) => ({ ...x, prompts: x.prompts.join('\n') })), [state.tables]);
  const s = useSection<TableDraft[]>(source, (tables) => ({
    type: 'tables.set',
    tables: tables.map((x) => ({ ...x, prompts: toLines(x.prompts) })),
  }));
  const tables = s.draft;
  const update = (i: number, patch: Partial<TableDraft>) =>
    s.set(tables.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  const at = (i: number, field: string) =>
    field === 'prompts' && s.error?.path?.startsWith(`tables.${i}.prompts`)
      ? s.error
      : errorAt(s.error, `tables.${i}.${field}`);
  return (
    <section className="panel" aria-labelledby="prep-tables">
      <h2 id="prep-tables">{t('prep.tables')}</h2>
      <form noValidate onSubmit={(e) => void s.submit(e)}>
        <ol className="edit-list">
          {tables.map((table, i) => (
            <li key={table.id} className="edit-item">
              <fieldset>
                <legend>{t('prep.tableN', { n: i + 1, title: table.title })}</legend>
                <div className="row">
                  <Field label={t('prep.tableTitle')} error={at(i, 'title')}>
                    {(p) => (
                      <input
                        {...p}
                        type="text"
                        maxLength={LIMITS.title}
                        value={table.title}
                        onChange={(e) => update(i, { title: e.target.value })}
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
                        onChange={(e) => update(i, { capacity: Number(e.target.value) })}
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
                        onChange={(e) => update(i, { host: e.target.value })}
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
                      onChange={(e) => update(i, { keyQuestion: e.target.value })}
                    />
                  )}
                </Field>
                <Field label={t('prep.prompts')} hint={t('prep.onePerLine')} error={at(i, 'prompts')}>
                  {(p) => (
                    <textarea
                      {...p}
                      rows={3}
                      value={table.prompts}
                      onChange={(e) => update(i, { prompts: e.target.value })}
                    />
                  )}
                </Field>
                <div className="buttons tight">
                  <button type="button" className="small" disabled={i === 0} onClick={() => s.set(move(tables, i, -1))}>
                    {t('prep.up')}
                    <span className="visually-hidden">: {table.title}</span>
                  </button>
                  <button
                    type="button"
                    className="small"
                    disabled={i === tables.length - 1}
                    onClick={() => s.set(move(tables, i, 1))}
                  >
                    {t('prep.down')}
                    <span className="visually-hidden">: {table.title}</span>
                  </button>
                  <button
                    type="button"
                    className="small danger"
                    onClick={() => s.set(tables.filter((_, j) => j !== i))}
                  >
                    {t('prep.remove')}
                    <span className="visually-hidden">: {table.title}</span>
                  </button>
                </div>
              </fieldset>
            </li>
          ))}
        </ol>
        <div className="buttons">
          <button
            type="button"
            disabled={tables.length >= LIMITS.tables}
            onClick={() =>
              s.set([
                ...tables,
                { id: nanoid(12), title: t('prep.newTable'), keyQuestion: '', prompts: '', capacity: 10, host: '' },
              ])
            }
          >
            {t('prep.addTable')}
          </button>
        </div>
        <SaveBar
          {...s}
          fieldPaths={(path) => /^tables\.\d+\.(title|capacity|host|keyQuestion|prompts)/.test(path)}
          onReset={s.reset}
        />
      </form>
    </section>
  );
}
