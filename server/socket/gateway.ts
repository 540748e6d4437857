import type { SuggestPool } from '../harvest/suggest-pool';
import { type Limiter, type LimiterFactory, memoryLimiters, RateLimiter } from '../security/rate-limit';
import { Vouches } from '../security/vouches';
import { MemberService } from '../session/members';
import type { Sessions } from '../session/sessions';
import { serveConnection } from './connection';
import { handshakeGuard } from './handshake';
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
  /** Theme suggestions for facilitators (`suggest`); the app opens the pool and closes it. */
  suggestions: SuggestPool;
};

/**
 * The Socket.IO side of the server: the handshake binds a role to each connection
 * (handshake.ts), every inbound packet is limited by its kind (inbound-limits.ts), and each
 * admitted connection is served on its session's room (connection.ts). It holds no rules.
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
  const members = new MemberService(sessions, options.now);
  sessions.watch((change) => {
    if (change.type === 'disposed') {
      presence.forget?.(change.sessionId);
      options.suggestions.forget(change.sessionId);
    }
  });

  io.use(
    handshakeGuard(sessions, {
      log: options.log,
      joinFailures,
      newParticipants,
      vouches,
      ...(options.clientAddress === undefined ? {} : { clientAddress: options.clientAddress }),
    }),
  );

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
    const strike = () => {
      if (allowance.strike() === 'cut-off') cutOff('command');
    };
    socket.use((packet, next) => {
      const event = String(packet[0]);
      const verdict = allowance.admit(event);
      if (verdict === 'pass') return next();
      // A catch-up or a suggest over its allowance is still answered (a tiny reply), so a client
      // that waits for it hears why; pings and unknown names are dropped unanswered.
      const ack = packet.at(-1);
      if (verdict === 'drop' && (event === 'sync' || event === 'suggest') && typeof ack === 'function') {
        ack({ ok: false, error: { code: 'RATE_LIMITED', message: 'slow down a little' } });
      }
      if (verdict === 'cut-off') cutOff(event);
    });
    void sessions.room(sessionId).then((room) => {
      if (room === null || !socket.connected) return;
      serveConnection(socket, room, actor, {
        now: options.now,
        log: options.log,
        fanout,
        presence,
        limiter: commandLimiter(),
        content,
        strike,
        suggestions: options.suggestions,
        members,
      });
    });
  });
}
