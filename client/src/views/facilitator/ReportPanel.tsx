import { useId, useState } from 'react';
import type { SessionState } from '../../../../shared/model/session';
import { ErrorText } from '../../components/ErrorText';
import { useT } from '../../i18n';
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

  const fetchFile = async (path: string): Promise<{ blob: Blob; name: string } | null> => {
    setFailed(false);
    try {
      const res = await fetch(`/api/sessions/${encodeURIComponent(state.id)}/${path}?version=${version}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      if (!res.ok) throw new Error(String(res.status));
      const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? path;
      return { blob: await res.blob(), name };
    } catch {
      setFailed(true);
      return null;
    }
  };
  const download = async (path: string) => {
    const file = await fetchFile(path);
    if (file === null) return;
    const url = URL.createObjectURL(file.blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = file.name;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  const printable = async () => {
    // Opened first (a click may open a window), filled when the page has arrived.
    const win = window.open('', '_blank');
    const file = await fetchFile('report.html');
    if (file === null || win === null) return win?.close();
    win.location.href = URL.createObjectURL(file.blob);
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
