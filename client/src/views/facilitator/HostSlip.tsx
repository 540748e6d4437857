import { useState } from 'react';
import type { SessionLinks } from '../../../../shared/protocol/api';
import { QrCode } from '../../components/QrCode';
import { useT } from '../../i18n';
import { replaceHostCode } from '../../net/api';
import type { PublicAddress } from '../../../../shared/protocol/api';
import { linkAt } from '../../net/publicAddress';

type Host = SessionLinks['hosts'][number];

/**
 * One table's host code, to cut out and hand to its host, never to lay on the table. If it leaked
 * anyway, a new code replaces it: the old one stops working and its tablet has to be paired again.
 */
export function HostSlip({
  sessionId,
  token,
  table,
  host,
  address,
  replaced,
}: {
  sessionId: string;
  token: string;
  table: { id: string; title: string; number: number };
  host: Host | undefined;
  address: PublicAddress;
  replaced: (links: SessionLinks) => void;
}) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [failed, setFailed] = useState(false);
  const replace = async () => {
    setBusy(true);
    setFailed(false);
    try {
      replaced(await replaceHostCode(sessionId, table.id, token));
      setDone(true);
      setAsking(false);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  const name = t('print.slipOf', { n: table.number, title: table.title });
  return (
    <article className="host-slip" aria-label={name}>
      <p className="host-slip-warning">{t('print.slipOnly')}</p>
      <h3>{name}</h3>
      {host === undefined ? (
        <p>{t('print.noHostLink')}</p>
      ) : (
        <>
          <QrCode value={linkAt(address, host.link)} alt={t('print.hostQrAlt', { title: table.title })} size={160} />
          <p>{t('print.hostCode')}</p>
          <p className="poster-code">{host.code}</p>
        </>
      )}
      <div className="no-print">
        {asking ? (
          <div role="group" aria-label={t('print.newCode')}>
            <p>{t('print.newCodeAsk')}</p>
            <button type="button" className="danger" disabled={busy} onClick={() => void replace()}>
              {t('print.newCodeYes')}
            </button>{' '}
            <button type="button" onClick={() => setAsking(false)}>
              {t('print.newCodeNo')}
            </button>
          </div>
        ) : (
          <button type="button" onClick={() => setAsking(true)}>
            {t('print.newCode')}
          </button>
        )}
        <p role="status">{done ? t('print.newCodeDone') : null}</p>
        <p className="error" role="alert">
          {failed ? t('error.network') : null}
        </p>
      </div>
    </article>
  );
}
