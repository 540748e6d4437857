import type { Command } from '../../protocol/commands';
import { fail } from '../../protocol/errors';
import type { Event } from '../../protocol/events';
import type { Phase, SessionState } from '../../model/session';
import { phaseIndex } from '../phase';
import { themeList } from '../themes';
import { countVotes } from '../vote-results';
import { accept, type Decision, nothing } from './result';

type Of<T extends Command['type']> = Extract<Command, { type: T }>;

/**
 * Entering a phase restarts the timer with the phase's planned duration, as an absolute end
 * instant: every screen counts down to the same moment whatever its network delay.
 */
function enter(state: SessionState, phase: Phase, now: number): Event[] {
  const events: Event[] = [];
  if (state.status === 'draft') events.push({ type: 'session.started', at: now });
  events.push({ type: 'phase.entered', phaseId: phase.id, at: now });
  const timer = phase.durationMin > 0 ? { state: 'running' as const, endsAt: now + phase.durationMin * 60_000 } : null;
  events.push({ type: 'timer.set', timer });
  return events;
}

/**
 * Two facilitators may press "next" at the same moment. Each sends the phase it saw; the second
 * to arrive no longer matches and gets CONFLICT instead of skipping a phase.
 */
function stale(state: SessionState, expected: string | null | undefined): Decision | null {
  if (expected === undefined || expected === state.currentPhaseId) return null;
  return fail('CONFLICT', 'the phase has already changed', 'expectedPhaseId');
}

export function phaseAdvance(state: SessionState, c: Of<'phase.advance'>, now: number): Decision {
  const conflict = stale(state, c.expectedPhaseId);
  if (conflict) return conflict;
  const next = state.agenda[phaseIndex(state) + 1];
  if (next === undefined) {
    return state.agenda.length === 0
      ? fail('WRONG_PHASE', 'the agenda is empty')
      : fail('WRONG_PHASE', 'this is the last phase; end the session instead');
  }
  return accept(...enter(state, next, now));
}

export function phaseBack(state: SessionState, c: Of<'phase.back'>, now: number): Decision {
  const conflict = stale(state, c.expectedPhaseId);
  if (conflict) return conflict;
  const previous = state.agenda[phaseIndex(state) - 1];
  if (state.status !== 'live' || previous === undefined)
    return fail('WRONG_PHASE', 'there is no phase before this one');
  return accept(...enter(state, previous, now));
}

export function phaseJump(state: SessionState, c: Of<'phase.jump'>, now: number): Decision {
  const phase = state.agenda.find((p) => p.id === c.phaseId);
  if (phase === undefined) return fail('NOT_FOUND', 'no such phase', 'phaseId');
  if (phase.id === state.currentPhaseId) return nothing;
  return accept(...enter(state, phase, now));
}

export function timerStart(state: SessionState, c: Of<'timer.start'>, now: number): Decision {
  if (state.status !== 'live') return fail('WRONG_PHASE', 'the session has not started');
  const planned = state.agenda.find((p) => p.id === state.currentPhaseId)?.durationMin ?? 0;
  const durationMs = c.durationMs ?? planned * 60_000;
  if (durationMs <= 0) return fail('VALIDATION', 'this phase has no duration; give one', 'durationMs');
  return accept({ type: 'timer.set', timer: { state: 'running', endsAt: now + durationMs } });
}

export function timerPause(state: SessionState, now: number): Decision {
  const timer = state.timer;
  if (timer === null) return fail('WRONG_PHASE', 'no timer is running');
  if (timer.state === 'paused') return nothing;
  return accept({ type: 'timer.set', timer: { state: 'paused', remainingMs: Math.max(0, timer.endsAt - now) } });
}

export function timerResume(state: SessionState, now: number): Decision {
  const timer = state.timer;
  if (timer === null) return fail('WRONG_PHASE', 'no timer to resume');
  if (timer.state === 'running') return nothing;
  return accept({ type: 'timer.set', timer: { state: 'running', endsAt: now + timer.remainingMs } });
}

