import type { SessionState } from '../model/session';

export type Sandwiches = {
  count: number;
  /** The names of those who want one, sorted; people without a name are only counted. */
  names: string[];
  /** Those who want one and gave no name (or only spaces). */
  unnamed: number;
};

/**
 * Who ticked "a sandwich": the caterer needs the number, the facilitator who. One function for
 * the cockpit's counts and the internal report, so both always say the same.
 */
export function sandwiches(state: Pick<SessionState, 'participants'>): Sandwiches {
  const want = Object.values(state.participants).filter((p) => p.sandwich);
  const names = want
    .map((p) => p.name?.trim() ?? '')
    .filter((n) => n !== '')
    .sort((a, b) => a.localeCompare(b, 'nl'));
  return { count: want.length, names, unnamed: want.length - names.length };
}
