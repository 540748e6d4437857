import { useState } from 'react';
import { useT } from '../../i18n';
import type { Connection } from '../../net/connection';
import { copyText } from '../../net/clipboard';
import { useStore } from '../../store';

/**
 * The calm line at the top: connected or not, and what still waits on this device. It is a
 * status region, so a screen reader hears changes without losing its place.
 */
export function OutboxStatus({ offlineReady }: { offlineReady: boolean }) {
  const t = useT();
  const status = useStore((s) => s.connection.status);
  const outbox = useStore((s) => s.connection.outbox);
  const saved = useStore((s) => s.connection.outboxSaved);
  const writable = useStore((s) => s.connection.writable);
  const open = outbox.filter((e) => e.refused === null);
  const cards = open.filter((e) => e.command.type === 'card.add').length;
  const changes = open.length - cards;
  const online = status === 'online';
  // For the host every way of not being connected is the same: the cards wait on this device.
  const connection = online
    ? t('host.status.online')
    : status === 'connecting'
      ? t('conn.connecting')
      : t('host.status.offline');
  const parts = [
    cards > 0 ? t('host.status.waitingCards', { count: cards }) : null,
    changes > 0 ? t('host.status.waitingChanges', { count: changes }) : null,
  ].filter((x): x is string => x !== null);
  const what = parts.length > 0 ? parts.join(', ') : online ? null : t('host.status.allSent');
  return (
    <div className={online ? 'host-status' : 'host-status host-status-away'} role="status" aria-live="polite">
      <p className="host-status-line">
        <span className={online ? 'host-dot host-dot-on' : 'host-dot'} aria-hidden="true" />
        <strong>{connection}</strong>
        {what !== null && <> — {what}</>}
      </p>
      {open.length > 0 && (
        <p className="host-status-note">
          {online ? t('host.status.sending') : saved ? t('host.status.saved') : t('host.status.saving')}
        </p>
      )}
      {open.length === 0 && offlineReady && online && (
        <p className="host-status-note muted">{t('host.status.offlineReady')}</p>
      )}
      {!writable && <p className="host-status-note">{t('conn.serverNotWritable')}</p>}
    </div>
  );
}

/**
 * Texts the server refused for good (the session ended, the card was gone). They are never
 * dropped silently: the host sees the words, copies them, and only then lets them go.
 * `all` also lists what is still waiting (used when the link itself stopped working).
 */
export function RefusedList({
  connection,
  all = false,
  intro,
}: {
  connection: Connection;
  all?: boolean;
  intro?: string;
}) {
  const t = useT();
  const outbox = useStore((s) => s.connection.outbox);
  const [copied, setCopied] = useState<string | null>(null);
  const shown = outbox.filter(
    (e) => (all || e.refused !== null) && (e.command.type === 'card.add' || e.command.type === 'card.edit'),
  );
  if (shown.length === 0) return null;
  return (
    <section className="panel host-refused" aria-labelledby="host-refused-title">
      <h2 id="host-refused-title">{t('host.refused.title')}</h2>
      <p>{intro ?? t('host.refused.text')}</p>
      <ul className="list">
        {shown.map((entry) => {
          const c = entry.command;
          const text = 'text' in c && c.text !== undefined ? c.text : '';
          return (
            <li key={c.id} className="item">
              <p className="host-refused-text">{text}</p>
              {entry.refused !== null && <p className="muted">{t(`error.${entry.refused.code}`)}</p>}
              <div className="buttons">
                <button
                  type="button"
                  className="primary"
                  onClick={() => void copyText(text).then((ok) => ok && setCopied(c.id))}
                >
                  {t('host.refused.copy')}
                </button>
                {entry.refused !== null && (
                  <button type="button" onClick={() => connection.dismiss(c.id)}>
                    {t('host.refused.dismiss')}
                  </button>
                )}
                <span role="status">{copied === c.id ? t('host.refused.copied') : ''}</span>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
