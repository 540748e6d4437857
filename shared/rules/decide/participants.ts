import type { Command, JoinCommand } from '../../protocol/commands';
import { fail } from '../../protocol/errors';
import { LIMITS } from '../../protocol/limits';
import type { SessionState } from '../../model/session';
import { inactiveParticipants } from '../inactive';
import { latestRound } from '../phase';
import { accept, type Decision, firstDuplicate, nothing } from './result';
import { hasSeat } from './seating';

type Of<T extends Command['type']> = Extract<Command, { type: T }>;

export function participantJoin(state: SessionState, c: JoinCommand, now: number): Decision {
  if (c.participantId in state.participants) return fail('CONFLICT', 'this participant already joined');
  if ((state.doorClosedAt ?? null) !== null) return fail('DOOR_CLOSED', 'the door is closed to new participants');
  if (Object.keys(state.participants).length >= LIMITS.participants) {
    return fail('LIMIT_REACHED', 'this session is full');
  }
  return accept({
    type: 'participant.joined',
    participant: {
      id: c.participantId,
      name: null,
      group: null,
      picks: [],
      sandwich: false,
      joinedAt: now,
      checkedInAt: null,
    },
  });
}

export function profileSet(state: SessionState, pid: string, c: Of<'profile.set'>): Decision {
  const current = state.participants[pid];
  if (current === undefined) return fail('NOT_FOUND', 'no such participant');
  // An empty name is no name: the person chose to stay anonymous.
  const name = c.name === undefined ? undefined : c.name === null || c.name === '' ? null : c.name;
  const changes = {
    ...(name !== undefined && name !== current.name ? { name } : {}),
    ...(c.group !== undefined && c.group !== current.group ? { group: c.group } : {}),
    ...(c.sandwich !== undefined && c.sandwich !== current.sandwich ? { sandwich: c.sandwich } : {}),
    ...(c.remote !== undefined && c.remote !== (current.remote ?? false) ? { remote: c.remote } : {}),
  };
  return Object.keys(changes).length === 0 ? nothing : accept({ type: 'profile.set', participantId: pid, ...changes });
}

/**
 * Until the planner assigns seats, the n-th pick is the table of round n. So picks of a round
 * that has begun are fixed: changing them would move someone who is already sitting down.
 * A late arrival without picks may still choose. Once a published plan seats someone, their
 * picks no longer decide anything: a change would be "saved" and do nothing, so it is refused
 * (the facilitator moves people with assignment.set). Someone the plan gave no table at all
 * (not checked in when it was made) may still choose, and is then seated.
 */
export function tablesPick(state: SessionState, pid: string, c: Of<'tables.pick'>): Decision {
  const current = state.participants[pid];
  if (current === undefined) return fail('NOT_FOUND', 'no such participant');
  const dup = firstDuplicate(c.picks);
  if (dup !== -1) return fail('VALIDATION', 'a table can be picked once', `picks.${dup}`);
  const unknown = c.picks.findIndex((id) => !state.tables.some((t) => t.id === id));
  if (unknown !== -1) return fail('NOT_FOUND', 'no such table', `picks.${unknown}`);
  if ((state.planPublishedAt ?? null) !== null && hasSeat(state, pid)) {
    return fail('WRONG_PHASE', 'the seating plan is out; ask the facilitator for another table', 'picks');
  }
  const played = latestRound(state) ?? 0;
  for (let i = 0; i < played; i++) {
    if (current.picks[i] !== undefined && current.picks[i] !== c.picks[i]) {
      return fail('WRONG_PHASE', `round ${i + 1} has begun; its table can no longer change`, `picks.${i}`);
    }
  }
  if (c.picks.length === current.picks.length && c.picks.every((id, i) => id === current.picks[i])) return nothing;
  return accept({ type: 'tables.picked', participantId: pid, picks: c.picks });
}

export function checkin(state: SessionState, pid: string, now: number): Decision {
  const current = state.participants[pid];
  if (current === undefined) return fail('NOT_FOUND', 'no such participant');
  return current.checkedInAt !== null
    ? nothing
    : accept({ type: 'participant.checkedIn', participantId: pid, at: now });
}

export function participantErase(state: SessionState, pid: string): Decision {
  if (!(pid in state.participants)) return fail('NOT_FOUND', 'no such participant');
  return accept({ type: 'participant.erased', participantId: pid });
}

export function doorSet(state: SessionState, c: Of<'door.set'>, now: number): Decision {
  const closed = (state.doorClosedAt ?? null) !== null;
  if (closed === !c.open) return nothing;
  return accept({ type: 'door.set', closedAt: c.open ? null : now });
}

export function removeInactive(state: SessionState): Decision {
  const ids = inactiveParticipants(state);
  return ids.length === 0 ? nothing : accept({ type: 'participants.removed', participantIds: ids });
}
