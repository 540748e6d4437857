import type { Message } from '../../../../shared/plural';
import type { signupNl } from './signup';

/** English, the cockpit's sign-up page panel (see signup.ts). */
export const signupEn: { readonly [K in keyof typeof signupNl]: Message } = {
  'signup.settings.title': 'Sign-up page',
  'signup.settings.open': 'Sign-up page is open',
  'signup.settings.openHint': 'When this is off, nobody can sign up on the page.',
  'signup.settings.capacity': 'Number of places',
  'signup.settings.capacityHint': 'Empty: no limit. When it is full, new people go on the waiting list.',
  'signup.settings.closesDate': 'Sign-up closes on (date)',
  'signup.settings.closesTime': 'at (time)',
  'signup.settings.closesHint': 'Empty: people can sign up until the meeting begins.',
  'signup.settings.sandwich': 'Ask whether people want a sandwich',
  'signup.settings.save': 'Save',
  'signup.settings.saved': 'Saved.',
  'signup.settings.link': 'Link to the sign-up page',
  'signup.settings.qr': 'QR code of the sign-up page',
  'signup.settings.badCapacity': 'Fill in a whole number from 1, or leave it empty.',
};
