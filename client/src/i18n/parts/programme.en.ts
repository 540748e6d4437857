import type { Message } from '../../../../shared/plural';
import type { programmeNl } from './programme';

/** English, the programme's texts in the cockpit (see programme.ts). */
export const programmeEn: { readonly [K in keyof typeof programmeNl]: Message } = {
  'programme.of': 'Meeting {number} of {title}',

  'next.title': 'Create the next meeting',
  'next.intro': 'Create the next meeting of this series. It gets its own codes and links. This meeting stays as it is.',
  'next.becomes': 'This will be meeting {number} of {title}.',
  'next.seriesName': 'Name of the series',
  'next.seriesHint': 'For example: Learning circle North. All meetings of the series go under this name.',
  'next.tables': 'Tables of the next meeting',
  'next.tables.same': 'The same tables',
  'next.tables.sameHint': 'The tables of this meeting, with their key question and prompts.',
  'next.tables.themes': 'The themes of this meeting as tables',
  'next.tables.themesHint': {
    '=0': 'There are no themes yet. Make them first under Harvest.',
    one: 'The one theme of the harvest becomes a table.',
    other: 'Each of the {count} themes of the harvest becomes a table.',
  },
  'next.more': 'What else comes along',
  'next.cards': 'Highlights as questions at the tables',
  'next.cardsHint': "With the same tables: each table's highlights. With themes as tables: the theme's cards.",
  'next.questions': 'Open questions of the info point',
  'next.questionsHint': {
    '=0': 'There are no open questions now.',
    one: '1 question has no answer yet. Who asked it does not come along.',
    other: '{count} questions have no answer yet. Who asked them does not come along.',
  },
  'next.groups': 'Working groups',
  'next.groupsHint': 'The working groups with their name and description. The sign-ups do not come along.',
  'next.create': 'Create the next meeting',
  'next.creating': 'Creating…',
  'next.failed': 'Creating it did not work ({code}). Please try again.',
  'next.failedNetwork': 'No connection to the server. Nothing was created. Please try again.',
  'next.failedLimit': 'Too many meetings were created from here. Wait a while and try again.',
  'next.failedLink': 'Your facilitator link no longer works. Open this meeting again with your link.',
  'next.done': 'Meeting {number} of {title} has been created',
  'next.facilitator': 'Facilitator link of the new meeting',
  'next.keep':
    'Keep this link to yourself: whoever has it can run the meeting. You see it here only once; keep it safe.',
  'next.open': 'Open the new meeting',
  'next.participant': 'Link for participants',

  'programmeReport.title': 'Toolbox of the series',
  'programmeReport.intro': {
    one: '{title} in one report: the harvest, the themes and votes, the answers and the working groups.',
    other:
      'All {count} meetings of {title} in one report: the harvest, the themes and votes, the answers and the working groups. A deleted meeting is listed as “no longer kept”.',
  },
};
