import { useId, useState } from 'react';
import type { SessionState } from '../../../../shared/model/session';
import { useT } from '../../i18n';
import { useCan } from '../../net/useCan';
import { useCommand } from '../../net/useCommand';
import { ErrorLine } from './ErrorLine';

/** Start / pause / resume / +5 min. The timer restarts by itself with each phase's planned duration. */
export function TimerControls({ state }: { state: SessionState }) {
  const t = useT();
  const { run, busy, error } = useCommand();
  const can = useCan(state);
  const may = (draft: Parameters<typeof can>[0]) => !busy && can(draft).ok;
  const timer = state.timer;
  const minutesId = useId();
  const [minutes, setMinutes] = useState('');
  const ownMinutes = Number(minutes);
  const validMinutes = minutes !== '' && Number.isInteger(ownMinutes) && ownMinutes >= 1 && ownMinutes <= 360;
  return (
    <div role="group" aria-label={t('timer.label')}>
      <div className="buttons">
        {timer === null ? (
          <button
            type="button"
            disabled={!may({ type: 'timer.start' })}
            onClick={() => void run({ type: 'timer.start' })}
          >
            {t('fac.timerStart')}
          </button>
        ) : timer.state === 'running' ? (
          <button
            type="button"
            disabled={!may({ type: 'timer.pause' })}
            onClick={() => void run({ type: 'timer.pause' })}
          >
            {t('fac.timerPause')}
          </button>
        ) : (
          <button
            type="button"
            disabled={!may({ type: 'timer.resume' })}
            onClick={() => void run({ type: 'timer.resume' })}
          >
            {t('fac.timerResume')}
          </button>
        )}
        <button
          type="button"
          disabled={!may({ type: 'timer.extend', ms: 5 * 60_000 })}
          onClick={() => void run({ type: 'timer.extend', ms: 5 * 60_000 })}
        >
          {t('fac.timerExtend')}
        </button>
        {timer !== null && (
          <button
            type="button"
            disabled={!may({ type: 'timer.start' })}
            onClick={() => void run({ type: 'timer.start' })}
          >
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
        <button
          type="submit"
          disabled={!validMinutes || !may({ type: 'timer.start', durationMs: ownMinutes * 60_000 })}
        >
          {t('cockpit.timerOwnStart')}
        </button>
      </form>
      <ErrorLine error={error} />
    </div>
  );
}
