import type { SessionState } from '../../../../../shared/model/session';
import { PersonalLinks } from './PersonalLinks';
import { Attendance } from './Attendance';
import { ImportPanel } from './ImportPanel';
import { MailPanel } from './MailPanel';
import { RegistrationList } from './RegistrationList';
import { SignupPageSettings } from './SignupPageSettings';

/**
 * The cockpit's "Aanmeldingen" tab: who signed up before the evening (docs/registrations.md).
 * The sign-up page's settings, the import, the list and the mail each have a panel of their own.
 */
export function Registrations({ state, token }: { state: SessionState; token: string }) {
  return (
    <div className="registrations">
      <SignupPageSettings state={state} />
      <Attendance state={state} />
      <ImportPanel state={state} token={token} />
      <RegistrationList state={state} />
      <PersonalLinks sessionId={state.id} token={token} count={Object.keys(state.registrations ?? {}).length} />
      <MailPanel state={state} token={token} />
    </div>
  );
}
