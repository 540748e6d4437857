import type { Message } from '../../../../shared/plural';
import type { suggestNl } from './suggest';

export const suggestEn: { readonly [K in keyof typeof suggestNl]: Message } = {
  'suggest.title': 'Suggested themes',
  'suggest.intro': 'The app looks for cards that say similar things. You choose what becomes a theme.',
  'suggest.count': { one: '1 suggestion', other: '{count} suggestions', '=0': 'No suggestions' },
  'suggest.none': 'No suggestions: not enough cards yet',
  'suggest.asking': 'Looking for suggestions…',
  'suggest.askNow': 'Look again',
  'suggest.label': 'Name of the theme',
  'suggest.keywords': 'Key words',
  'suggest.into': 'Fits theme: {label}',
  'suggest.cards': { one: '1 card', other: '{count} cards' },
  'suggest.accept': 'Make theme',
  'suggest.acceptInto': 'Put in theme',
  'suggest.drop': 'Drop',
  'suggest.accepted': 'Theme made: {label}',
  'suggest.placed': 'Cards put in theme: {label}',
  'suggest.dropped': 'Suggestion dropped',
};
