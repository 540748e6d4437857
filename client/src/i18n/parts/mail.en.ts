import type { Message } from '../../../../shared/plural';
import type { mailNl } from './mail';

/** English, the cockpit's e-mail panel (see mail.ts). */
export const mailEn: { readonly [K in keyof typeof mailNl]: Message } = {
  'mail.title': 'E-mail',
  'mail.on': 'E-mail is on. People who sign up get a confirmation, and a reminder the day before.',
  'mail.off': 'E-mail is off: this server sends no e-mail. Ask the administrator to set SMTP_URL and MAIL_FROM.',
  'mail.loading': 'Loading…',
  'mail.loadFailed': 'The e-mail could not be loaded.',
  'mail.reload': 'Load again',
  'mail.counts': '{queued} waiting · {sent} sent · {failed} failed',
  'mail.kind.confirmation': 'Confirmation',
  'mail.kind.reminder': 'Reminder',
  'mail.kind.followup': 'Follow-up',
  'mail.failedTitle': 'Failed',
  'mail.retrying': 'Not sent yet, trying again: {to} ({error})',
  'mail.failedLine': '{kind} to {to}: {error}',
  'mail.retry': 'Try again',
  'mail.retryOf': 'Try the {kind} to {to} again',
  'mail.followupTitle': 'Follow-up by e-mail',
  'mail.followupNone': 'Nobody asked for the follow-up by e-mail.',
  'mail.followupUnpublished': 'Publish the follow-up first (Report tab). The e-mail links to it.',
  'mail.followupCount': {
    one: '1 person asked for the follow-up. Choose the name to read the message.',
    other: '{count} people asked for the follow-up. Choose someone to read their message.',
  },
  'mail.followupTo': 'To',
  'mail.send': 'Send',
  'mail.sendAsk': {
    one: 'Send the follow-up to 1 person? Whoever already got it does not get it again.',
    other: 'Send the follow-up to {count} people? Whoever already got it does not get it again.',
  },
  'mail.sendConfirm': 'Yes, send',
  'mail.sendCancel': 'Do not send',
  'mail.sent': {
    '=0': 'Nothing new to send: everyone already got it.',
    one: '1 message is ready to be sent.',
    other: '{count} messages are ready to be sent.',
  },
  'mail.failed': 'That did not work ({code}).',
};
