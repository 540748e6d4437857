import { useState } from 'react';
import type { SessionState } from '../../../shared/model/session';
import type { Credential } from '../../../shared/protocol/socket';
import { BroadcastBanner } from '../components/BroadcastBanner';
import { PhaseNow } from '../components/PhaseNow';
import { QrCode } from '../components/QrCode';
import { RoleShell } from '../components/RoleShell';
import { useT } from '../i18n';
import { rememberSecret, secretFor } from '../net/secrets';

/** `/screen#<token>`: the projector. Read-only, large type, readable from the back of the room. */
export default function ScreenView() {
  const [token] = useState(() => secretFor('screen'));
  const credential: Credential | null = token === null ? null : { kind: 'screen', token };
  return (
    <RoleShell credential={credential} hooks={{ onWelcome: (w) => token !== null && rememberSecret('screen', w.sessionId, token) }}>
      {(state) => <Screen state={state} />}
    </RoleShell>
  );
}

function Screen({ state }: { state: SessionState }) {
  const t = useT();
  const joinPath = `/join/${state.joinCode}`;
  const joinUrl = new URL(joinPath, window.location.origin).toString();
  return (
    <main id="main" className="screen">
      <div>
        <p className="phase-kind">{state.title}</p>
        <BroadcastBanner large />
        <PhaseNow state={state} headingLevel={1} large />
      </div>
      {state.status !== 'ended' && (
        <aside className="screen-join" aria-labelledby="join-title">
          <h2 id="join-title">{t('screen.join')}</h2>
          <QrCode value={joinUrl} alt={t('screen.qrAlt')} size={320} />
          <p>{t('screen.goTo', { host: window.location.host })}</p>
          <span className="code">{state.joinCode}</span>
        </aside>
      )}
    </main>
  );
}
