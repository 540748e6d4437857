import { useEffect, useId, useRef, useState } from 'react';
import type { SessionState } from '../../../../shared/model/session';
import { phaseIndex } from '../../../../shared/rules/phase';
import { Timer } from '../../components/Timer';
import { useT } from '../../i18n';
import { useCan } from '../../net/useCan';
import { useCommand } from '../../net/useCommand';
import { ErrorLine } from './ErrorLine';
import { clockText, minutesText } from '../../../../shared/rules/schedule';
import { useStore } from '../../store';
import { usePlan } from '../shared/plan';
import { TimerControls } from './TimerControls';
import { useNow } from './useNow';

/** The heart of the cockpit: what runs now, what comes next, how we are doing on time, and "next". */
export function PhasePanel({ state }: { state: SessionState }) {
  const t = useT();
  const now = useNow();
  const index = phaseIndex(state);
  const phase = state.agenda[index] ?? null;
  const next = state.agenda[index + 1] ?? null;
  const language = useStore((s) => s.ui.language);
  const plan = usePlan(state, now);
  const running = plan.phases.find((p) => p.status === 'now');
  const behind = plan.behindMin;
  return (
    <section className="panel cockpit-phase" aria-labelledby="cockpit-phase-title">
      <p className="phase-kind">
        {state.status === 'ended'
          ? t('status.ended')
          : phase === null
            ? t('cockpit.notStarted')
            : `${t('phase.current')} · ${t(`kind.${phase.kind}`)}${phase.round !== null ? ` · ${t('phase.round', { round: phase.round })}` : ''}`}
      </p>
      <h2 id="cockpit-phase-title" className="cockpit-phase-title" aria-live="polite">
        {state.status === 'ended' ? t('phase.ended') : (phase?.title ?? t('phase.none'))}
      </h2>
      {running?.lastStart != null && behind !== null && (
        <p className="cockpit-schedule">
          {/* Far from the plan, said once and plainly; the minutes then count from the real start. */}
          {plan.moved !== null && (
            <span className="cockpit-moved">
              {t('cockpit.shifted', {
                planned: clockText(plan.moved.plannedAt, language),
                actual: clockText(plan.moved.startedAt, language),
              })}{' '}
            </span>
          )}
          {t('cockpit.plannedActual', {
            planned: plan.plannedAt(running.phaseId),
            actual: clockText(running.lastStart, language),
          })}{' '}
          <strong className={behind > 0 ? 'behind' : 'on-time'}>
            {behind > 0
              ? t('cockpit.behind', { minutes: minutesText(behind, language) })
              : behind < 0
                ? t('cockpit.ahead', { minutes: minutesText(-behind, language) })
                : t('cockpit.onTime')}
          </strong>
        </p>
      )}
      {phase !== null && state.status === 'live' && (
        <div className="cockpit-timer-row">
          <Timer timer={state.timer} className="cockpit-timer" />
          <TimerControls state={state} />
        </div>
      )}
      {state.status === 'draft' && <p>{t('cockpit.draftHint')}</p>}
      <p className="cockpit-next">
        {state.status === 'ended'
          ? null
          : next === null
            ? phase === null
              ? null
              : t('fac.lastPhase')
            : t('cockpit.next', { time: plan.plannedAt(next.id), title: next.title })}
      </p>
      <PhaseButtons state={state} plannedAt={plan.plannedAt} />
    </section>
  );
}

function PhaseButtons({ state, plannedAt }: { state: SessionState; plannedAt: (phaseId: string) => string }) {
  const t = useT();
  const { run, busy, error } = useCommand();
  const [conflict, setConflict] = useState(false);
  const can = useCan(state);
  const index = phaseIndex(state);
  const expectedPhaseId = state.currentPhaseId;
  const canAdvance = !busy && can({ type: 'phase.advance', expectedPhaseId }).ok;
  const canBack = can({ type: 'phase.back', expectedPhaseId }).ok;
  const canJump = (phaseId: string) => can({ type: 'phase.jump', phaseId }).ok;
  const ended = !state.agenda.some((p) => canJump(p.id));
  const jumpId = useId();
  const [jumpTo, setJumpTo] = useState('');

  // The latest "advance" in a ref, so the keyboard listener is registered once.
  const advance = useRef<() => void>(() => undefined);
  advance.current = () => {
    if (!canAdvance) return;
    setConflict(false);
    void run({ type: 'phase.advance', expectedPhaseId: state.currentPhaseId }).then((ack) => {
      // Someone else (a co-facilitator) pressed "next" first: nothing is skipped, just say so.
      if (!ack.ok && ack.error.code === 'CONFLICT') setConflict(true);
    });
  };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyN') {
        e.preventDefault();
        advance.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const current = state.agenda[index];
  return (
    <div>
      <div className="buttons">
        <button
          type="button"
          className="primary big-button"
          disabled={!canAdvance}
          aria-keyshortcuts="Alt+N"
          onClick={() => advance.current()}
        >
          {state.status === 'draft' ? t('fac.start') : t('fac.next')}
          <span className="shortcut" aria-hidden="true">
            Alt+N
          </span>
        </button>
        <button
          type="button"
          disabled={busy || !canBack}
          onClick={() => {
            setConflict(false);
            void run({ type: 'phase.back', expectedPhaseId: state.currentPhaseId }).then((ack) => {
              if (!ack.ok && ack.error.code === 'CONFLICT') setConflict(true);
            });
          }}
        >
          {t('fac.back')}
        </button>
      </div>
      <form
        className="jump"
        onSubmit={(e) => {
          e.preventDefault();
          if (jumpTo === '') return;
          setConflict(false);
          void run({ type: 'phase.jump', phaseId: jumpTo }).then((ack) => ack.ok && setJumpTo(''));
        }}
      >
        <label htmlFor={jumpId}>{t('cockpit.jumpLabel')}</label>
        <select id={jumpId} value={jumpTo} onChange={(e) => setJumpTo(e.target.value)} disabled={ended}>
          <option value="">{t('cockpit.jumpChoose')}</option>
          {state.agenda.map((p) => (
            <option key={p.id} value={p.id} disabled={p.id === current?.id}>
              {plannedAt(p.id)} · {p.title}
            </option>
          ))}
        </select>
        <button type="submit" disabled={busy || jumpTo === '' || !canJump(jumpTo)}>
          {t('cockpit.jump')}
        </button>
      </form>
      {conflict ? (
        <p className="notice" role="status">
          {t('cockpit.conflict', { title: current?.title ?? t('phase.none') })}
        </p>
      ) : (
        <ErrorLine error={error} />
      )}
    </div>
  );
}
