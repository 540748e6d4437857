import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import type { Card, SessionState } from '../../../shared/model/session';
import type { SessionLinks } from '../../../shared/protocol/api';
import { LIMITS } from '../../../shared/protocol/limits';
import type { Credential } from '../../../shared/protocol/socket';
import { phaseIndex } from '../../../shared/rules/phase';
import { BroadcastBanner } from '../components/BroadcastBanner';
import { ErrorText } from '../components/ErrorText';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { PhaseNow } from '../components/PhaseNow';
import { QrCode } from '../components/QrCode';
import { RoleShell } from '../components/RoleShell';
import { useT } from '../i18n';
import { absolute, addFacilitator, fetchLinks } from '../net/api';
import { rememberSecret, secretFor } from '../net/secrets';
import { useCommand } from '../net/useCommand';

/** `/facilitator#<token>`: run the evening. */
export default function FacilitatorView() {
  const [token] = useState(() => secretFor('facilitator'));
  const credential: Credential | null = token === null ? null : { kind: 'facilitator', token };
  return (
    <RoleShell credential={credential} hooks={{ onWelcome: (w) => token !== null && rememberSecret('facilitator', w.sessionId, token) }}>
      {(state) => token !== null && <Cockpit state={state} token={token} />}
    </RoleShell>
  );
}

function Cockpit({ state, token }: { state: SessionState; token: string }) {
  const t = useT();
  return (
    <main id="main" className="page">
      <div className="topbar">
        <div>
          <p className="muted" style={{ margin: 0 }}>
            {t('fac.title')} · {t(`status.${state.status}`)}
          </p>
          <h1>{state.title}</h1>
        </div>
        <LanguageSwitch />
      </div>
      <BroadcastBanner />
      <div className="grid">
        <div>
          <div className="panel">
            <PhaseNow state={state} />
            <PhaseControls state={state} />
          </div>
          <Controls state={state} />
        </div>
        <div>
          <Counts state={state} />
          <Links sessionId={state.id} token={token} />
        </div>
      </div>
      <div className="grid">
        <CardsPerTable state={state} />
        <Questions state={state} />
      </div>
    </main>
  );
}

function PhaseControls({ state }: { state: SessionState }) {
  const t = useT();
  const { run, busy, error } = useCommand();
  const index = phaseIndex(state);
  const next = state.agenda[index + 1];
  const ended = state.status === 'ended';
  return (
    <div>
      <div className="buttons">
        <button
          type="button"
          className="primary"
          disabled={busy || ended || next === undefined}
          onClick={() => void run({ type: 'phase.advance', expectedPhaseId: state.currentPhaseId })}
        >
          {state.status === 'draft' ? t('fac.start') : t('fac.next')}
        </button>
        <button
          type="button"
          disabled={busy || ended || index <= 0}
          onClick={() => void run({ type: 'phase.back', expectedPhaseId: state.currentPhaseId })}
        >
          {t('fac.back')}
        </button>
      </div>
      <p className="muted">{next === undefined ? (index >= 0 ? t('fac.lastPhase') : null) : t('fac.upNext', { title: next.title })}</p>
      <ErrorText error={error} />
    </div>
  );
}

