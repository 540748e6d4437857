import type { Message } from '../../../../shared/plural';
import type { screenNl } from './screen';

export const screenEn: { readonly [K in keyof typeof screenNl]: Message } = {
  'screen.welcome': 'Welcome!',
  'screen.joined': {
    '=0': 'Nobody has joined yet',
    one: '{count} person has joined',
    other: '{count} people have joined',
  },
  'screen.startsAt': 'We start at {time}.',
  'screen.next': 'Next ({time}): {title}',
  'screen.codeLabel': 'Code: {code}',
  'screen.qr.join': 'Join with your phone',
  'screen.qr.groups': 'Sign up on your phone',
  'screen.qr.report': 'The report will appear on this page',
  'screen.agenda': 'Programme',
  'screen.goToTable': 'Go to your table',
  'screen.people': { one: '{count} person', other: '{count} people' },
  'screen.perTable': 'People per table',
  'screen.highlights': 'What the tables found',
  'screen.noHighlights': 'Nothing highlighted yet.',
  'screen.votesLive': 'Voting: the count so far',
  'screen.votesFinal': 'The result of the vote',
  'screen.noVotes': 'No dots yet. Vote on your phone.',
  'screen.dots': { one: '{count} dot', other: '{count} dots' },
  'screen.groups': 'Join a working group',
  'screen.thanks': 'Thank you for coming!',
  'screen.report': 'The report and the info point answers will appear later on the same link as tonight.',
  'screen.corner': 'Just arrived? Join in',
};
