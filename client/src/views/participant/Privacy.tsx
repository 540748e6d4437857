import { useState } from 'react';
import { ErrorText } from '../../components/ErrorText';
import { useT } from '../../i18n';
import { useCommand } from '../../net/useCommand';
import { useLiveConnection } from '../../net/useConnection';

/** What is stored and why, in plain words, and the way to erase it all. */
export function Privacy({ onErased }: { onErased: () => void }) {
  const t = useT();
  const connection = useLiveConnection();
  const { run, busy, error } = useCommand();
  const [asking, setAsking] = useState(false);
  const erase = async () => {
    const ack = await run({ type: 'participant.erase' });
    if (ack.ok) {
      // The device token is void with the data: close before Socket.IO could rejoin with it.
      connection.close();
      onErased();
    }
  };
  return (
    <section className="panel" aria-labelledby="privacy-title">
      <h2 id="privacy-title">{t('participant.privacy.title')}</h2>
      <p>{t('participant.privacy.what')}</p>
      <p>{t('participant.privacy.why')}</p>
      {asking ? (
        <div role="group" aria-labelledby="erase-ask">
          <p id="erase-ask">
            <strong>{t('participant.privacy.eraseAsk')}</strong>
          </p>
          <div className="buttons">
            <button type="button" className="danger primary" disabled={busy} onClick={() => void erase()}>
              {t('participant.privacy.eraseYes')}
            </button>
            <button type="button" autoFocus onClick={() => setAsking(false)}>
              {t('participant.privacy.eraseNo')}
            </button>
          </div>
        </div>
      ) : (
        <div className="buttons">
          <button type="button" className="danger" onClick={() => setAsking(true)}>
            {t('participant.privacy.erase')}
          </button>
        </div>
      )}
      <ErrorText error={error} />
    </section>
  );
}
