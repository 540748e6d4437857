import { useId, useState } from 'react';
import { useT } from '../../i18n';
import { fetchFile, openFile, saveFile } from '../../net/download';

export type ReportVersion = 'public' | 'internal';
const FORMATS = [
  { format: 'docx', label: 'Word (DOCX)' },
  { format: 'md', label: 'Markdown' },
  { format: 'json', label: 'JSON' },
] as const;
const CSVS = ['cards', 'questions', 'signups', 'attendance', 'themes'] as const;

/** One file of a report: the printable page, a document, or one of the CSV tables. */
export type ReportFile =
  | { kind: 'printable' }
  | { kind: 'document'; format: (typeof FORMATS)[number]['format'] }
  | { kind: 'csv'; file: (typeof CSVS)[number] };

/**
 * Public or internal, then the printable page, the documents and the CSV tables of a report: the
 * session's and the programme's alike, which differ only in their addresses (`urlOf`). The token
 * goes as a Bearer header, never in a URL, so files are fetched and handed to the browser.
 */
export function ReportDownloads({
  urlOf,
  token,
}: {
  urlOf: (file: ReportFile, version: ReportVersion) => string;
  token: string;
}) {
  const t = useT();
  const id = useId();
  const [version, setVersion] = useState<ReportVersion>('public');
  const [failed, setFailed] = useState(false);
  const download = async (file: ReportFile) => {
    setFailed(false);
    try {
      saveFile(await fetchFile(urlOf(file, version), token));
    } catch {
      setFailed(true);
    }
  };
  const printable = async () => {
    setFailed(false);
    if (!(await openFile(urlOf({ kind: 'printable' }, version), token))) setFailed(true);
  };
  return (
    <>
      <fieldset>
        <legend>{t('report.version')}</legend>
        {(['public', 'internal'] as const).map((v) => (
          <label key={v} className="check">
            <input
              type="radio"
              name={`${id}-version`}
              value={v}
              checked={version === v}
              onChange={() => setVersion(v)}
            />
            {t(`report.${v}`)}
          </label>
        ))}
      </fieldset>
      <div className="buttons">
        <button type="button" className="primary" onClick={() => void printable()}>
          {t('report.printable')}
        </button>
        {FORMATS.map((f) => (
          <button key={f.format} type="button" onClick={() => void download({ kind: 'document', format: f.format })}>
            {t('report.download', { format: f.label })}
          </button>
        ))}
      </div>
      <div className="buttons">
        {CSVS.map((f) => (
          <button key={f} type="button" onClick={() => void download({ kind: 'csv', file: f })}>
            {t('report.csv', { file: t(`report.csv.${f}`) })}
          </button>
        ))}
      </div>
      <p role="alert" className="error">
        {failed ? t('report.failed') : ''}
      </p>
    </>
  );
}
