import type { Message } from '../../../../shared/plural';
import type { registrationsNl } from './registrations';

/** English, the cockpit's sign-up list (see registrations.ts). */
export const registrationsEn: { readonly [K in keyof typeof registrationsNl]: Message } = {
  'cockpit.tab.registrations': 'Sign-ups',
  'reg.list.title': 'Who signed up',
  'reg.list.counts': '{registered} signed up · {waiting} on the waiting list · {cancelled} cancelled',
  'reg.list.empty': 'Nobody yet. Open the sign-up page or import a list.',
  'reg.col.name': 'Name',
  'reg.col.contact': 'E-mail and phone',
  'reg.col.status': 'Status',
  'reg.col.actions': 'What you can do',
  'reg.status.registered': 'Signed up',
  'reg.status.waiting': 'Waiting list',
  'reg.status.cancelled': 'Cancelled',
  'reg.cancel': 'Cancel',
  'reg.cancelOf': 'Cancel {name}',
  'reg.erase': 'Erase',
  'reg.eraseOf': "Erase {name}'s data",
  'reg.eraseAsk': "Erase all of {name}'s data? This cannot be undone.",
  'reg.eraseConfirm': 'Yes, erase',
  'reg.eraseCancel': 'Do not erase',
};
