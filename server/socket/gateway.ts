import { Command } from '../../shared/protocol/commands';
import { type CommandError, validationError } from '../../shared/protocol/errors';
import { Handshake, type CommandAck, type SyncReply } from '../../shared/protocol/socket';
import { PROTOCOL_VERSION } from '../../shared/protocol/version';
import type { Actor } from '../../shared/rules/actor';
import { redactBatch } from '../../shared/rules/redact';
import { view } from '../../shared/rules/view';
import { type Limiter, type LimiterFactory, memoryLimiters, RateLimiter } from '../security/rate-limit';
import { newId } from '../security/secrets';
import type { SessionRoom } from '../session/room';
import type { Sessions } from '../session/sessions';
import { audienceOf, rooms } from './audience';
import { CUT_OFF, inboundAllowance } from './inbound-limits';
import type { SocketFanout } from './delivery';
import { localPresence, type PresenceBoard } from './presence';
import type { Conn, Io } from './types';

export type GatewayOptions = {
  now: () => number;
  log: (message: string) => void;
  /** Failed handshakes per address: a join code cannot be guessed by trying. */
  joinFailures?: Limiter;
  /** Commands per connection: a flooding client is slowed down, not the room. */
  commandsPerConnection?: () => RateLimiter;
  /** New cards and questions per participant, over all their connections: no spamming a table. */
  contentPerParticipant?: Limiter;
  /** Makes the limits not given above; in memory by default, in Redis when nodes share them. */
  limiter?: LimiterFactory;
  /** Host tablet presence; this server's own by default, every node's in a cluster. */
  presence?: PresenceBoard;
  /** The client's address for the per-address limits (behind trusted proxies: from X-Forwarded-For). */
  clientAddress?: (socket: Conn) => string;
};

/** What a participant creates for others to read; limited per person, not per connection. */
const CONTENT = new Set(['card.add', 'question.ask']);

/** A connection's strike for a command refused for its rate (see inbound-limits.ts). */
const strikes = new WeakMap<Conn, () => void>();

/** A refused handshake: Socket.IO hands `data` to the client's connect_error. */
function refusal(error: CommandError): Error & { data: CommandError } {
  return Object.assign(new Error(error.message), { data: error });
}

/**
 * The Socket.IO side of the server: binds a role to each connection at the handshake, parses
 * every inbound message with zod, and hands commands to the session's room. It holds no rules.
 */
