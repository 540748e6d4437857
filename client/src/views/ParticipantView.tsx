import { useEffect, useState } from 'react';
import type { Credential } from '../../../shared/protocol/socket';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { RoleShell } from '../components/RoleShell';
import { useT } from '../i18n';
import { deviceToken, fragment, personalCode, saveDeviceToken, savePersonalCode } from '../net/secrets';
import { useStore } from '../store';
import { Phone } from './participant/Phone';

/** The personal link's code (`/p#CODE`), kept as the last one opened; else the last one kept. */
function personalFromLink(): string | null {
  const fromLink = fragment()?.replace(/[\s-]/g, '').toUpperCase() ?? null;
  if (fromLink !== null) savePersonalCode(null, fromLink);
  return fromLink ?? personalCode(null);
}

/**
 * `/join/<CODE>`: a participant's phone. No account: a device token, kept per join code, makes a
 * reload or a new connection rejoin as the same person (the network layer does the rejoining).
 * `/p#CODE` (joinCode null): a registered person's personal link; the phone connects with that
 * code and is them from the first moment. Kept for the session once known, so its join page
 * connects as them too. The same view (one chunk), so the phone's download does not grow.
 */
export default function ParticipantView({ joinCode: routeCode }: { joinCode: string | null }) {
  const t = useT();
  const [erased, setErased] = useState(false);
  // The server judges the code (a wrong one is refused at the handshake). Checking its alphabet
  // here would pull zod (shared/protocol/ids.ts) into the phone's download for one regex.
  const [credential] = useState<Credential | null>(() => {
    if (routeCode === null) {
      const code = personalFromLink();
      return code === null ? null : { kind: 'personal', code };
    }
    if (routeCode === '') return null;
    // Opened a personal link for this session before: the phone is that registered person.
    const personal = personalCode(routeCode);
    if (personal !== null) return { kind: 'personal', code: personal };
    const token = deviceToken(routeCode);
    return token === null
      ? { kind: 'participant', joinCode: routeCode }
      : { kind: 'participant', joinCode: routeCode, deviceToken: token };
  });
  const sessionCode = useStore((s) => s.session.state?.joinCode ?? null);
  const joinCode = routeCode ?? sessionCode ?? '';
  useEffect(() => {
    if (credential?.kind === 'personal' && sessionCode !== null) savePersonalCode(sessionCode, credential.code);
  }, [credential, sessionCode]);

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
      refusedMessage={t(credential?.kind === 'personal' ? 'personal.refused' : 'conn.refused.participant')}
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
              savePersonalCode(joinCode, null);
              if (credential?.kind === 'personal') savePersonalCode(null, null);
              setErased(true);
            }}
          />
        ) : null
      }
    </RoleShell>
  );
}
