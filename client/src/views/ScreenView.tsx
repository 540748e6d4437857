import { useState } from 'react';
import type { Credential } from '../../../shared/protocol/socket';
import { RoleShell } from '../components/RoleShell';
import { rememberSecret, secretFor } from '../net/secrets';
import { Screen } from './screen/Screen';
import './screen/screen.css';

/** `/screen#<token>`: the projector. Read-only, follows the phase by itself, large type, strong contrast. */
export default function ScreenView() {
  const [token] = useState(() => secretFor('screen'));
  const credential: Credential | null = token === null ? null : { kind: 'screen', token };
  return (
    <RoleShell
      credential={credential}
      hooks={{ onWelcome: (w) => token !== null && rememberSecret('screen', w.sessionId, token) }}
    >
      {(state) => <Screen state={state} />}
    </RoleShell>
  );
}
