import { nanoid } from 'nanoid';
import { useMemo } from 'react';
import type { SessionState, Table } from '../../../../../shared/model/session';
import { LIMITS } from '../../../../../shared/protocol/limits';
import { isVideoUrl } from '../../../../../shared/protocol/video-url';
import type { CommandError } from '../../../../../shared/protocol/errors';
import { useT } from '../../../i18n';
import { errorAt, Field, toLines } from './fields';
import { ListEditor } from './ListEditor';
import { SaveBar } from './SaveBar';
import { useSection } from './useSection';

type TableDraft = Omit<Table, 'prompts' | 'online' | 'videoUrl'> & {
  prompts: string;
  online: boolean;
  videoUrl: string;
};

/** The theme tables: title, key question, prompts ("think of"), capacity, host, and whether it is online with its video link. */
export function TablesEditor({ state }: { state: SessionState }) {
  const t = useT();
  const source = useMemo(
    () =>
      state.tables.map((x) => ({
        ...x,
        prompts: x.prompts.join('\n'),
        online: x.online ?? false,
        videoUrl: x.videoUrl ?? '',
      })),
    [state.tables],
  );
  const s = useSection<TableDraft[]>(state.id, 'tables', source, (tables) => ({
    type: 'tables.set',
    tables: tables.map((x) => ({
      ...x,
      prompts: toLines(x.prompts),
      videoUrl: x.videoUrl.trim() === '' ? null : x.videoUrl.trim(),
    })),
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
            online: false,
            videoUrl: '',
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
              <label className="check">
                <input type="checkbox" checked={table.online} onChange={(e) => update({ online: e.target.checked })} />
                <span>{t('prep.online')}</span>
              </label>
              {table.online && (
                <Field
                  label={t('prep.videoUrl')}
                  hint={t('prep.videoUrlHint')}
                  error={at(i, 'videoUrl') ?? badLink(table.videoUrl, t('prep.videoUrlBad'))}
                >
                  {(p) => (
                    <input
                      {...p}
                      type="url"
                      inputMode="url"
                      autoComplete="off"
                      spellCheck={false}
                      placeholder="https://"
                      maxLength={LIMITS.url}
                      value={table.videoUrl}
                      onChange={(e) => update({ videoUrl: e.target.value })}
                    />
                  )}
                </Field>
              )}
            </>
          )}
        </ListEditor>
        <SaveBar
          {...s}
          fieldPaths={(path) => /^tables\.\d+\.(title|capacity|host|keyQuestion|prompts|videoUrl)/.test(path)}
          onReset={s.reset}
        />
      </form>
    </section>
  );
}

/** Said while typing, before the server would refuse it (the server checks the same rule). */
function badLink(link: string, message: string): CommandError | null {
  const trimmed = link.trim();
  return trimmed === '' || isVideoUrl(trimmed) ? null : { code: 'VALIDATION', message };
}
