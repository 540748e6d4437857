import { nanoid } from 'nanoid';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { SessionState, Table } from '../../../shared/model/session';
import { LIMITS } from '../../../shared/protocol/limits';
import type { Credential } from '../../../shared/protocol/socket';
import { currentRound } from '../../../shared/rules/phase';
import { BroadcastBanner } from '../components/BroadcastBanner';
import { ErrorText } from '../components/ErrorText';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { PhaseNow } from '../components/PhaseNow';
import { RoleShell } from '../components/RoleShell';
import { useT } from '../i18n';
import { rememberSecret, secretFor } from '../net/secrets';
import { useCommand } from '../net/useCommand';

/** `/host#<CODE>`: one theme table's host captures what is said. */
export default function HostView() {
  const [code] = useState(() => secretFor('host'));
  const credential: Credential | null = code === null ? null : { kind: 'host', code };
  return (
    <RoleShell credential={credential} hooks={{ onWelcome: (w) => code !== null && rememberSecret('host', w.sessionId, code) }}>
      {(state, actor) => (actor.role === 'host' ? <HostTable state={state} tableId={actor.tableId} /> : null)}
    </RoleShell>
  );
}

function HostTable({ state, tableId }: { state: SessionState; tableId: string }) {
  const t = useT();
  const table = state.tables.find((x) => x.id === tableId);
  if (table === undefined) {
    return (
      <main id="main" className="page">
        <p className="problem">{t('host.noTable')}</p>
      </main>
    );
  }
  const round = currentRound(state);
  return (
    <main id="main" className="page page-narrow">
      <div className="topbar">
        <div>
          <p className="muted" style={{ margin: 0 }}>
            {t('host.title')}
            {round !== null && <> · {t('phase.round', { round })}</>}
          </p>
          <h1>{table.title}</h1>
        </div>
        <LanguageSwitch />
      </div>
      <BroadcastBanner />
      <TableBrief table={table} />
      <div className="panel">
        <PhaseNow state={state} />
      </div>
      <AddCard tableId={table.id} disabled={state.status === 'ended'} />
      <TableCards state={state} tableId={table.id} />
    </main>
  );
}

function TableBrief({ table }: { table: Table }) {
  const t = useT();
  return (
    <section className="panel" aria-labelledby="brief-title">
      <h2 id="brief-title">{t('host.keyQuestion')}</h2>
      <p style={{ fontSize: '1.15rem' }}>{table.keyQuestion}</p>
      {table.prompts.length > 0 && (
        <>
          <h3>{t('host.prompts')}</h3>
          <ul>
            {table.prompts.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/**
 * Fast capture: Enter adds the card and the field stays focused for the next one. The card id is
 * made here, so a re-send after a dropped connection can never add the card twice.
 */
function AddCard({ tableId, disabled }: { tableId: string; disabled: boolean }) {
  const t = useT();
  const id = useId();
  const { run, error } = useCommand();
  const [text, setText] = useState('');
  const input = useRef<HTMLTextAreaElement>(null);

  const add = () => {
    const value = text.trim();
    if (value === '') return;
    setText('');
    input.current?.focus();
    void run({ type: 'card.add', cardId: nanoid(), tableId, text: value }).then((ack) => {
      // Give the words back rather than lose them; only if the host has not started a new card.
      if (!ack.ok) setText((current) => (current === '' ? value : current));
    });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      add();
    }
  };

  return (
    <div className="panel">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <div className="field">
          <label htmlFor={id}>{t('host.addLabel')}</label>
          <textarea
            id={id}
            ref={input}
            rows={2}
            maxLength={LIMITS.cardText}
            value={text}
            disabled={disabled}
            aria-describedby={`${id}-hint`}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={onKeyDown}
          />
          <p id={`${id}-hint`} className="hint">
            {t('host.addHint')}
          </p>
        </div>
        <button type="submit" className="primary" disabled={disabled || text.trim() === ''}>
          {t('host.add')}
        </button>
        <ErrorText error={error} />
      </form>
    </div>
  );
}

function TableCards({ state, tableId }: { state: SessionState; tableId: string }) {
  const t = useT();
  const { run, error } = useCommand();
  const cards = Object.values(state.cards)
    .filter((c) => c.tableId === tableId && c.mergedInto === null)
    .sort((a, b) => b.createdAt - a.createdAt);
  return (
    <section className="panel" aria-labelledby="cards-title">
      <h2 id="cards-title">
        {t('host.cards')} <span className="muted">({cards.length})</span>
      </h2>
      <ErrorText error={error} />
      {cards.length === 0 ? (
        <p className="muted">{t('fac.noCards')}</p>
      ) : (
        <ul className="list">
          {cards.map((card) => (
            <li key={card.id} className={card.highlighted ? 'item item-highlighted' : 'item'}>
              <div className="item-row">
                <span>{card.text}</span>
                <button
                  type="button"
                  className="chip"
                  aria-pressed={card.highlighted}
                  onClick={() => void run({ type: 'card.highlight', cardId: card.id, on: !card.highlighted })}
                >
                  <span aria-hidden="true">{card.highlighted ? '★' : '☆'} </span>
                  {t('host.highlight')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
