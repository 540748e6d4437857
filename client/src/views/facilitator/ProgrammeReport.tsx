import { useId } from 'react';
import type { ProgrammeLink } from '../../../../shared/model/session';
import { useT } from '../../i18n';
import { type ReportFile, ReportDownloads, type ReportVersion } from './ReportDownloads';

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
  const base = `/api/sessions/${encodeURIComponent(sessionId)}/programme-report`;
  const urlOf = (file: ReportFile, version: ReportVersion) => {
    const what =
      file.kind === 'printable'
        ? 'format=html'
        : file.kind === 'document'
          ? `format=${file.format}`
          : `format=csv&file=${file.file}`;
    return `${base}?${what}&version=${version}`;
  };
  const count = programme.sessionIds.length + 1;
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('programmeReport.title')}</h2>
      <p className="hint">{t('programmeReport.intro', { count, title: programme.title })}</p>
      <ReportDownloads urlOf={urlOf} token={token} />
    </section>
  );
}
