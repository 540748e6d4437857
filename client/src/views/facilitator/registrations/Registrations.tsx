import type { SessionState } from '../../../../../shared/model/session';
import { MailPanel } from './MailPanel';
import { RegistrationList } from './RegistrationList';

/**
 * The cockpit's "Aanmeldingen" tab: who signed up before the evening (docs/registrations.md).
 * The sign-up page's settings, the import, the list and the mail each have a panel of their own.
 */
export function Registrations({ state, token }: { state: SessionState; token: string }) {
  return (
    <div className="registrations">
      <RegistrationList state={state} />
      <MailPanel state={state} token={token} />
    </div>
  );
}