function Controls({ state }: { state: SessionState }) {
  const t = useT();
  const { run, busy, error } = useCommand();
  const [message, setMessage] = useState('');
  const [confirmEnd, setConfirmEnd] = useState(false);
  const broadcastId = useId();
  const live = state.status === 'live';
  const timer = state.timer;

  const sendBroadcast = async (e: FormEvent) => {
    e.preventDefault();
    const text = message.trim();
    if (text === '') return;
    const ack = await run({ type: 'broadcast.send', text });
    if (ack.ok) setMessage('');
  };

  return (
    <section className="panel" aria-labelledby="controls-title">
      <h2 id="controls-title">{t('fac.controls')}</h2>
      <div className="buttons">
        {timer === null ? (
          <button type="button" disabled={busy || !live} onClick={() => void run({ type: 'timer.start' })}>
            {t('fac.timerStart')}
          </button>
        ) : timer.state === 'running' ? (
          <button type="button" disabled={busy} onClick={() => void run({ type: 'timer.pause' })}>
            {t('fac.timerPause')}
          </button>
        ) : (
          <button type="button" disabled={busy} onClick={() => void run({ type: 'timer.resume' })}>
            {t('fac.timerResume')}
          </button>
        )}
        <button type="button" disabled={busy || timer === null} onClick={() => void run({ type: 'timer.extend', ms: 5 * 60_000 })}>
          {t('fac.timerExtend')}
        </button>
      </div>

      <p>{state.voting.open ? t('fac.votingIsOpen', { dots: state.voting.dots }) : t('fac.votingIsClosed')}</p>
      <div className="buttons">
        {state.voting.open ? (
          <button type="button" disabled={busy} onClick={() => void run({ type: 'voting.close' })}>
            {t('fac.votingClose')}
          </button>
        ) : (
          <button type="button" disabled={busy || !live} onClick={() => void run({ type: 'voting.open' })}>
            {t('fac.votingOpen')}
          </button>
        )}
      </div>

      <form onSubmit={sendBroadcast}>
        <div className="field">
          <label htmlFor={broadcastId}>{t('fac.broadcast')}</label>
          <input id={broadcastId} type="text" maxLength={LIMITS.broadcast} value={message} onChange={(e) => setMessage(e.target.value)} />
        </div>
        <div className="buttons">
          <button type="submit" disabled={busy || message.trim() === ''}>
            {t('fac.broadcastSend')}
          </button>
          {state.broadcast !== null && (
            <button type="button" disabled={busy} onClick={() => void run({ type: 'broadcast.clear' })}>
              {t('fac.broadcastClear')}
            </button>
          )}
        </div>
      </form>

      {state.status !== 'ended' &&
        (confirmEnd ? (
          <div role="group" aria-labelledby="end-ask">
            <p id="end-ask">{t('fac.endAsk')}</p>
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
        ) : (
          <div className="buttons">
            <button type="button" className="danger" onClick={() => setConfirmEnd(true)}>
              {t('fac.end')}
            </button>
          </div>
        ))}
      <ErrorText error={error} />
    </section>
  );
}

