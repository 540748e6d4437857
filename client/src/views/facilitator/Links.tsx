import { useState } from 'react';
import { QrCode } from '../../components/QrCode';
import { useT } from '../../i18n';
import { addFacilitator } from '../../net/api';
import { linkAt, usePublicAddress } from '../../net/publicAddress';
import { useLinks } from './useLinks';

/** Every way into the session, with a join QR, and a link for a co-facilitator. */
export function Links({ sessionId, token }: { sessionId: string; token: string }) {
  const t = useT();
  const { links, failed } = useLinks(sessionId, token);
  const address = usePublicAddress();
  const joinUrl = links === null || address === null ? null : linkAt(address, links.participant);
  return (
    <section className="panel" aria-labelledby="links-title">
      <h2 id="links-title">{t('fac.links')}</h2>
      {links === null || joinUrl === null ? (
        <p className={failed ? 'error' : 'muted'}>{failed ? t('error.network') : t('fac.linksLoading')}</p>
      ) : (
        <>
          <QrCode value={joinUrl} alt={t('fac.qrAlt', { url: joinUrl })} size={140} />
          <ul className="links">
            <li>
              <a href={links.participant}>{t('start.link.participant')}</a> ·{' '}
              <span className="code">{links.joinCode}</span>
            </li>
            <li>
              <a href={links.screen} target="_blank" rel="noreferrer">
                {t('start.link.screen')}
              </a>
            </li>
            {links.hosts.map((h) => (
              <li key={h.tableId}>
                <a href={h.link}>{t('start.link.host', { title: h.title })}</a> · <span className="code">{h.code}</span>
              </li>
            ))}
            <li>
              <a href={links.desk.link}>{t('start.link.desk')}</a> · <span className="code">{links.desk.code}</span>
            </li>
          </ul>
          <CoFacilitator sessionId={sessionId} token={token} />
        </>
      )}
    </section>
  );
}

function CoFacilitator({ sessionId, token }: { sessionId: string; token: string }) {
  const t = useT();
  const [link, setLink] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const address = usePublicAddress();
  const make = async () => {
    setBusy(true);
    setFailed(false);
    try {
      setLink((await addFacilitator(sessionId, token)).facilitator);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div>
      {link === null ? (
        <button type="button" disabled={busy} onClick={() => void make()}>
          {t('fac.cofacMake')}
        </button>
      ) : (
        <p role="status">
          {t('fac.cofacLink')} <a href={link}>{address === null ? link : linkAt(address, link)}</a>
        </p>
      )}
      <p className="error" role="alert">
        {failed ? t('error.network') : null}
      </p>
    </div>
  );
}
