import { useEffect, type ReactNode } from 'react';
import type { SessionState } from '../../../shared/model/session';
import type { Actor } from '../../../shared/rules/actor';
import type { Credential } from '../../../shared/protocol/socket';
import { useT } from '../i18n';
import type { ConnectionHooks } from '../net/connection';
import { ConnectionContext, useConnection } from '../net/useConnection';
import { useStore } from '../store';
import { ConnectionBanner } from './ConnectionBanner';

/**
 * The frame of every live role view: opens the connection, shows its state calmly, and renders
 * the view only once the server has sent this role's state. A refused link gets a clear message
 * instead of an endless spinner.
 */
export function RoleShell({
  credential,
  hooks,
  refusedMessage,
  followupHref,
  children,
}: {
  credential: Credential | null;
  hooks: ConnectionHooks;
  refusedMessage?: string;
  /** Where a device refused because the evening has ended can read what came of it. */
  followupHref?: string;
  children: (state: SessionState, actor: Actor) => ReactNode;
}) {
  const t = useT();
  const connection = useConnection(credential, hooks);
  const status = useStore((s) => s.connection.status);
  const error = useStore((s) => s.connection.error);
  const state = useStore((s) => s.session.state);
  const actor = useStore((s) => s.session.actor);
  const suggestLanguage = useStore((s) => s.suggestLanguage);
  const sessionLanguage = state?.language ?? null;
  useEffect(() => {
    if (sessionLanguage !== null) suggestLanguage(sessionLanguage);
  }, [sessionLanguage, suggestLanguage]);

  if (credential === null) return <Problem text={t('conn.noSecret')} />;
  if (status === 'refused') {
    if (error?.code === 'WRONG_PHASE') {
      // At the handshake this only means the evening is over. The join QR promised the follow-up
      // "with the same code": go there; the message and link stay for a browser that blocks it.
      return (
        <Problem text={t('conn.refused.ended')}>
          {followupHref !== undefined && <GoTo href={followupHref} label={t('conn.refused.endedLink')} />}
        </Problem>
      );
    }
    const text =
      error?.code === 'PROTOCOL_MISMATCH'
        ? t('conn.refused.protocol')
        : error?.code === 'DOOR_CLOSED'
          ? t('conn.refused.doorClosed')
          : error?.code === 'LIMIT_REACHED'
            ? t('conn.refused.full')
            : (refusedMessage ?? t('conn.refused'));
    return <Problem text={text} />;
  }
  return (
    <>
      <ConnectionBanner />
      {connection === null || state === null || actor === null ? (
        <main id="main" className="page">
          <p className="loading" role="status">
            {status === 'connecting' ? t('conn.loading') : t('conn.reconnecting')}
          </p>
        </main>
      ) : (
        <ConnectionContext.Provider value={connection}>{children(state, actor)}</ConnectionContext.Provider>
      )}
    </>
  );
}

function GoTo({ href, label }: { href: string; label: string }) {
  useEffect(() => {
    window.location.replace(href);
  }, [href]);
  return (
    <p>
      <a href={href}>{label}</a>
    </p>
  );
}

function Problem({ text, children }: { text: string; children?: ReactNode }) {
  const t = useT();
  return (
    <main id="main" className="page page-narrow">
      <h1>{t('app.name')}</h1>
      <div className="problem" role="alert">
        <p>{text}</p>
      </div>
      {children}
      <p>
        <a href="/">{t('conn.backToStart')}</a>
      </p>
    </main>
  );
}
