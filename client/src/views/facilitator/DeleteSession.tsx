import { useId, useState } from 'react';
import type { SessionState } from '../../../../shared/model/session';
import { useT } from '../../i18n';
import { ApiFailure, deleteSession } from '../../net/api';
import { forgetSecret } from '../../net/secrets';

/**
 * Deleting the whole session (AVG/GDPR): cards, questions, names, sign-ups and every link. Asks
 * for a tick first — it cannot be undone — and then leaves for the start page, since the
 * facilitator's own link stops working too.
 */
export function DeleteSession({ state, token }: { state: SessionState; token: string }) {
  const t = useT();
  const id = useId();
  const [sure, setSure] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const remove = async () => {
    setBusy(true);
    setFailed(null);
    try {
      await deleteSession(state.id, token);
      forgetSecret('facilitator', state.id);
      window.location.assign('/?deleted=1');
    } catch (error) {
      setFailed(error instanceof ApiFailure ? error.code : 'NETWORK');
      setBusy(false);
    }
  };
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('deleteSession.title')}</h2>
      <p>{t('deleteSession.what')}</p>
      <p className="hint">{t('deleteSession.automatic')}</p>
      <label className="check">
        <input type="checkbox" checked={sure} onChange={(e) => setSure(e.target.checked)} />
        {t('deleteSession.sure')}
      </label>
      <div className="buttons">
        <button type="button" className="danger" disabled={!sure || busy} onClick={() => void remove()}>
          {t('deleteSession.button')}
        </button>
      </div>
      <p role="alert" className="error">
        {failed === null ? '' : t('deleteSession.failed', { code: failed })}
      </p>
    </section>
  );
}
