import { Command } from '../../shared/protocol/commands';
import { type CommandError, validationError } from '../../shared/protocol/errors';
import { assertNever } from '../../shared/assert-never';
import { type Credential, Handshake, type CommandAck, type SyncReply } from '../../shared/protocol/socket';
import { PROTOCOL_VERSION } from '../../shared/protocol/version';
import type { Actor } from '../../shared/rules/actor';
import { redactBatch } from '../../shared/rules/redact';
import { view } from '../../shared/rules/view';
import { type Limiter, type LimiterFactory, memoryLimiters, RateLimiter } from '../security/rate-limit';
import { newId } from '../security/secrets';
import { type Standing, Vouches } from '../security/vouches';
import type { SessionRoom } from '../session/room';
import type { Resolved, Sessions } from '../session/sessions';
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
  /** New participants per session and address: a venue's rush gets in, a script cannot fill a session. */
  newParticipants?: Limiter;
  /** The burst of the default `newParticipants` (JOINS_PER_ADDRESS); the refill stays one per 10 s. */
  joinsPerAddress?: number;
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

const THROTTLED: CommandError = { code: 'RATE_LIMITED', message: 'too many wrong codes; wait a minute' };

/**
 * The standing a short code needs, while throttled, to be looked at: join, host and desk codes
 * can be guessed (31^6 and 31^10). Tokens (facilitator, screen, a device's) have ~190 bits and
 * cannot: null.
 */
function proofNeeded(credential: Credential, resolved: Resolved): Standing | null {
  switch (credential.kind) {
    case 'host':
    case 'desk':
      return 'staff';
    case 'participant':
      // A device token that matched is a token; otherwise the join code alone let it in.
      return 'newParticipant' in resolved ? 'participant' : null;
    case 'facilitator':
    case 'screen':
      return null;
    default:
      return assertNever(credential);
  }
}

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
  const vouches = new Vouches(options.now);
  // 250 at once, then one every 10 s: 200 phones behind one NAT in 5 minutes all get in, and one
  // address cannot make more than 1,690 people in a 4-hour evening, a third of the session's
  // 5,000 (docs/web-security.md has the reasoning).
  const newParticipants =
    options.newParticipants ?? makeLimiter('new-participants', options.joinsPerAddress ?? 250, 0.1);
  const commandLimiter = options.commandsPerConnection ?? (() => new RateLimiter(30, 10, options.now));
  // A lively participant writes a card a minute or so; twenty at once, then one every three seconds.
  const content = options.contentPerParticipant ?? makeLimiter('content', 20, 1 / 3);
  // Host tablets online/offline, never stored, told to the facilitators of that session.
  const presence = options.presence ?? localPresence(io, options.now);
  sessions.watch((change) => {
    if (change.type === 'disposed') presence.forget?.(change.sessionId);
  });

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
    // Only failures count, and being over them throttles guesses, not people: a valid credential
    // gets in at once (see docs/web-security.md). So the code is looked at first.
    const throttled = !(await joinFailures.allows(address));
    const wrong = async (error: CommandError): Promise<never> => {
      await joinFailures.take(address);
      throw refusal(throttled ? THROTTLED : error);
    };
    const parsed = Handshake.safeParse(socket.handshake.auth);
    if (!parsed.success) return wrong({ ...validationError(parsed.error.issues), code: 'UNAUTHORIZED' });
    if (parsed.data.protocol !== PROTOCOL_VERSION) {
      throw refusal({ code: 'PROTOCOL_MISMATCH', message: 'this page is out of date; reload it' });
    }
    const { credential } = parsed.data;
    const resolved = await sessions.resolve(credential);
    // A short code is a guess unless this address proved its session before: refused unread, so
    // a throttled address cannot tell a right guess from a wrong one.
    const proof = resolved === null ? null : proofNeeded(credential, resolved);
    if (throttled && (resolved === null || (proof !== null && !vouches.has(address, resolved.sessionId, proof))))
      throw refusal(THROTTLED);
    const room = resolved === null ? null : await sessions.room(resolved.sessionId);
    if (resolved === null || room === null)
      return wrong({ code: 'UNAUTHORIZED', message: 'this code or link is not valid' });
    vouches.note(address, resolved.sessionId, credential.kind === 'participant' ? 'participant' : 'staff');
    // Loaded for this handshake: it must not leave memory halfway through it.
    const release = room.hold();
    try {
      await admitTo(socket, room, resolved, parsed.data.lastVersion ?? null, address);
    } finally {
      release();
    }
  }

  async function admitTo(
    socket: Conn,
    room: SessionRoom,
    resolved: Resolved,
    lastVersion: number | null,
    address: string,
  ): Promise<void> {
    // A client coming from another node may be ahead of this node's copy of the session: catch
    // up first, so it gets what it missed instead of an older snapshot.
    if (lastVersion !== null && lastVersion > room.state.version) await room.catchUp();
    if (!('newParticipant' in resolved)) {
      socket.data = { sessionId: resolved.sessionId, actor: resolved.actor, lastVersion };
      return;
    }
    // A device without a token becomes a new participant, stored like any other change.
    if (!(await newParticipants.take(`${resolved.sessionId}:${address}`)))
      throw refusal({ code: 'RATE_LIMITED', message: 'many new people from this network at once; wait a moment' });
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
}
