import type { SessionState } from '../../../../shared/model/session';
import { QrCode } from '../../components/QrCode';
import { UnreachableWarning } from '../../components/UnreachableWarning';
import { useT } from '../../i18n';
import { linkAt, typedHost, usePublicAddress } from '../../net/publicAddress';
import './print.css';
import { useLinks } from './useLinks';

/**
 * Printed from the browser on A4: a poster with the join QR and code, and per table a card
 * (front: name, key question, prompts; back: the host's QR and code, for duplex printing).
 */
export function Printables({ state, token }: { state: SessionState; token: string }) {
  const t = useT();
  const { links, failed } = useLinks(state.id, token);
  const address = usePublicAddress();
  if (links === null || address === null)
    return <p className={failed ? 'error' : 'muted'}>{failed ? t('error.network') : t('fac.linksLoading')}</p>;
  const joinUrl = linkAt(address, links.participant);
  return (
    <div className="printables">
      <div className="no-print panel">
        <UnreachableWarning address={address} />
        <p>{t('print.intro')}</p>
        <button type="button" className="primary" onClick={() => window.print()}>
          {t('print.print')}
        </button>
      </div>
      <section className="sheet poster" aria-labelledby="poster-title">
        <p className="sheet-kicker">{state.title}</p>
        <h2 id="poster-title">{t('print.posterTitle')}</h2>
        <QrCode value={joinUrl} alt={t('fac.qrAlt', { url: joinUrl })} size={420} />
        <p>{t('print.posterGoTo', { host: typedHost(address) })}</p>
        <p className="poster-code">{links.joinCode}</p>
      </section>
      {state.tables.map((table) => {
        const host = links.hosts.find((h) => h.tableId === table.id);
        return (
          <div key={table.id}>
            <section className="sheet table-card" aria-label={t('print.cardFront', { title: table.title })}>
              <p className="sheet-kicker">{t('print.themeTable')}</p>
              <h2>{table.title}</h2>
              {table.keyQuestion !== '' && <p className="card-question">{table.keyQuestion}</p>}
              {table.prompts.length > 0 && (
                <>
                  <h3>{t('host.prompts')}</h3>
                  <ul>
                    {table.prompts.map((p, i) => (
                      <li key={i}>{p}</li>
                    ))}
                  </ul>
                </>
              )}
            </section>
            <section className="sheet table-card-back" aria-label={t('print.cardBack', { title: table.title })}>
              <p className="sheet-kicker">{t('print.forHost', { title: table.title })}</p>
              {host === undefined ? (
                <p>{t('print.noHostLink')}</p>
              ) : (
                <>
                  <QrCode
                    value={linkAt(address, host.link)}
                    alt={t('print.hostQrAlt', { title: table.title })}
                    size={300}
                  />
                  <p>{t('print.hostCode')}</p>
                  <p className="poster-code">{host.code}</p>
                </>
              )}
            </section>
          </div>
        );
      })}
    </div>
  );
}
