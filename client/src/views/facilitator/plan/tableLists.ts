import type { SessionState } from '../../../../../shared/model/session';
import { tableFor } from '../../../../../shared/rules/phase';

export interface TableList {
  readonly tableId: string;
  readonly title: string;
  /** Per round (index 0 = round 1), who sits at this table: their name, or null for their number. */
  readonly rounds: readonly (readonly Seated[])[];
}
export interface Seated {
  readonly id: string;
  readonly name: string | null;
  /** Place in the order people joined, from 1: what the cockpit calls someone without a name. */
  readonly number: number;
}

/**
 * Who sits where, per table and round, as the session says now (the published plan with every
 * move since). Pure, for the printed lists the hosts get. People are listed by name, the
 * nameless after them by number.
 */
export function tableLists(state: SessionState): TableList[] {
  const people = Object.values(state.participants).sort((a, b) => a.joinedAt - b.joinedAt || a.id.localeCompare(b.id));
  const numbered = people.map((p, i) => ({ id: p.id, name: p.name, number: i + 1 }));
  const order = (a: Seated, b: Seated) =>
    a.name !== null && b.name !== null
      ? a.name.localeCompare(b.name) || a.number - b.number
      : a.name !== null
        ? -1
        : b.name !== null
          ? 1
          : a.number - b.number;
  return state.tables.map((table) => ({
    tableId: table.id,
    title: table.title,
    rounds: Array.from({ length: state.rounds.count }, (_, r) =>
      numbered.filter((p) => tableFor(state, p.id, r + 1) === table.id).sort(order),
    ),
  }));
}
