import { useId, useState } from 'react';
import type { ProgrammeLink } from '../../../../shared/model/session';
import { useT } from '../../i18n';
import { fetchFile, openFile, saveFile } from '../../net/download';

type Version = 'public' | 'internal';
const FORMATS = [
  { format: 'docx', label: 'Word (DOCX)' },
  { format: 'md', label: 'Markdown' },
  { format: 'json', label: 'JSON' },
] as const;
const CSVS = ['cards', 'questions', 'signups', 'attendance', 'themes'] as const;

/**
 * The programme report (the "gereedschapskist"): every meeting of the series in one file, public
 * or internal, in the session report's formats. Only shown in a meeting that is part of a series.
 */
export function ProgrammeReport({
  sessionId,
  programme,
  token,
}: {
  sessionId: string;
  programme: ProgrammeLink;
  token: string;
}) {
  const t = useT();
  const id = useId();
  const [version, setVersion] = useState<Version>('public');
  const [failed, setFailed] = useState(false);
  const url = (query: string) =>
    `/api/sessions/${encodeURIComponent(sessionId)}/programme-report?${query}&version=${version}`;
  const download = async (query: string) => {
    setFailed(false);
    try {
      saveFile(await fetchFile(url(query), token));
    } catch {
      setFailed(true);
    }
  };
  const printable = async () => {
    setFailed(false);
    if (!(await openFile(url('format=html'), token))) setFailed(true);
  };
  const count = programme.sessionIds.length + 1;
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('programmeReport.title')}</h2>
      <p className="hint">{t('programmeReport.intro', { count, title: programme.title })}</p>
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
          <button key={f.format} type="button" onClick={() => void download(`format=${f.format}`)}>
            {t('report.download', { format: f.label })}
          </button>
        ))}
      </div>
      <div className="buttons">
        {CSVS.map((f) => (
          <button key={f} type="button" onClick={() => void download(`format=csv&file=${f}`)}>
            {t('report.csv', { file: t(`report.csv.${f}`) })}
          </button>
        ))}
      </div>
      <p role="alert" className="error">
        {failed ? t('report.failed') : ''}
      </p>
    </section>
  );
}
