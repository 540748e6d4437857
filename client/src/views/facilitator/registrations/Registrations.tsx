import type { SessionState } from '../../../../../shared/model/session';
import { Attendance } from './Attendance';
import { RegistrationList } from './RegistrationList';

/**
 * The cockpit's "Aanmeldingen" tab: who signed up before the evening (docs/registrations.md).
 * The sign-up page's settings, the import, the list and the mail each have a panel of their own.
 */
export function Registrations({ state, token: _token }: { state: SessionState; token: string }) {
  return (
    <div className="registrations">
      <Attendance state={state} />
      <RegistrationList state={state} />
    </div>
  );
}
