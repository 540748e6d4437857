import { useId, useState, type FormEvent } from 'react';
import type { SessionState, VoteTarget } from '../../../../shared/model/session';
import { themeList } from '../../../../shared/rules/themes';
import { LIMITS } from '../../../../shared/protocol/limits';
import { useT } from '../../i18n';
import { useCan } from '../../net/useCan';
import { useCommand } from '../../net/useCommand';
import { useShownBroadcast } from '../../components/BroadcastBanner';
import { useStore } from '../../store';
import { ErrorLine } from './ErrorLine';

/** How long a broadcast shows: until the next phase, or this many minutes. */
const ENDS = ['phase', '5', '10', '15', '30'] as const;

/**
 * A message to every phone and the screen. What shows now stays in view with when it goes, so
 * the facilitator knows whether to clear it by hand; how long a new one stays sits next to its
 * send button, the last choice before it goes out.
 */
export function BroadcastForm() {
  const t = useT();
  const { run, busy, error } = useCommand();
  const [message, setMessage] = useState('');
  const [ends, setEnds] = useState<(typeof ENDS)[number]>('phase');
  const inputId = useId();
  const endsId = useId();
  const shown = useShownBroadcast();
  const language = useStore((s) => s.ui.language);
  const offset = useStore((s) => s.connection.clockOffset);
  const send = async (e: FormEvent) => {
    e.preventDefault();
    const text = message.trim();
    if (text === '') return;
    const until = ends === 'phase' ? 'phase' : { minutes: Number(ends) };
    const ack = await run({ type: 'broadcast.send', text, until });
    if (ack.ok) setMessage('');
  };
  // endsAt is a server instant; this laptop's clock may differ by the offset.
  const endsAtTime =
    shown?.endsAt == null
      ? null
      : new Date(shown.endsAt - offset).toLocaleTimeString(language, { hour: '2-digit', minute: '2-digit' });
  return (
    <section className="panel" aria-labelledby="broadcast-title">
      <h2 id="broadcast-title">{t('fac.broadcast')}</h2>
      {shown !== null && (
        <div className="broadcast broadcast-now">
          <p className="broadcast-now-label">{t('cockpit.broadcastNow')}</p>
          <p>{shown.text}</p>
          <p className="broadcast-now-until">
            {endsAtTime === null ? t('cockpit.broadcastUntilPhase') : t('cockpit.broadcastUntil', { time: endsAtTime })}
          </p>
        </div>
      )}
      <form onSubmit={send}>
        <div className="field">
          <label htmlFor={inputId}>{t('cockpit.broadcastLabel')}</label>
          <input
            id={inputId}
            type="text"
            maxLength={LIMITS.broadcast}
            value={message}
            placeholder={t('cockpit.broadcastExample')}
            onChange={(e) => setMessage(e.target.value)}
          />
        </div>
        <div className="broadcast-send">
          <div className="field">
            <label htmlFor={endsId}>{t('cockpit.broadcastEnds')}</label>
            <select id={endsId} value={ends} onChange={(e) => setEnds(e.target.value as (typeof ENDS)[number])}>
              {ENDS.map((end) => (
                <option key={end} value={end}>
                  {end === 'phase'
                    ? t('cockpit.broadcastUntilPhase')
                    : t('cockpit.broadcastForMinutes', { count: Number(end) })}
                </option>
              ))}
            </select>
          </div>
          <div className="buttons">
            <button type="submit" className="primary" disabled={busy || message.trim() === ''}>
              {t('fac.broadcastSend')}
            </button>
            {shown !== null && (
              <button type="button" disabled={busy} onClick={() => void run({ type: 'broadcast.clear' })}>
                {t('fac.broadcastClear')}
              </button>
            )}
          </div>
        </div>
      </form>
      <ErrorLine error={error} />
    </section>
  );
}

/** What can get dots, in the order offered. */
const VOTE_ON: readonly VoteTarget[] = ['highlights', 'themes'];

/**
 * Dot-voting and ending the evening: rare, deliberate actions. Before voting opens the
 * facilitator chooses what gets dots; themes only once there is a theme of the evening with
 * cards (the rules refuse an empty vote), and the reason stands next to the disabled choice.
 */
export function EveningControls({ state }: { state: SessionState }) {
  const t = useT();
  const id = useId();
  const { run, busy, error } = useCommand();
  const [confirmEnd, setConfirmEnd] = useState(false);
  const can = useCan(state);
  const was = state.voting.on ?? 'highlights';
  const [on, setOn] = useState<VoteTarget>(was);
  const themesReady = themeList(state).some((x) => x.proposedBy === null && x.cardIds.length > 0);
  const choice = on === 'themes' && !themesReady ? 'highlights' : on;
  // Voting on something else starts afresh: say so when there are dots or a result to lose.
  const loses = choice !== was && (state.voting.results !== null || Object.keys(state.votes).length > 0);
  return (
    <section className="panel evening-controls" aria-labelledby="evening-title">
      <h2 id="evening-title">{t('fac.controls')}</h2>
      <div role="status">
        {state.voting.open ? (
          <>
            <p>{t('fac.votingIsOpen', { count: state.voting.dots })}</p>
            <p>
              {t('fac.voteOnNow')} <strong>{t(`fac.voteOn.${was}`)}</strong>
            </p>
          </>
        ) : (
          <p>{t('fac.votingIsClosed')}</p>
        )}
      </div>
      {!state.voting.open && (
        <fieldset>
          <legend>{t('fac.voteOnLegend')}</legend>
          {VOTE_ON.map((v) => {
            const off = v === 'themes' && !themesReady;
            return (
              <div key={v} className="check">
                <input
                  id={`${id}-${v}`}
                  type="radio"
                  name={`${id}-on`}
                  value={v}
                  checked={choice === v}
                  disabled={off}
                  aria-describedby={off ? `${id}-why` : undefined}
                  onChange={() => setOn(v)}
                />
                <span>
                  <label htmlFor={`${id}-${v}`}>{t(`fac.voteOn.${v}`)}</label>
                  {off && (
                    <span id={`${id}-why`} className="hint block">
                      {t('fac.voteOnNoThemes')}
                    </span>
                  )}
                </span>
              </div>
            );
          })}
          {loses && <p className="hint">{t('fac.voteOnFresh')}</p>}
        </fieldset>
      )}
      <div className="buttons">
        {state.voting.open ? (
          <button type="button" disabled={busy} onClick={() => void run({ type: 'voting.close' })}>
            {t('fac.votingClose')}
          </button>
        ) : (
          <button
            type="button"
            disabled={busy || !can({ type: 'voting.open', on: choice }).ok}
            onClick={() => void run({ type: 'voting.open', on: choice })}
          >
            {t('fac.votingOpen')}
          </button>
        )}
        {can({ type: 'session.end' }).ok && !confirmEnd && (
          <button type="button" className="danger" onClick={() => setConfirmEnd(true)}>
            {t('fac.end')}
          </button>
        )}
      </div>
      {can({ type: 'session.end' }).ok && confirmEnd && (
        <div role="group" aria-labelledby="end-ask">
          <p id="end-ask">{t('cockpit.endAsk')}</p>
          <div className="buttons">
            <button
              type="button"
              className="danger primary"
              disabled={busy}
              onClick={() => void run({ type: 'session.end' }).then(() => setConfirmEnd(false))}
            >
              {t('fac.endConfirm')}
            </button>
            <button type="button" autoFocus onClick={() => setConfirmEnd(false)}>
              {t('fac.endCancel')}
            </button>
          </div>
        </div>
      )}
      <ErrorLine error={error} />
    </section>
  );
}
