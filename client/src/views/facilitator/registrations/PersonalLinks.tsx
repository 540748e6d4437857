import { useState } from 'react';
import type { PersonalCodesResponse } from '../../../../../shared/protocol/api';
import { QrCode } from '../../../components/QrCode';
import { useT } from '../../../i18n';
import { fetchPersonalCodes } from '../../../net/api';
import { linkAt, usePublicAddress } from '../../../net/publicAddress';
import '../print.css';

/**
 * Everyone's personal link on a slip (name, QR, code), to print and hand out or post: for people
 * who get no e-mail. Fetched only when asked for, since the list holds working links.
 */
export function PersonalLinks({ sessionId, token, count }: { sessionId: string; token: string; count: number }) {
  const t = useT();
  const address = usePublicAddress();
  const [people, setPeople] = useState<PersonalCodesResponse['people'] | null>(null);
  const [failed, setFailed] = useState(false);
  const show = () => {
    setFailed(false);
    fetchPersonalCodes(sessionId, token).then(
      (r) => setPeople(r.people),
      () => setFailed(true),
    );
  };
  return (
    <section className="panel personal-links" aria-labelledby="personal-links-title">
      <h2 id="personal-links-title" className="no-print">
        {t('reg.links.title')}
      </h2>
      <p className="no-print">{t('reg.links.intro')}</p>
      <div className="buttons no-print">
        {count === 0 ? (
          <p className="muted">{t('reg.links.show', { count })}</p>
        ) : people === null ? (
          <button type="button" onClick={show}>
            {t('reg.links.show', { count })}
          </button>
        ) : (
          <button type="button" className="primary" onClick={() => window.print()}>
            {t('reg.links.print')}
          </button>
        )}
      </div>
      {failed && (
        <p className="error" role="alert">
          {t('error.network')}
        </p>
      )}
      {people !== null && address !== null && (
        <ul className="personal-slips">
          {people.map((p) => {
            const url = linkAt(address, p.link);
            return (
              <li key={p.registrationId} className="personal-slip">
                <p className="personal-slip-name">{p.name}</p>
                <QrCode value={url} alt={t('reg.links.qrAlt', { name: p.name })} size={140} />
                <p>{t('reg.links.code')}</p>
                <p className="personal-slip-code">{p.code.replace(/(.{4})(?=.)/g, '$1 ')}</p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
