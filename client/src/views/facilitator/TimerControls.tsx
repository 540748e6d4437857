import { useId, useState } from 'react';
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
  const minutesId = useId();
  const [minutes, setMinutes] = useState('');
  const ownMinutes = Number(minutes);
  const validMinutes = minutes !== '' && Number.isInteger(ownMinutes) && ownMinutes >= 1 && ownMinutes <= 360;
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
        <button
          type="button"
          disabled={busy || !live || timer === null}
          onClick={() => void run({ type: 'timer.extend', ms: 5 * 60_000 })}
        >
          {t('fac.timerExtend')}
        </button>
        {timer !== null && (
          <button type="button" disabled={busy || !live} onClick={() => void run({ type: 'timer.start' })}>
            {t('cockpit.timerRestart')}
          </button>
        )}
      </div>
      <form
        className="timer-own"
        onSubmit={(e) => {
          e.preventDefault();
          if (!validMinutes) return;
          void run({ type: 'timer.start', durationMs: ownMinutes * 60_000 }).then((ack) => ack.ok && setMinutes(''));
        }}
      >
        <label htmlFor={minutesId}>{t('cockpit.timerOwn')}</label>
        <input
          id={minutesId}
          type="number"
          inputMode="numeric"
          min={1}
          max={360}
          value={minutes}
          onChange={(e) => setMinutes(e.target.value)}
        />
        <button type="submit" disabled={busy || !live || !validMinutes}>
          {t('cockpit.timerOwnStart')}
        </button>
      </form>
      <ErrorLine error={error} />
    </div>
  );
}