export function attachGateway(io: Io, sessions: Sessions, fanout: SocketFanout, options: GatewayOptions): void {
  const makeLimiter = options.limiter ?? memoryLimiters(options.now);
  // A whole venue often shares one public address, so the allowance is generous: a roomful of
  // typos stays far below it, while guessing one of 31^6 join codes at one try per two seconds
  // is hopeless.
  const joinFailures = options.joinFailures ?? makeLimiter('join-failures', 30, 0.5);
  const commandLimiter = options.commandsPerConnection ?? (() => new RateLimiter(30, 10, options.now));
  // A lively participant writes a card a minute or so; twenty at once, then one every three seconds.
  const content = options.contentPerParticipant ?? makeLimiter('content', 20, 1 / 3);
  // Host tablets online/offline, never stored, told to the facilitators of that session.
  const presence = options.presence ?? localPresence(io, options.now);

  io.use((socket, next) => {
    handshake(socket).then(
      () => next(),
      (error: unknown) => {
        if (error instanceof Error && 'data' in error) return next(error);
        options.log(`handshake failed: ${String(error)}`);
        next(refusal({ code: 'UNAVAILABLE', message: 'the server could not let you in; try again' }));
      },
    );
  });

  async function handshake(socket: Conn): Promise<void> {
    const address = options.clientAddress?.(socket) ?? socket.handshake.address;
    if (!(await joinFailures.allows(address)))
      throw refusal({ code: 'RATE_LIMITED', message: 'too many wrong codes; wait a minute' });
    const parsed = Handshake.safeParse(socket.handshake.auth);
    if (!parsed.success) {
      await joinFailures.take(address);
      throw refusal({ ...validationError(parsed.error.issues), code: 'UNAUTHORIZED' });
    }
    if (parsed.data.protocol !== PROTOCOL_VERSION) {
      throw refusal({ code: 'PROTOCOL_MISMATCH', message: 'this page is out of date; reload it' });
    }
    const resolved = await sessions.resolve(parsed.data.credential);
    const room = resolved === null ? null : await sessions.room(resolved.sessionId);
    if (resolved === null || room === null) {
      await joinFailures.take(address);
      throw refusal({ code: 'UNAUTHORIZED', message: 'this code or link is not valid' });
    }
    const lastVersion = parsed.data.lastVersion ?? null;
    // A client coming from another node may be ahead of this node's copy of the session: catch
    // up first, so it gets what it missed instead of an older snapshot.
    if (lastVersion !== null && lastVersion > room.state.version) await room.catchUp();
    if (!('newParticipant' in resolved)) {
      socket.data = { sessionId: resolved.sessionId, actor: resolved.actor, lastVersion };
      return;
    }
    // A device without a token becomes a new participant, stored like any other change.
    const participantId = newId();
    const device = sessions.deviceCredential(resolved.sessionId, participantId);
    const actor: Actor = { role: 'participant', participantId };
    const joined = await room.execute({ id: newId(), type: 'participant.join', participantId }, actor, [
      device.credential,
    ]);
    if (!joined.ok) throw refusal(joined.error);
    socket.data = { sessionId: resolved.sessionId, actor, deviceToken: device.token, lastVersion: null };
  }

  io.on('connection', (socket) => {
    const { sessionId, actor } = socket.data;
    // Before any handler, for every packet: no message kind can make unbounded work.
    const allowance = inboundAllowance(options.now);
    const cutOff = (event: string) => {
      if (!socket.connected) return;
      options.log(`cut off a connection (${actor.role}) that flooded the server with '${event.slice(0, 40)}'`);
      socket.emit('cut-off', CUT_OFF);
      socket.disconnect(true);
    };
    strikes.set(socket, () => {
      if (allowance.strike() === 'cut-off') cutOff('command');
    });
    socket.use((packet, next) => {
      const event = String(packet[0]);
      const verdict = allowance.admit(event);
      if (verdict === 'pass') return next();
      // A catch-up over its allowance is still answered (a tiny reply), so a client that waits
      // for it hears why; pings and unknown names are dropped unanswered.
      const ack = packet.at(-1);
      if (verdict === 'drop' && event === 'sync' && typeof ack === 'function') {
        ack({ ok: false, error: { code: 'RATE_LIMITED', message: 'slow down a little' } });
      }
      if (verdict === 'cut-off') cutOff(event);
    });
    void sessions.room(sessionId).then((room) => {
      if (room === null || !socket.connected) return;
      connect(socket, room, actor);
    });
  });

  function connect(socket: Conn, room: SessionRoom, actor: Actor): void {
    const { sessionId } = socket.data;
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
      serverNow: options.now(),
    });
    catchUp(socket, room, socket.data.lastVersion);
    if (!room.isWritable && (actor.role === 'facilitator' || actor.role === 'desk'))
      socket.emit('health', { writable: false });
    if (actor.role === 'facilitator') presence.facilitatorConnected(socket);

    const limiter = commandLimiter();
    socket.on('command', (raw, ack) => {
      if (typeof ack !== 'function') return;
      const answer = (result: CommandAck) => ack(result);
      if (!limiter.take('c')) {
        strikes.get(socket)?.();
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
      room.execute(parsed.data, actor, [], admit).then(answer, (error: unknown) => {
        options.log(`command ${parsed.data.type} failed: ${String(error)}`);
        answer({
          ok: false,
          error: { code: 'UNAVAILABLE', message: 'the server could not handle this; nothing was changed' },
        });
      });
    });

    socket.on('ping', (clientNow, ack) => {
      if (typeof ack !== 'function') return;
      ack({
        clientNow: typeof clientNow === 'number' && Number.isFinite(clientNow) ? clientNow : 0,
        serverNow: options.now(),
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

    socket.on('disconnect', () => {
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
}
