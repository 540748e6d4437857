import { useState } from 'react';
import type { Credential } from '../../../shared/protocol/socket';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { RoleShell } from '../components/RoleShell';
import { useT } from '../i18n';
import { deviceToken, saveDeviceToken } from '../net/secrets';
import { Phone } from './participant/Phone';

/**
 * `/join/<CODE>`: a participant's phone. No account: a device token, kept per join code, makes a
 * reload or a new connection rejoin as the same person (the network layer does the rejoining).
 */
export default function ParticipantView({ joinCode }: { joinCode: string }) {
  const t = useT();
  const [erased, setErased] = useState(false);
  // The server judges the code (a wrong one is refused at the handshake). Checking its alphabet
  // here would pull zod (shared/protocol/ids.ts) into the phone's download for one regex.
  const [credential] = useState<Credential | null>(() => {
    if (joinCode === '') return null;
    const token = deviceToken(joinCode);
    return token === null ? { kind: 'participant', joinCode } : { kind: 'participant', joinCode, deviceToken: token };
  });

  if (erased) {
    return (
      <main id="main" className="page page-narrow">
        <div className="topbar">
          <p className="muted phone-title">{t('app.name')}</p>
          <LanguageSwitch />
        </div>
        <h1>{t('participant.privacy.title')}</h1>
        <p role="status" className="ok">
          {t('participant.privacy.erased')}
        </p>
        <p>
          {/* A full load: a fresh connection without the forgotten token joins as someone new. */}
          <a href={`/join/${encodeURIComponent(joinCode)}`}>{t('participant.privacy.joinAgain')}</a>
        </p>
      </main>
    );
  }
  return (
    <RoleShell
      credential={credential}
      refusedMessage={t('conn.refused.participant')}
      followupHref={`/followup/${encodeURIComponent(joinCode)}`}
      hooks={{
        onWelcome: (w) => w.deviceToken !== undefined && saveDeviceToken(joinCode, w.deviceToken),
        onDeviceTokenRefused: () => saveDeviceToken(joinCode, null),
      }}
    >
      {(state, actor) =>
        actor.role === 'participant' ? (
          <Phone
            state={state}
            me={actor.participantId}
            onErased={() => {
              saveDeviceToken(joinCode, null);
              setErased(true);
            }}
          />
        ) : null
      }
    </RoleShell>
  );
}
