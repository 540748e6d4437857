import { useId } from 'react';
import type { SessionState } from '../../../../shared/model/session';
import { ErrorText } from '../../components/ErrorText';
import { useT } from '../../i18n';
import { linkAt, usePublicAddress } from '../../net/publicAddress';
import { useCan } from '../../net/useCan';
import { useCommand } from '../../net/useCommand';
import { type ReportFile, ReportDownloads, type ReportVersion } from './ReportDownloads';

/**
 * For the facilitator: download the report (any format, public or internal: ReportDownloads) and
 * publish the follow-up. Meant for the facilitator's view (`token` from its link).
 */
export function ReportPanel({ state, token }: { state: SessionState; token: string }) {
  const t = useT();
  const id = useId();
  const { run, busy, error } = useCommand();
  const can = useCan(state);
  const published = (state.followupPublishedAt ?? null) !== null;
  const open = Object.values(state.questions).filter(
    (q) => !q.hidden && q.mergedInto === null && (q.status === 'new' || q.status === 'follow-up'),
  ).length;
  const address = usePublicAddress();
  const followupPath = `/followup/${state.joinCode}`;
  const followupLink = address === null ? followupPath : linkAt(address, followupPath);

  const base = `/api/sessions/${encodeURIComponent(state.id)}`;
  const urlOf = (file: ReportFile, version: ReportVersion) => {
    const path =
      file.kind === 'printable'
        ? 'report.html'
        : file.kind === 'document'
          ? `report.${file.format}`
          : `report/${file.file}.csv`;
    return `${base}/${path}?version=${version}`;
  };

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('report.title')}</h2>
      <p className="hint">{t('report.intro')}</p>
      <ReportDownloads urlOf={urlOf} token={token} />

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
