import { recommendationEn } from './parts/recommendation.en';
import { participantEn } from './parts/participant.en';
import { venueEn } from './parts/venue.en';
import { personalEn } from './parts/personal.en';
import type { CommonMessages } from './messages';

/** English, every route's texts. `CommonMessages` makes the compiler fail on a missing or an extra key. */
export const commonEn: CommonMessages = {
  'app.name': 'Tafelronde',
  'app.skipToContent': 'Skip to content',
  'lang.label': 'Language',
  'lang.nl': 'Nederlands',
  'lang.en': 'English',

  // An online table's video call, on the phone and the host tablet.
  'online.title': 'Your table is online',
  'online.open': 'Open the video call',
  'online.opens': 'The call opens in a new window, in the app the organisers use.',
  'online.later': 'The link to the call is here when your round starts.',
  'online.noLink': 'There is no link to the call yet. Ask the organisers.',
  'online.label': 'online',

  'conn.connecting': 'Connecting…',
  'conn.reconnecting': 'Connection lost for a moment. Trying again…',
  'conn.offline': 'No internet. It will carry on by itself once you are back online.',
  'conn.refused': 'This link or code does not work (any more).',
  'conn.refused.participant': 'This code does not work. Check that you typed it correctly, or ask the organisers.',
  'conn.refused.protocol': 'There is a new version. Please reload the page.',
  'conn.refused.rateLimited': 'Too many tries. Please wait; we will try again shortly.',
  'conn.refused.ended': 'This meeting has ended. You can no longer join. Thank you for your interest!',
  'conn.refused.endedLink': 'Read what was discussed',
  'conn.refused.full': 'The meeting is full: no more participants can join. Ask the organisers.',
  'conn.refused.doorClosed':
    'The door is closed: no new participants can join right now. Ask the organisers, and reload the page once the door is open again.',
  'conn.serverNotWritable': 'Note: the server cannot save anything right now. Changes will not go through.',
  'conn.pending': { one: '{count} change still on its way', other: '{count} changes still on their way' },
  'conn.loading': 'Loading the meeting…',
  'conn.noSecret': 'This page needs a link with a code. Open the link you were given.',
  'conn.backToStart': 'Go to the start page',

  'error.VALIDATION': 'That is not quite right. Please check what you entered.',
  'error.FORBIDDEN': 'You cannot do that here.',
  'error.NOT_FOUND': 'That does not exist (any more).',
  'error.CONFLICT': 'Someone else was just ahead of you. Please have another look.',
  'error.WRONG_PHASE': 'That is not possible now, but it will be later this evening.',
  'error.LIMIT_REACHED': 'The maximum has been reached.',
  'error.RATE_LIMITED': 'Slow down a little: too much at once. Try again shortly.',
  'error.DOOR_CLOSED': 'The door is closed: no new participants can join right now.',
  'error.UNAVAILABLE': 'Saving did not work. Please try again.',
  'error.UNAUTHORIZED': 'This link or code does not work.',
  'error.PROTOCOL_MISMATCH': 'There is a new version. Please reload the page.',
  'error.network': 'Something went wrong with the connection. Please try again.',

  'status.draft': 'Not started yet',
  'status.live': 'Running',
  'status.ended': 'Ended',

  'phase.current': 'Now',
  'phase.none': 'The meeting has not started yet.',
  'phase.ended': 'The meeting has ended. Thank you!',
  'phase.round': 'Round {round}',
  'timer.label': 'Time left',
  'timer.paused': 'Paused',
  'broadcast.label': 'Message from the facilitators',

  'kind.walk-in': 'Walk-in',
  'kind.plenary': 'Plenary',
  'kind.break': 'Break',
  'kind.table-round': 'Table round',
  'kind.wrap-up': 'Wrap-up',
  'kind.closing': 'Closing',
  'kind.social': 'Drinks',

  'host.keyQuestion': 'Key question',
  'host.prompts': 'Think of',
  'host.addLabel': 'New card',
  'host.addHint': 'Type and press Enter. The field stays ready for the next card.',
  'host.closed.ended': 'The meeting has ended. No more cards can be added; all cards of your table go into the report.',
  'host.closed.notYet': 'The meeting has not started yet. Once the facilitator starts it, you can add cards.',
  'host.add': 'Add',
  'host.highlight': 'Highlight',
  'host.highlighted': 'Highlighted',
  'host.codeTitle': 'Table host: enter your code',
  'host.codeLabel': 'Code from the table card ({length} characters)',
  'host.codeInvalid': 'A table code has {length} characters, for example 9YN45YSKYZ.',
  'host.codeOpen': 'Open my table',
  'host.noTable': 'This table does not exist (any more).',

  'qstatus.new': 'New',
  'qstatus.answered-on-spot': 'Answered at the desk',
  'qstatus.follow-up': 'Find out, answer later',
  'qstatus.answered': 'Answered',

  'screen.goTo': 'Go to {host} and enter the code:',
  'screen.qrAlt': 'QR code: scan to join',

  'group.resident': 'Resident',
  'group.entrepreneur': 'Entrepreneur',
  'group.professional': 'Professional',
  'group.municipality': 'Municipality',
  'group.other': 'Other',
  ...participantEn,
  ...recommendationEn,
  ...venueEn,
  ...personalEn,
};
