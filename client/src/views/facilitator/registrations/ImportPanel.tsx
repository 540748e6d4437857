import { nanoid } from 'nanoid';
import { useId, useMemo, useState } from 'react';
import type { SessionState } from '../../../../../shared/model/session';
import type { ImportPreview } from '../../../../../shared/protocol/api';
import {
  type ColumnMapping,
  columnName,
  IMPORT_FIELDS,
  type ImportField,
  type ImportProblem,
  readRows,
} from '../../../../../shared/registrations';
import { type MessageKey, useT } from '../../../i18n';
import { ApiFailure, importRegistrations, previewImport } from '../../../net/api';

const SHOWN_ROWS = 5;

/**
 * The sign-up list as a form tool exports it (CSV or Excel): the server reads the file, the
 * preview shows its first rows with the columns as guessed, the facilitator corrects the
 * mapping, sees every problem by row and column, and imports only when there are none. The
 * same rules (shared/registrations) read the rows here and on the server.
 */
export function ImportPanel({ state, token }: { state: SessionState; token: string }) {
  const t = useT();
  const id = useId();
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [commandId, setCommandId] = useState(() => nanoid());
  const read = useMemo(() => {
    if (preview === null || mapping === null) return null;
    return readRows(preview.grid, mapping, {
      tables: state.tables,
      registrations: Object.values(state.registrations ?? {}),
      language: state.language,
    });
  }, [preview, mapping, state.tables, state.registrations, state.language]);

  const choose = async (file: File | undefined) => {
    setNote(null);
    setFileError(null);
    setPreview(null);
    if (file === undefined) return;
    setBusy(true);
    try {
      const p = await previewImport(state.id, token, file);
      setPreview(p);
      setMapping(p.mapping);
      setCommandId(nanoid());
    } catch (e) {
      setFileError(t('import.fileError', { code: e instanceof ApiFailure ? e.code : 'NETWORK' }));
    } finally {
      setBusy(false);
    }
  };
  const confirm = async () => {
    if (preview === null || mapping === null) return;
    setBusy(true);
    try {
      const done = await importRegistrations(state.id, token, { id: commandId, grid: preview.grid, mapping });
      setNote(t('import.done', { count: done.added }));
      setPreview(null);
    } catch (e) {
      setNote(t('import.failed', { code: e instanceof ApiFailure ? e.code : 'NETWORK' }));
    } finally {
      setBusy(false);
    }
  };

  const header = preview?.header ?? [];
  const problems = read?.problems ?? [];
  return (
    <section className="panel import" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('import.title')}</h2>
      <p className="hint">{t('import.intro')}</p>
      <label htmlFor={`${id}-file`}>{t('import.file')}</label>
      <input
        id={`${id}-file`}
        type="file"
        accept=".csv,text/csv,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        disabled={busy}
        aria-describedby={fileError === null ? undefined : `${id}-file-error`}
        onChange={(e) => void choose(e.currentTarget.files?.[0])}
      />
      {fileError !== null && (
        <p id={`${id}-file-error`} className="error" role="alert">
          {fileError}
        </p>
      )}
      {preview !== null && mapping !== null && read !== null && (
        <>
          <fieldset className="import-mapping">
            <legend>{t('import.mapping')}</legend>
            {IMPORT_FIELDS.map((field) => (
              <FieldSelect
                key={field}
                field={field}
                header={header}
                value={mapping[field]}
                change={(column) => setMapping({ ...mapping, [field]: column })}
              />
            ))}
          </fieldset>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1; axe's scrollable-region-focusable) */}
          <div className="table-scroll" role="region" aria-label={t('import.firstRows')} tabIndex={0}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('import.row')}</th>
                  {header.map((h, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: columns are positions in the file
                    <th key={i} scope="col">
                      {columnName(header, i)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {preview.grid.slice(1, 1 + SHOWN_ROWS).map((row, r) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions in the file
                  <tr key={r}>
                    <th scope="row">{r + 2}</th>
                    {header.map((_, c) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: columns are positions in the file
                      <td key={c}>{row[c] ?? ''}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Problems problems={problems} />
          <p role="status">
            {problems.length === 0
              ? t('import.ready', { count: read.entries.length })
              : t('import.blocked', { count: problems.length })}
          </p>
          <div className="buttons">
            <button
              type="button"
              className="primary"
              disabled={busy || problems.length > 0 || read.entries.length === 0}
              onClick={() => void confirm()}
            >
              {t('import.confirm')}
            </button>
            <button type="button" disabled={busy} onClick={() => setPreview(null)}>
              {t('import.cancel')}
            </button>
          </div>
        </>
      )}
      {note !== null && <p role="status">{note}</p>}
    </section>
  );
}

function FieldSelect(props: {
  field: ImportField;
  header: readonly string[];
  value: number | null;
  change: (column: number | null) => void;
}) {
  const t = useT();
  const id = useId();
  return (
    <div className="import-field">
      <label htmlFor={id}>{t(`import.field.${props.field}` as MessageKey)}</label>
      <select
        id={id}
        value={props.value === null ? '' : String(props.value)}
        onChange={(e) => props.change(e.currentTarget.value === '' ? null : Number(e.currentTarget.value))}
      >
        <option value="">{t('import.notInFile')}</option>
        {props.header.map((_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: columns are positions in the file
          <option key={i} value={String(i)}>
            {columnName(props.header, i)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Every problem by row and column, in the words of the facilitator's language. */
function Problems({ problems }: { problems: readonly ImportProblem[] }) {
  const t = useT();
  if (problems.length === 0) return null;
  return (
    <div className="import-problems" role="group" aria-label={t('import.problems')}>
      <h3>{t('import.problems')}</h3>
      <ul>
        {problems.map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a list of findings, never reordered
          <li key={i}>
            {p.column === null
              ? t('import.at.row', { row: p.row })
              : t('import.at.cell', { row: p.row, column: p.column })}{' '}
            {t(`import.problem.${p.code}` as MessageKey, p.params as Record<string, string | number>)}
          </li>
        ))}
      </ul>
    </div>
  );
}
