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
  'reg.links.title': 'Personal links',
  'reg.links.intro':
    'Everyone who signed up has their own link and code. The link opens the phone as that person at once. Print them for people who get no e-mail.',
  'reg.links.show': { '=0': 'No links yet: nobody signed up.', one: 'Show the link', other: 'Show the {count} links' },
  'reg.links.print': 'Print the links',
  'reg.links.qrAlt': "QR code with {name}'s personal link",
  'reg.links.code': 'Or type this code at Join:',
};