function Counts({ state }: { state: SessionState }) {
  const t = useT();
  const participants = Object.values(state.participants);
  const cards = Object.values(state.cards).filter((c) => c.mergedInto === null);
  return (
    <section className="panel" aria-labelledby="counts-title">
      <h2 id="counts-title">{t('fac.counts')}</h2>
      <dl className="counts">
        <div>
          <dt>{t('fac.participants')}</dt>
          <dd>{participants.length}</dd>
        </div>
        <div>
          <dt>{t('fac.checkedIn')}</dt>
          <dd>{participants.filter((p) => p.checkedInAt !== null).length}</dd>
        </div>
        <div>
          <dt>{t('fac.cards')}</dt>
          <dd>{cards.length}</dd>
        </div>
        <div>
          <dt>{t('fac.questions')}</dt>
          <dd>{Object.keys(state.questions).length}</dd>
        </div>
      </dl>
      {state.tables.length > 0 && (
        <>
          <h3 style={{ marginTop: '1rem' }}>{t('fac.cardsPerTable')}</h3>
          <dl className="counts">
            {state.tables.map((table) => (
              <div key={table.id}>
                <dt>{table.title}</dt>
                <dd>{cards.filter((c) => c.tableId === table.id).length}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </section>
  );
}

function Links({ sessionId, token }: { sessionId: string; token: string }) {
  const t = useT();
  const [links, setLinks] = useState<SessionLinks | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    fetchLinks(sessionId, token)
      .then((l) => live && setLinks(l))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [sessionId, token]);
  const joinUrl = links === null ? null : absolute(links.participant);
  return (
    <section className="panel" aria-labelledby="links-title">
      <h2 id="links-title">{t('fac.links')}</h2>
      {links === null || joinUrl === null ? (
        <p className={failed ? 'error' : 'muted'}>{failed ? t('error.network') : t('fac.linksLoading')}</p>
      ) : (
        <>
          <QrCode value={joinUrl} alt={t('fac.qrAlt', { url: joinUrl })} size={160} />
          <ul className="links" style={{ marginTop: '0.75rem' }}>
            <li>
              <a href={links.participant}>{t('start.link.participant')}</a> · <span className="code">{links.joinCode}</span>
            </li>
            {links.hosts.map((h) => (
              <li key={h.tableId}>
                <a href={h.link}>{t('start.link.host', { title: h.title })}</a> · <span className="code">{h.code}</span>
              </li>
            ))}
            <li>
              <a href={links.desk.link}>{t('start.link.desk')}</a> · <span className="code">{links.desk.code}</span>
            </li>
            <li>
              <a href={links.screen}>{t('start.link.screen')}</a>
            </li>
          </ul>
          <CoFacilitator sessionId={sessionId} token={token} />
        </>
      )}
    </section>
  );
}

function CoFacilitator({ sessionId, token }: { sessionId: string; token: string }) {
  const t = useT();
  const [link, setLink] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const make = async () => {
    setBusy(true);
    setFailed(false);
    try {
      setLink((await addFacilitator(sessionId, token)).facilitator);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div style={{ marginTop: '0.75rem' }}>
      {link === null ? (
        <button type="button" disabled={busy} onClick={() => void make()}>
          {t('fac.cofacMake')}
        </button>
      ) : (
        <p role="status">
          {t('fac.cofacLink')} <a href={link}>{absolute(link)}</a>
        </p>
      )}
      <p className="error" role="alert">
        {failed ? t('error.network') : null}
      </p>
    </div>
  );
}

function CardsPerTable({ state }: { state: SessionState }) {
  const t = useT();
  const byTable = useMemo(() => {
    const map = new Map<string, Card[]>();
    for (const card of Object.values(state.cards)) {
      if (card.mergedInto !== null) continue;
      const list = map.get(card.tableId) ?? [];
      list.push(card);
      map.set(card.tableId, list);
    }
    for (const list of map.values()) list.sort((a, b) => b.createdAt - a.createdAt);
    return map;
  }, [state.cards]);
  return (
    <section className="panel" aria-labelledby="live-cards-title">
      <h2 id="live-cards-title">{t('fac.liveCards')}</h2>
      {state.tables.map((table) => {
        const cards = byTable.get(table.id) ?? [];
        return (
          <section key={table.id} aria-label={table.title} style={{ marginBottom: '1rem' }}>
            <h3>
              {table.title} <span className="muted">({cards.length})</span>
            </h3>
            {cards.length === 0 ? (
              <p className="muted">{t('fac.noCards')}</p>
            ) : (
              <ul className="list">
                {cards.map((card) => (
                  <li key={card.id} className={card.highlighted ? 'item item-highlighted' : 'item'}>
                    {card.text}
                    {card.highlighted && <span className="visually-hidden"> ({t('host.highlighted')})</span>}
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </section>
  );
}

function Questions({ state }: { state: SessionState }) {
  const t = useT();
  const questions = Object.values(state.questions).sort((a, b) => b.createdAt - a.createdAt);
  const category = (id: string) => state.infoCategories.find((c) => c.id === id)?.label ?? id;
  return (
    <section className="panel" aria-labelledby="live-questions-title">
      <h2 id="live-questions-title">{t('fac.liveQuestions')}</h2>
      {questions.length === 0 ? (
        <p className="muted">{t('fac.noQuestions')}</p>
      ) : (
        <ul className="list">
          {questions.map((q) => (
            <li key={q.id} className="item">
              <p className="muted" style={{ margin: 0 }}>
                {category(q.categoryId)} · {t(`qstatus.${q.status}`)}
              </p>
              {q.text}
              {q.answer !== null && <p style={{ margin: '0.25rem 0 0' }}>→ {q.answer}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
