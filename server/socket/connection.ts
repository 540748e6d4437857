import { Command } from '../../shared/protocol/commands';
import { type CommandError, validationError } from '../../shared/protocol/errors';
import type { CommandAck, SyncReply } from '../../shared/protocol/socket';
import { PROTOCOL_VERSION } from '../../shared/protocol/version';
import type { Actor } from '../../shared/rules/actor';
import { redactBatch } from '../../shared/rules/redact';
import { view } from '../../shared/rules/view';
import { serveSuggest } from '../harvest/serve-suggest';
import type { SuggestPool } from '../harvest/suggest-pool';
import type { Limiter, RateLimiter } from '../security/rate-limit';
import type { MemberService } from '../session/members';
import type { SessionRoom } from '../session/room';
import { audienceOf, rooms } from './audience';
import type { SocketFanout } from './delivery';
import type { PresenceBoard } from './presence';
import type { Conn } from './types';

export type ConnectionDeps = {
  now: () => number;
  log: (message: string) => void;
  fanout: SocketFanout;
  presence: PresenceBoard;
  /** This connection's command allowance. */
  limiter: RateLimiter;
  /** New cards and questions per participant, over all their connections: no spamming a table. */
  content: Limiter;
  /** Told when a command is refused for its rate: enough of those and the connection is cut off. */
  strike: () => void;
  /** Theme suggestions (`suggest`), off the event loop. */
  suggestions: SuggestPool;
  /** `member.remember` and `member.claim`: codes and other sessions of the programme. */
  members: MemberService;
};

/** What a participant creates for others to read; limited per person, not per connection. */
const CONTENT = new Set(['card.add', 'question.ask']);

/**
 * One admitted connection on its session's room: joins its delivery rooms, says welcome with
 * what it missed, then parses every command, ping and catch-up it sends.
 */
export function serveConnection(socket: Conn, room: SessionRoom, actor: Actor, deps: ConnectionDeps): void {
  const { fanout, presence, content } = deps;
  const { sessionId } = socket.data;
  // The room stays in memory while any connection is on it (server/session/room.ts).
  const release = room.hold();
  const audience = audienceOf(actor);
  // Joining the rooms and sending the catch-up happen in one synchronous step, so no batch can
  // fall between the two.
  void socket.join(rooms.session(sessionId));
  void socket.join(rooms.role(sessionId, actor.role));
  if (actor.role === 'host') {
    void socket.join(rooms.host(sessionId, actor.tableId));
    presence.hostConnected(sessionId, actor.tableId, socket.id);
  }
  if (actor.role === 'participant') {
    void socket.join(rooms.participant(sessionId, actor.participantId));
    fanout.addParticipant(sessionId, actor.participantId, socket.id);
  }
  socket.emit('welcome', {
    protocol: PROTOCOL_VERSION,
    sessionId,
    actor,
    ...(socket.data.deviceToken === undefined ? {} : { deviceToken: socket.data.deviceToken }),
    serverNow: deps.now(),
  });
  catchUp(socket, room, socket.data.lastVersion);
  if (!room.isWritable && (actor.role === 'facilitator' || actor.role === 'desk'))
    socket.emit('health', { writable: false });
  if (actor.role === 'facilitator') presence.facilitatorConnected(socket);

  const { limiter } = deps;
  socket.on('command', (raw, ack) => {
    if (typeof ack !== 'function') return;
    const answer = (result: CommandAck) => ack(result);
    if (!limiter.take('c')) {
      deps.strike();
      return answer({ ok: false, error: { code: 'RATE_LIMITED', message: 'slow down a little' } });
    }
    const parsed = Command.safeParse(raw);
    if (!parsed.success) return answer({ ok: false, error: validationError(parsed.error.issues) });
    const admit = async (): Promise<CommandError | null> =>
      actor.role === 'participant' &&
      CONTENT.has(parsed.data.type) &&
      !(await content.take(`${sessionId}:${actor.participantId}`))
        ? { code: 'RATE_LIMITED', message: 'you are adding a lot at once; wait a moment' }
        : null;
    const command = parsed.data;
    const fail = (error: unknown) => {
      deps.log(`command ${command.type} failed: ${String(error)}`);
      answer({
        ok: false,
        error: { code: 'UNAVAILABLE', message: 'the server could not handle this; nothing was changed' },
      });
    };
    if (command.type === 'member.remember' || command.type === 'member.claim') {
      deps.members.handle(room, actor, command).then(answer, fail);
      return;
    }
    // Who erases their data is no longer a member anywhere in the series (docs/privacy.md).
    const memberId =
      command.type === 'participant.erase' && actor.role === 'participant'
        ? (room.state.participants[actor.participantId]?.memberId ?? null)
        : null;
    const state = room.state;
    room
      .execute(command, actor, [], admit)
      .then(async (ack) => {
        if (ack.ok && memberId !== null) await deps.members.forgetEverywhere(state, memberId);
        return ack;
      })
      .then(answer, fail);
  });

  socket.on('ping', (clientNow, ack) => {
    if (typeof ack !== 'function') return;
    ack({
      clientNow: typeof clientNow === 'number' && Number.isFinite(clientNow) ? clientNow : 0,
      serverNow: deps.now(),
    });
  });

  socket.on('sync', (lastVersion, ack) => {
    if (typeof ack !== 'function') return;
    const reply: SyncReply =
      typeof lastVersion === 'number' && Number.isInteger(lastVersion) && lastVersion >= 0
        ? { ok: true }
        : { ok: false, error: { code: 'VALIDATION', message: 'a version number is needed' } };
    if (reply.ok) catchUp(socket, room, lastVersion as number);
    ack(reply);
  });

  serveSuggest(socket, room, actor, deps.suggestions, deps.log);

  socket.on('disconnect', () => {
    release();
    if (actor.role === 'participant') fanout.removeParticipant(sessionId, actor.participantId, socket.id);
    if (actor.role === 'host') {
      presence.hostDisconnected(sessionId, actor.tableId, socket.id);
    }
  });

  /** What the client missed since `lastVersion`: the batches when still in memory, else a fresh view. */
  function catchUp(to: Conn, r: SessionRoom, lastVersion: number | null): void {
    const missed = lastVersion === null ? null : r.since(lastVersion);
    if (missed === null) {
      to.emit('snapshot', view(r.state, audience));
      return;
    }
    for (const { before, batch } of missed) {
      const events = redactBatch(before, batch.events, audience);
      if (events.length > 0) to.emit('batch', { v: batch.v, events });
    }
    // Whatever was nothing for this client still moves it to the latest version.
    if (missed.length > 0) to.emit('batch', { v: r.state.version, events: [] });
  }
}
