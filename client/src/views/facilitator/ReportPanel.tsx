import { useId, useState } from 'react';
import type { SessionState } from '../../../../shared/model/session';
import { ErrorText } from '../../components/ErrorText';
import { useT } from '../../i18n';
import { fetchFile, openFile, saveFile } from '../../net/download';
import { linkAt, usePublicAddress } from '../../net/publicAddress';
import { useCan } from '../../net/useCan';
import { useCommand } from '../../net/useCommand';

type Version = 'public' | 'internal';
const FORMATS = [
  { ext: 'docx', label: 'Word (DOCX)' },
  { ext: 'md', label: 'Markdown' },
  { ext: 'json', label: 'JSON' },
] as const;
const CSVS = ['cards', 'questions', 'signups', 'attendance', 'themes'] as const;

/**
 * For the facilitator: download the report (any format, public or internal) and publish the
 * follow-up. The token goes as a Bearer header, never in a URL, so downloads are fetched and
 * handed to the browser as a file. Meant for the facilitator's view (`token` from its link).
 */
export function ReportPanel({ state, token }: { state: SessionState; token: string }) {
  const t = useT();
  const id = useId();
  const [version, setVersion] = useState<Version>('public');
  const [failed, setFailed] = useState(false);
  const { run, busy, error } = useCommand();
  const can = useCan(state);
  const published = (state.followupPublishedAt ?? null) !== null;
  const open = Object.values(state.questions).filter(
    (q) => !q.hidden && q.mergedInto === null && (q.status === 'new' || q.status === 'follow-up'),
  ).length;
  const address = usePublicAddress();
  const followupPath = `/followup/${state.joinCode}`;
  const followupLink = address === null ? followupPath : linkAt(address, followupPath);

  const url = (path: string) => `/api/sessions/${encodeURIComponent(state.id)}/${path}?version=${version}`;
  const download = async (path: string) => {
    setFailed(false);
    try {
      saveFile(await fetchFile(url(path), token));
    } catch {
      setFailed(true);
    }
  };
  const printable = async () => {
    setFailed(false);
    if (!(await openFile(url('report.html'), token))) setFailed(true);
  };

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('report.title')}</h2>
      <p className="hint">{t('report.intro')}</p>
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
          <button key={f.ext} type="button" onClick={() => void download(`report.${f.ext}`)}>
            {t('report.download', { format: f.label })}
          </button>
        ))}
      </div>
      <div className="buttons">
        {CSVS.map((f) => (
          <button key={f} type="button" onClick={() => void download(`report/${f}.csv`)}>
            {t('report.csv', { file: t(`report.csv.${f}`) })}
          </button>
        ))}
      </div>
      <p role="alert" className="error">
        {failed ? t('report.failed') : ''}
      </p>

      <h3>{t('report.publishTitle')}</h3>
      <p className="hint">{t('report.publishIntro')}</p>
      {open > 0 && <p>{t('report.openLeft', { count: open })}</p>}
      {!can({ type: 'followup.publish', published: !published }).ok ? (
        <p className="muted">{t('report.publishAfterEnd')}</p>
      ) : (
        <button
          type="button"
          className={published ? '' : 'primary'}
          disabled={busy}
          onClick={() => void run({ type: 'followup.publish', published: !published })}
        >
          {published ? t('report.unpublish') : t('report.publish')}
        </button>
      )}
      {published && (
        <p role="status">
          {t('report.published')} <a href={followupLink}>{followupLink}</a>
        </p>
      )}
      <ErrorText error={error} />
    </section>
  );
}
