import { useEffect, useState } from 'react';
import type { Timer as TimerState } from '../../../shared/model/session';
import { useT } from '../i18n';
import { msUntil } from '../net/clock';
import { useStore } from '../store';

function format(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}

/**
 * The server sends the end instant, not a duration; each device subtracts its own corrected
 * clock, so every screen in the room shows the same time regardless of network delay.
 */
export function Timer({ timer, className }: { timer: TimerState | null; className?: string }) {
  const t = useT();
  const offset = useStore((s) => s.connection.clockOffset);
  const [now, setNow] = useState(() => Date.now());
  const running = timer?.state === 'running';
  useEffect(() => {
    if (!running) return;
    const handle = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(handle);
  }, [running]);
  if (timer === null) return null;
  const left = timer.state === 'running' ? msUntil(timer.endsAt, offset, now) : timer.remainingMs;
  return (
    <p className={['timer', className].filter(Boolean).join(' ')}>
      <span className="visually-hidden">{t('timer.label')}: </span>
      {/* role=timer is not announced on every tick, which would drown a screen reader. */}
      <span role="timer" className={left <= 0 ? 'timer-value timer-over' : 'timer-value'}>
        {/* A stopped clock looks like a running one from across the room: say so, before the count. */}
        {timer.state === 'paused' && <b className="timer-paused">{t('timer.paused')} </b>}
        <span>{format(left)}</span>
      </span>
    </p>
  );
}
