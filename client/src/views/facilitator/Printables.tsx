import type { SessionState } from '../../../../shared/model/session';
import { QrCode } from '../../components/QrCode';
import { UnreachableWarning } from '../../components/UnreachableWarning';
import { useT } from '../../i18n';
import { linkAt, typedHost, usePublicAddress } from '../../net/publicAddress';
import { HostSlip } from './HostSlip';
import './print.css';
import { useLinks } from './useLinks';

/**
 * Printed from the browser on A4: a poster with the join QR and code; per table a card for the
 * table itself (number, name, key question, the participants' QR), read standing at arm's length;
 * and the host slips apart, since whoever reads a host code becomes that table's host.
 */
export function Printables({ state, token }: { state: SessionState; token: string }) {
  const t = useT();
  const { links, failed, replaced } = useLinks(state.id, token);
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
      {state.tables.map((table, i) => (
        <section key={table.id} className="sheet table-card" aria-label={t('print.card', { title: table.title })}>
          <p className="table-card-number">{t('print.tableN', { n: i + 1 })}</p>
          <h2>{table.title}</h2>
          {table.keyQuestion !== '' && <p className="card-question">{table.keyQuestion}</p>}
          {table.prompts.length > 0 && (
            <ul>
              {table.prompts.map((p, j) => (
                <li key={j}>{p}</li>
              ))}
            </ul>
          )}
          <div className="table-card-join">
            <QrCode value={joinUrl} alt={t('fac.qrAlt', { url: joinUrl })} size={200} />
            <p>
              {t('print.posterGoTo', { host: typedHost(address) })} <strong>{links.joinCode}</strong>
            </p>
          </div>
        </section>
      ))}
      <section className="sheet host-slips" aria-labelledby="slips-title">
        <h2 id="slips-title">{t('print.slipsTitle')}</h2>
        <p className="no-print">{t('print.slipsIntro')}</p>
        <div className="host-slip-grid">
          {state.tables.map((table, i) => (
            <HostSlip
              key={table.id}
              sessionId={state.id}
              token={token}
              table={{ id: table.id, title: table.title, number: i + 1 }}
              host={links.hosts.find((h) => h.tableId === table.id)}
              address={address}
              replaced={replaced}
            />
          ))}
        </div>
      </section>
    </div>
  );
}
