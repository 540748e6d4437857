import { type SuggestInput, type SuggestOutput, suggestThemes } from '../../shared/harvest/index';

/** One round of suggestions in the worker; the same call runs inline when there are no workers. */
export function suggestTask(input: SuggestInput): SuggestOutput {
  return suggestThemes(input);
}
