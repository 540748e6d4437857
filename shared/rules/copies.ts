import type { SessionState } from '../model/session';
import type { Event } from '../protocol/events';
import { tableFor } from './phase';
import { involvedParticipants, stepsOf } from './redact';
import { type Audience, callRound, seatRound } from './view';

/**
 * Which hosts and phones may share one redacted copy of a batch. The server redacts once per
 * copy, not once per connection; a wrong grouping would send someone a copy redacted for
 * somebody else, so this is a privacy rule and the property test checks it: every member of a
 * copy receives exactly what `redactBatch` gives its own audience.
 */
export type CopyPlan = {
  /** Participants whose events differ from their table-mates': each gets a copy of their own. */
  personal: ReadonlySet<string>;
  /** Whether the other participants' copies depend on where they sit (before and after the batch); else one copy for all. */
  bySeat: boolean;
  /** Whether each host table needs its own copy; else one copy for every table. */
  perTable: boolean;
};

/**
 * Events whose redaction for a participant depends on the table they sit at: cards, and the
 * video link of their table's call (a new phase or the evening's end can give or take it).
 */
const SEAT_DEPENDENT = new Set<Event['type']>([
  'phase.entered',
  'agenda.set',
  'tables.set',
  'session.ended',
  'card.added',
  'card.edited',
  'card.removed',
  'card.highlighted',
  'card.hidden',
  'card.merged',
  'card.unmerged',
]);

/**
 * Events whose redaction for a host depends on the host's table: cards, people, since a tablet
 * holds only who sits at its table (and seating changes who that is), and themes, since a host
 * holds its own table's proposals.
 */
const TABLE_DEPENDENT = new Set<Event['type']>([
  'tables.set',
  'participant.joined',
  'profile.set',
  'tables.picked',
  'participant.checkedIn',
  'participant.erased',
  'participant.removed',
  'assignment.set',
  'plan.published',
  'rounds.set',
  'agenda.set',
  'card.added',
  'card.edited',
  'card.removed',
  'card.highlighted',
  'card.hidden',
  'card.merged',
  'card.unmerged',
  'theme.added',
  'theme.renamed',
  'theme.accepted',
  'theme.cardsPlaced',
  'theme.merged',
  'theme.removed',
]);

export function copyPlan(
  before: SessionState,
  events: readonly Event[],
  steps: readonly SessionState[] = stepsOf(before, events),
): CopyPlan {
  return {
    personal: involvedParticipants(before, events, steps),
    bySeat: events.some((e) => SEAT_DEPENDENT.has(e.type)),
    perTable: events.some((e) => TABLE_DEPENDENT.has(e.type)),
  };
}

/** A host tablet or a phone: the audiences that share copies. */
export type Member = Extract<Audience, { role: 'host' } | { role: 'participant'; participantId: string }>;

/**
 * The copy a member receives: members with the same key receive the very same events. Other
 * audiences (facilitators, desk, screen) have one copy per role and need no key.
 */
export function copyKey(plan: CopyPlan, before: SessionState, after: SessionState, member: Member): string {
  if (member.role === 'host') return plan.perTable ? `host:${member.tableId}` : 'host';
  const pid = member.participantId;
  if (plan.personal.has(pid)) return `p:${pid}`;
  if (!plan.bySeat) return 'participants';
  const at = (state: SessionState, round: number | null) =>
    round === null ? '-' : String(tableFor(state, pid, round));
  const seat = (state: SessionState) => at(state, seatRound(state));
  // The call table (whose video link they hold) can be another round's than the seat: in a break.
  const call = (state: SessionState) => at(state, callRound(state));
  return `seat:${seat(before)}|${seat(after)}|call:${call(before)}|${call(after)}`;
}

/**
 * The audience to redact a copy for, given any one of its members: a participant who is not
 * personal gets the copy of "anyone seated like them", so it names nobody.
 */
export function copyAudience(plan: CopyPlan, before: SessionState, member: Member): Audience {
  if (member.role === 'host' || plan.personal.has(member.participantId)) return member;
  const pid = member.participantId;
  return { role: 'participant', participantId: null, tables: (round) => tableFor(before, pid, round) };
}
