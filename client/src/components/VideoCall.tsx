import { useId } from 'react';
import type { Table } from '../../../shared/model/session';
import { useT } from '../i18n';

/**
 * An online table's call, on the phone of someone seated there and on its host's tablet. The
 * view holds the table's `videoUrl` only for them and only while it is theirs (rules/view.ts),
 * so whether it is there decides everything; `waiting` says why it is not there yet. The call
 * opens in the organisation's own meeting tool: a new tab, without telling it where it came from.
 */
export function VideoCall({ table, waiting }: { table: Table; waiting: string }) {
  const t = useT();
  const id = useId();
  if (table.online !== true) return null;
  const link = table.videoUrl ?? null;
  return (
    <div className="video-call" role="group" aria-labelledby={id}>
      <p id={id} className="video-call-title">
        {t('online.title')}
      </p>
      {link === null ? (
        <p className="hint">{waiting}</p>
      ) : (
        <>
          <a className="video-call-link" href={link} target="_blank" rel="noopener noreferrer">
            {t('online.open')}
          </a>
          <p className="hint">{t('online.opens')}</p>
        </>
      )}
    </div>
  );
}
