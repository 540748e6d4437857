import type { PhaseKind, SessionState, Table } from '../../../../shared/model/session';
import { can } from '../../../../shared/rules/can';
import { currentPhase, currentRound, latestRound, phaseIndex, tableFor } from '../../../../shared/rules/phase';

/**
 * Where the evening is for a participant, and where they sit: pure, so the phone's screens
 * follow from the state alone (after a reload too) and the rules are tested without a browser.
 */
export type Stage = 'before' | PhaseKind | 'ended';

export function stageOf(state: SessionState): Stage {
  if (state.status === 'ended') return 'ended';
  const phase = currentPhase(state);
  return phase === null ? 'before' : phase.kind;
}

export type Seat = {
  round: number;
  /** 1-based number of the table in the room (the order of the setup), null = choose yourself. */
  number: number | null;
  table: Table | null;
  /** True while that round is being played; false for the round that comes next. */
  now: boolean;
};

function seat(state: SessionState, me: string, round: number, now: boolean): Seat {
  const tableId = tableFor(state, me, round);
  const index = tableId === null ? -1 : state.tables.findIndex((t) => t.id === tableId);
  const table = index < 0 ? null : (state.tables[index] ?? null);
  return { round, number: table === null ? null : index + 1, table, now };
}

/**
 * The table to show: the round being played, else the next round still to come (in the break
 * before it people walk over), else none (before the first phase, or after the last round).
 */
export function seatToShow(state: SessionState, me: string): Seat | null {
  const round = currentRound(state);
  if (round !== null) return seat(state, me, round, true);
  if (state.status !== 'live') return null;
  const next = nextRound(state);
  return next === null ? null : seat(state, me, next, false);
}

/** The first table round in the agenda after the current phase, or null when none is left. */
export function nextRound(state: SessionState): number | null {
  const from = phaseIndex(state);
  for (const phase of state.agenda.slice(from + 1)) {
    if (phase.kind === 'table-round' && phase.round !== null) return phase.round;
  }
  return null;
}

/** Every round's seat, for the overview "your rounds" once picks or assignments exist. */
export function allSeats(state: SessionState, me: string): Seat[] {
  const current = currentRound(state);
  const seats: Seat[] = [];
  for (let round = 1; round <= state.rounds.count; round++) seats.push(seat(state, me, round, round === current));
  return seats;
}

/** Whether a published seating plan seats this participant: then the plan, not their picks, decides. */
export function seatedByPlan(state: SessionState, me: string): boolean {
  return (state.planPublishedAt ?? null) !== null && Object.keys(state.assignments[me] ?? {}).length > 0;
}

/** The most tables a participant is asked to choose. */
export function picksWanted(state: SessionState): number {
  return Math.min(state.rounds.tablesPerParticipant, state.tables.length);
}

/**
 * Whether the form to change one's picks is worth showing: the rules accept some change, one
 * pick fewer or one more. They keep the tables of rounds that have begun, so during round 1 the
 * second pick may still change (an earlier rule of thumb here said no). Asked of `can`, so the
 * phone and the server answer alike (test/unit/rules/can.test.ts).
 */
export function picksEditable(state: SessionState, me: string, now: number): boolean {
  const actor = { role: 'participant', participantId: me } as const;
  const picks = state.participants[me]?.picks ?? [];
  const fewer = picks.length > 0 ? [picks.slice(0, -1)] : [];
  const spare = state.tables.find((t) => !picks.includes(t.id));
  const more = spare !== undefined && picks.length < picksWanted(state) ? [[...picks, spare.id]] : [];
  return [...fewer, ...more].some((next) => can(state, actor, { type: 'tables.pick', picks: next }, now).ok);
}

/** Where the table cards shown come from: the table the participant sits at (or just sat at). */
export function cardTable(state: SessionState, me: string): string | null {
  const round = currentRound(state) ?? latestRound(state);
  return round === null ? null : tableFor(state, me, round);
}

/** Voting results, most dots first, for the highlights the participant can see. */
export function rankedResults(state: SessionState): { cardId: string; text: string; table: string; dots: number }[] {
  const results = state.voting.results;
  if (results === null) return [];
  return Object.entries(results)
    .map(([cardId, dots]) => {
      const card = state.cards[cardId];
      const table = card === undefined ? undefined : state.tables.find((t) => t.id === card.tableId);
      return { cardId, text: card?.text ?? '', table: table?.title ?? '', dots };
    })
    .filter((r) => r.text !== '' && r.dots > 0)
    .sort((a, b) => b.dots - a.dots || a.text.localeCompare(b.text));
}
