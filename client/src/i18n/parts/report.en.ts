import type { Message } from '../../../../shared/plural';
import type { reportNl } from './report';

export const reportEn: { readonly [K in keyof typeof reportNl]: Message } = {
  'cockpit.tab.report': 'Report',
  'report.title': 'Report and follow-up',
  'report.intro': 'Download the report of this evening. The public version has no names and no contact details.',
  'report.version': 'Version',
  'report.public': 'Public (no personal data)',
  'report.internal': 'Internal (with working-group contacts, only with consent)',
  'report.download': 'Download {format}',
  'report.printable': 'Open to print (PDF)',
  'report.csv': 'CSV: {file}',
  'report.csv.cards': 'cards',
  'report.csv.questions': 'questions',
  'report.csv.signups': 'sign-ups',
  'report.csv.attendance': 'attendance',
  'report.csv.themes': 'themes',
  'report.failed': 'The download failed. Please try again.',
  'report.publishTitle': 'Publish the follow-up',
  'report.publishIntro':
    'Answer the open questions first. Once published, participants see the answers and the public report with the same QR code.',
  'report.publishAfterEnd': 'You can do this once the evening has ended.',
  'deleteSession.title': 'Delete everything',
  'deleteSession.what':
    'This deletes the whole evening: cards, questions, names, sign-ups and every link. Download the report first. You cannot undo it.',
  'deleteSession.automatic':
    'If you do nothing, the server deletes an ended evening by itself after a fixed period (usually 90 days).',
  'deleteSession.sure': 'I have kept the report and want to delete everything of this evening',
  'deleteSession.button': 'Delete the evening',
  'deleteSession.failed': 'Deleting did not work ({code}). Nothing was deleted; try again.',
  'report.openLeft': {
    one: '{count} question still waits for an answer.',
    other: '{count} questions still wait for an answer.',
  },
  'report.publish': 'Publish the follow-up',
  'report.unpublish': 'Take the follow-up offline',
  'report.published': 'Published. Participants see the answers at:',

  'followup.title': 'Follow-up',
  'followup.loading': 'Loading…',
  'followup.notYet': 'The follow-up is not ready yet. Please look again later.',
  'followup.notFound':
    'Nothing is published under this code (yet). Check that you copied it right, or come back later.',
  'followup.failed': 'Loading failed. Please try again.',
  'followup.retry': 'Try again',
  'followup.answers': 'Answers to the questions',
  'followup.beforehand': 'Questions beforehand',
  'followup.mine': 'Your question',
  'followup.noAnswer': 'An answer will follow.',
  'followup.askedTimes': { one: 'asked once', other: 'asked {count} times' },
  'followup.recommendations': 'Recommendations',
  'followup.tables': 'What did the tables say?',
  'followup.vote': 'What did the room find most important?',
  'followup.dots': { one: '{count} dot', other: '{count} dots' },
  'followup.groups': 'Working groups',
  'followup.signups': { one: '{count} sign-up', other: '{count} sign-ups' },
  'followup.fullReport': 'The whole report (to print)',
};
