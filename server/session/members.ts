import type { SessionState, Signup } from '../../shared/model/session';
import type { Command, MemberLinkCommand } from '../../shared/protocol/commands';
import type { CommandAck } from '../../shared/protocol/socket';
import type { Actor } from '../../shared/rules/actor';
import { decide } from '../../shared/rules/decide';
import { type MetPair, metBeforePairs } from '../../shared/rules/met-before';
import { newId } from '../security/secrets';
import type { SessionRoom } from './room';
import type { Sessions } from './sessions';

type MemberCommand = Extract<Command, { type: 'member.remember' | 'member.claim' }>;

const UNKNOWN_CODE: CommandAck = {
  ok: false,
  error: { code: 'NOT_FOUND', message: 'this code is not known in this series', path: 'code' },
};

/**
 * Programme members (reeksleden): a participant who agreed to be remembered is recognised at the
 * next sessions of the series by their member code, so their table history counts there.
 *
 * The rules cannot do this alone: a code is a new secret (stored hashed, shown once in the ack),
 * and recognising one reads another session's state. So the member commands are checked by
 * `decide` first (the same answer a phone's `can` gives), then this service does its part and
 * sends the room an ordinary `member.link`, which is stored, ordered and delivered like any
 * command; a code it makes is stored in the same transaction as the link.
 *
 * A member code belongs to the session where the person agreed (`credential.sessionId`), naming
 * who they were there; their member id is in that session's state. It works in every later
 * session whose programme lists that session, until it is taken back or erased.
 */
export class MemberService {
  constructor(
    private readonly sessions: Sessions,
    private readonly now: () => number,
  ) {}

  async handle(room: SessionRoom, actor: Actor, command: MemberCommand): Promise<CommandAck> {
    const checked = decide(room.state, command, actor, this.now());
    if (!checked.ok) return checked;
    if (actor.role !== 'participant') return { ok: false, error: { code: 'FORBIDDEN', message: 'participants only' } };
    return command.type === 'member.remember'
      ? this.remember(room, actor, command.id, command.on)
      : this.claim(room, actor, command.id, command.code);
  }

  private link(
    actor: Actor & { role: 'participant' },
    id: string,
    memberId: string | null,
    signups: Signup[] = [],
  ): MemberLinkCommand {
    return { id, type: 'member.link', participantId: actor.participantId, memberId, signups };
  }

  private async remember(
    room: SessionRoom,
    actor: Actor & { role: 'participant' },
    id: string,
    on: boolean,
  ): Promise<CommandAck> {
    const pid = actor.participantId;
    const current = room.state.participants[pid]?.memberId ?? null;
    if (!on) {
      const acked = await room.execute(this.link(actor, id, null), actor);
      if (!acked.ok) return acked;
      await this.sessions.deleteMemberCredentials(room.id, pid);
      if (current !== null) await this.forgetEverywhere(room.state, current);
      return acked;
    }
    const { code, credential } = this.sessions.memberCredential(room.id, pid);
    // Already a member here (agreed before, or recognised): a fresh code in place of any earlier
    // one of this session. Also what a retried "on" meets, so its answer is a code that works.
    if (current !== null) {
      await this.sessions.replaceMemberCredential(credential);
      return { ok: true, v: room.state.version, member: { code } };
    }
    const acked = await room.execute(this.link(actor, id, newId()), actor, [credential]);
    return acked.ok ? { ...acked, member: { code } } : acked;
  }

  private async claim(
    room: SessionRoom,
    actor: Actor & { role: 'participant' },
    id: string,
    code: string,
  ): Promise<CommandAck> {
    const earlier = room.state.programme?.sessionIds ?? [];
    const found = await this.sessions.memberByCode(code);
    if (found === null || !earlier.includes(found.sessionId)) return UNKNOWN_CODE;
    const source = await this.sessions.room(found.sessionId);
    const memberId = source?.state.participants[found.participantId ?? '']?.memberId ?? null;
    if (memberId === null) return UNKNOWN_CODE;
    const signups = await this.carriedSignups(earlier, memberId, actor.participantId);
    const acked = await room.execute(this.link(actor, id, memberId, signups), actor);
    return acked.ok ? { ...acked, member: { recognised: true } } : acked;
  }

  /**
   * The member's working-group sign-ups with consent from the latest earlier session they were
   * recognised in, as new sign-ups of `participantId` (decide keeps those whose group exists here).
   */
  private async carriedSignups(
    sessionIds: readonly string[],
    memberId: string,
    participantId: string,
  ): Promise<Signup[]> {
    for (const sessionId of [...sessionIds].reverse()) {
      const state = (await this.sessions.room(sessionId))?.state;
      const then = state && Object.values(state.participants).find((p) => p.memberId === memberId);
      if (state === undefined || then === undefined) continue;
      return Object.values(state.signups)
        .filter((s) => s.participantId === then.id && s.consent)
        .sort((a, b) => a.createdAt - b.createdAt)
        .map((s) => ({ ...structuredClone(s), id: newId(), participantId, createdAt: this.now() }));
    }
    return [];
  }

  /**
   * Someone who takes it back or erases their data is no longer linked: the member codes of
   * this member in every earlier session of the programme go too, so none recognises them again.
   */
  async forgetEverywhere(state: SessionState, memberId: string): Promise<void> {
    for (const sessionId of state.programme?.sessionIds ?? []) {
      const earlier = (await this.sessions.room(sessionId))?.state;
      for (const p of Object.values(earlier?.participants ?? {})) {
        if (p.memberId === memberId) await this.sessions.deleteMemberCredentials(sessionId, p.id);
      }
    }
  }

  /** The pairs of `state`'s people who sat at one table in an earlier session of its programme. */
  async metBefore(state: SessionState): Promise<MetPair[]> {
    const earlier: SessionState[] = [];
    for (const sessionId of state.programme?.sessionIds ?? []) {
      // A session the retention period (or its facilitator) deleted simply counts no more.
      const room = await this.sessions.room(sessionId);
      if (room !== null) earlier.push(room.state);
    }
    return metBeforePairs(state, earlier);
  }
}
