/** The harvest's text side: pure code for the server, its worker and the browser's word cloud. */
export { type Keyword, keywords, wordCloud } from './keywords';
export type { HarvestLanguage } from './language';
export {
  type SuggestedTheme,
  type SuggestInput,
  type SuggestOptions,
  type SuggestOutput,
  suggestThemes,
} from './suggest';
export { type Term, terms, tokenise } from './text';
