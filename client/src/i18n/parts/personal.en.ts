import type { Message } from '../../../../shared/plural';
import type { personalNl } from './personal';

/** English, the phone's part of signing up (see personal.ts). */
export const personalEn: { readonly [K in keyof typeof personalNl]: Message } = {
  'personal.refused':
    'This personal link does not work (any more). Ask the organisers for help, or join with the code of the meeting.',
  'personal.hello': 'Hello {name}, you are signed up.',
  'personal.calendar': 'Add to your calendar',
  'start.joinPersonal': 'Do you have a personal code? You can also fill in that one of 12 characters here.',
};
