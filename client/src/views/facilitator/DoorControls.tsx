import { useState } from 'react';
import type { SessionState } from '../../../../shared/model/session';
import { inactiveParticipants } from '../../../../shared/rules/inactive';
import { useT } from '../../i18n';
import { useCommand } from '../../net/useCommand';
import { ErrorLine } from './ErrorLine';

/**
 * The door to new participants, and clearing out who never did anything: what the facilitator
 * needs when a script (or a crowd at the wrong session) floods the join code.
 */
export function DoorControls({ state }: { state: SessionState }) {
  const t = useT();
  const { run, busy, error } = useCommand();
  const [confirmRemove, setConfirmRemove] = useState(false);
  const closed = (state.doorClosedAt ?? null) !== null;
  // The same rule the server applies, so the count is what the button removes.
  const inactive = inactiveParticipants(state).length;
  return (
    <section className="panel" aria-labelledby="door-title">
      <h2 id="door-title">{t('door.title')}</h2>
      <p role="status">{closed ? t('door.isClosed') : t('door.isOpen')}</p>
      <div className="buttons">
        <button
          type="button"
          className={closed ? 'primary' : undefined}
          disabled={busy || state.status === 'ended'}
          onClick={() => void run({ type: 'door.set', open: closed })}
        >
          {closed ? t('door.open') : t('door.close')}
        </button>
      </div>
      <p>{t('door.inactive', { count: inactive })}</p>
      <p className="muted">{t('door.inactiveHint')}</p>
      {confirmRemove ? (
        <div role="group" aria-labelledby="door-remove-ask">
          <p id="door-remove-ask">{t('door.removeAsk', { count: inactive })}</p>
          <div className="buttons">
            <button
              type="button"
              className="danger primary"
              disabled={busy}
              onClick={() => void run({ type: 'participants.removeInactive' }).then(() => setConfirmRemove(false))}
            >
              {t('door.removeConfirm')}
            </button>
            <button type="button" autoFocus onClick={() => setConfirmRemove(false)}>
              {t('door.removeCancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="buttons">
          <button type="button" className="danger" disabled={inactive === 0} onClick={() => setConfirmRemove(true)}>
            {t('door.remove')}
          </button>
        </div>
      )}
      <ErrorLine error={error} />
    </section>
  );
}
