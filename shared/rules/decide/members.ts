import type { Command, MemberLinkCommand } from '../../protocol/commands';
import { fail } from '../../protocol/errors';
import type { Event } from '../../protocol/events';
import type { SessionState } from '../../model/session';
import { accept, type Decision, nothing } from './result';

type Of<T extends Command['type']> = Extract<Command, { type: T }>;

/**
 * `member.remember` and `member.claim` need what the rules cannot hold: a new secret, another
 * session's state. The server's member service (server/session/members.ts) asks these checks
 * first, then does that work and sends `member.link`. On their own they change nothing, so a
 * client's `can` answers for them exactly as the server's first check will.
 */
export function memberRemember(state: SessionState, pid: string, _c: Of<'member.remember'>): Decision {
  if (!(pid in state.participants)) return fail('NOT_FOUND', 'no such participant');
  return nothing;
}

export function memberClaim(state: SessionState, pid: string, _c: Of<'member.claim'>): Decision {
  // Whether the code belongs to this series is the member service's to check: it alone sees codes.
  if (!(pid in state.participants)) return fail('NOT_FOUND', 'no such participant');
  return nothing;
}

/**
 * The member id (or none) and the sign-ups that come along. One member is one person here: a
 * member id another participant of this session already holds is refused (a code typed on a
 * second phone). A sign-up comes along only into a working group this session has, and not
 * twice into the same group.
 */
export function memberLink(state: SessionState, c: MemberLinkCommand): Decision {
  const current = state.participants[c.participantId];
  if (current === undefined) return fail('NOT_FOUND', 'no such participant');
  if (
    c.memberId !== null &&
    Object.values(state.participants).some((p) => p.id !== c.participantId && p.memberId === c.memberId)
  ) {
    return fail('CONFLICT', 'someone in this session was already recognised with this code');
  }
  const events: Event[] = [];
  if ((current.memberId ?? null) !== c.memberId)
    events.push({ type: 'member.linked', participantId: c.participantId, memberId: c.memberId });
  const groups = new Set(state.workingGroups.map((g) => g.id));
  const taken = new Set(
    Object.values(state.signups)
      .filter((s) => s.participantId === c.participantId)
      .map((s) => s.groupId),
  );
  for (const signup of c.signups) {
    if (!groups.has(signup.groupId) || taken.has(signup.groupId) || signup.id in state.signups) continue;
    if (signup.participantId !== c.participantId || !signup.consent) continue;
    taken.add(signup.groupId);
    events.push({ type: 'signup.added', signup });
  }
  return events.length === 0 ? nothing : accept(...events);
}