/** "+5 min" on a timer that already ran out means five minutes from now, not from the past. */
export function timerExtend(state: SessionState, c: Of<'timer.extend'>, now: number): Decision {
  const timer = state.timer;
  if (timer === null) return fail('WRONG_PHASE', 'no timer to change');
  if (timer.state === 'paused') {
    return accept({
      type: 'timer.set',
      timer: { state: 'paused', remainingMs: Math.max(0, timer.remainingMs + c.ms) },
    });
  }
  const from = c.ms > 0 ? Math.max(timer.endsAt, now) : timer.endsAt;
  return accept({ type: 'timer.set', timer: { state: 'running', endsAt: Math.max(now, from + c.ms) } });
}

export function broadcastSend(_state: SessionState, c: Of<'broadcast.send'>, now: number): Decision {
  const until = c.until ?? 'phase';
  const endsAt = until === 'phase' ? null : now + until.minutes * 60_000;
  return accept({ type: 'broadcast.set', text: c.text, at: now, endsAt });
}

export function screenShow(state: SessionState, c: Of<'screen.show'>): Decision {
  if (c.tableId !== null && !state.tables.some((t) => t.id === c.tableId))
    return fail('NOT_FOUND', 'no such table', 'tableId');
  const focus = c.view === 'auto' ? null : { view: c.view, tableId: c.view === 'cloud' ? c.tableId : null };
  const was = state.screenFocus ?? null;
  if (JSON.stringify(was) === JSON.stringify(focus)) return nothing;
  return accept({ type: 'screen.focused', focus });
}

export function broadcastClear(state: SessionState, now: number): Decision {
  return state.broadcast === null ? nothing : accept({ type: 'broadcast.set', text: null, at: now, endsAt: null });
}

export function votingOpen(state: SessionState, c: Of<'voting.open'>): Decision {
  if (state.status !== 'live') return fail('WRONG_PHASE', 'voting opens during the evening');
  const dots = c.dots ?? state.voting.dots;
  const was = state.voting.on ?? 'highlights';
  const on = c.on ?? was;
  // A vote on something else starts afresh (apply empties the dots), so nobody's dots are too many.
  const most = on === was ? Math.max(0, ...Object.values(state.votes).map((d) => d.length)) : 0;
  if (dots < most) return fail('CONFLICT', `someone already used ${most} dots`, 'dots');
  if (on === 'themes' && !themeList(state).some((t) => t.proposedBy === null && t.cardIds.length > 0))
    return fail('CONFLICT', 'make a theme with cards first', 'on');
  if (state.voting.open && state.voting.dots === dots && on === was) return nothing;
  return accept({ type: 'voting.set', open: true, dots, results: null, on, byGroup: null });
}

export function votingClose(state: SessionState): Decision {
  return state.voting.open ? accept(closeVoting(state)) : nothing;
}

function closeVoting(state: SessionState): Event {
  const { results, byGroup } = countVotes(state);
  const on = state.voting.on ?? 'highlights';
  return { type: 'voting.set', open: false, dots: state.voting.dots, results, on, byGroup };
}

export function assignmentSet(state: SessionState, c: Of<'assignment.set'>): Decision {
  if (!(c.participantId in state.participants)) return fail('NOT_FOUND', 'no such participant', 'participantId');
  if (c.round > state.rounds.count) return fail('VALIDATION', `there are only ${state.rounds.count} rounds`, 'round');
  if (c.tableId !== null && !state.tables.some((t) => t.id === c.tableId))
    return fail('NOT_FOUND', 'no such table', 'tableId');
  const rounds = state.assignments[c.participantId] ?? {};
  if (rounds[String(c.round)] === c.tableId) return nothing;
  if (c.tableId !== null) {
    const again = Object.entries(rounds).find(([round, table]) => table === c.tableId && round !== String(c.round));
    if (again) return fail('CONFLICT', `this person is already at that table in round ${again[0]}`, 'tableId');
  }
  return accept({ type: 'assignment.set', participantId: c.participantId, round: c.round, tableId: c.tableId });
}

export function sessionEnd(state: SessionState, now: number): Decision {
  if (state.status !== 'live') return fail('WRONG_PHASE', 'only a running session can end');
  // Voting still open at the end closes with its results, like a "close voting" first.
  return accept(...(state.voting.open ? [closeVoting(state)] : []), { type: 'session.ended', at: now });
}
