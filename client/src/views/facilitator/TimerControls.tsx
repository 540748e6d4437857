import type { SessionState } from '../../../../shared/model/session';
import { useT } from '../../i18n';
import { useCommand } from '../../net/useCommand';
import { ErrorLine } from './ErrorLine';

/** Start / pause / resume / +5 min. The timer restarts by itself with each phase's planned duration. */
export function TimerControls({ state }: { state: SessionState }) {
  const t = useT();
  const { run, busy, error } = useCommand();
  const live = state.status === 'live';
  const timer = state.timer;
  return (
    <div role="group" aria-label={t('timer.label')}>
      <div className="buttons">
        {timer === null ? (
          <button type="button" disabled={busy || !live} onClick={() => void run({ type: 'timer.start' })}>
            {t('fac.timerStart')}
          </button>
        ) : timer.state === 'running' ? (
          <button type="button" disabled={busy || !live} onClick={() => void run({ type: 'timer.pause' })}>
            {t('fac.timerPause')}
          </button>
        ) : (
          <button type="button" disabled={busy || !live} onClick={() => void run({ type: 'timer.resume' })}>
            {t('fac.timerResume')}
          </button>
        )}
        <button type="button" disabled={busy || !live || timer === null} onClick={() => void run({ type: 'timer.extend', ms: 5 * 60_000 })}>
          {t('fac.timerExtend')}
        </button>
        {timer !== null && (
          <button type="button" disabled={busy || !live} onClick={() => void run({ type: 'timer.start' })}>
            {t('cockpit.timerRestart')}
          </button>
        )}
      </div>
      <ErrorLine error={error} />
    </div>
  );
}
