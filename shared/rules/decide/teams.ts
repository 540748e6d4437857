import type { Command } from '../../protocol/commands';
import { fail } from '../../protocol/errors';
import { LIMITS } from '../../protocol/limits';
import { type SessionState, teamsOf } from '../../model/session';
import { accept, type Decision, nothing } from './result';

type Of<T extends Command['type']> = Extract<Command, { type: T }>;

/**
 * Keep-together teams (facilitator): people the planner seats as one. The schema already holds
 * a team to 2..LIMITS.teamMembers people, each named once; here the state's checks.
 */

export function teamSet(state: SessionState, c: Of<'team.set'>): Decision {
  const teams = teamsOf(state);
  const existing = Object.hasOwn(teams, c.teamId) ? teams[c.teamId] : undefined;
  if (existing === undefined && Object.keys(teams).length >= LIMITS.teams)
    return fail('LIMIT_REACHED', `a session has at most ${LIMITS.teams} teams`);
  const unknown = c.memberIds.findIndex((id) => !Object.hasOwn(state.participants, id));
  if (unknown !== -1) return fail('NOT_FOUND', 'no such participant', `memberIds.${unknown}`);
  const team = { id: c.teamId, label: c.label, memberIds: c.memberIds, stays: c.stays };
  if (existing !== undefined && JSON.stringify(existing) === JSON.stringify(team)) return nothing;
  return accept({ type: 'team.set', team });
}

export function teamDelete(state: SessionState, c: Of<'team.delete'>): Decision {
  if (!Object.hasOwn(teamsOf(state), c.teamId)) return fail('NOT_FOUND', 'no such team', 'teamId');
  return accept({ type: 'team.removed', teamId: c.teamId });
}
