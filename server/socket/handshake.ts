import { type CommandError, validationError } from '../../shared/protocol/errors';
import { assertNever } from '../../shared/assert-never';
import { type Credential, Handshake } from '../../shared/protocol/socket';
import { PROTOCOL_VERSION } from '../../shared/protocol/version';
import type { Actor } from '../../shared/rules/actor';
import type { Limiter } from '../security/rate-limit';
import { newId } from '../security/secrets';
import type { Standing, Vouches } from '../security/vouches';
import type { SessionRoom } from '../session/room';
import type { Resolved, Sessions } from '../session/sessions';
import type { Conn } from './types';

export type HandshakeDeps = {
  log: (message: string) => void;
  /** Failed handshakes per address: a join code cannot be guessed by trying. */
  joinFailures: Limiter;
  /** New participants per session and address: a venue's rush gets in, a script cannot fill a session. */
  newParticipants: Limiter;
  /** Which sessions an address proved, and as whom: a throttled address still reaches those. */
  vouches: Vouches;
  /** The client's address for the per-address limits (behind trusted proxies: from X-Forwarded-For). */
  clientAddress?: (socket: Conn) => string;
};

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
    case 'personal':
      // 31^12 codes: not guessable in practice, but typed like the others, so held to the same.
      return 'participant';
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
 * Socket.IO middleware that lets a connection in only with a valid credential, and binds its
 * role (socket.data) before any message is read. A device with only the join code becomes a new
 * participant here, stored like any other change.
 */
export function handshakeGuard(
  sessions: Sessions,
  deps: HandshakeDeps,
): (socket: Conn, next: (error?: Error) => void) => void {
  const { joinFailures, newParticipants, vouches } = deps;
  return (socket, next) => {
    handshake(socket).then(
      () => next(),
      (error: unknown) => {
        if (error instanceof Error && 'data' in error) return next(error);
        deps.log(`handshake failed: ${String(error)}`);
        next(refusal({ code: 'UNAVAILABLE', message: 'the server could not let you in; try again' }));
      },
    );
  };

  async function handshake(socket: Conn): Promise<void> {
    const address = deps.clientAddress?.(socket) ?? socket.handshake.address;
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
    vouches.note(
      address,
      resolved.sessionId,
      credential.kind === 'participant' || credential.kind === 'personal' ? 'participant' : 'staff',
    );
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
    if ('actor' in resolved) {
      socket.data = { sessionId: resolved.sessionId, actor: resolved.actor, lastVersion };
      return;
    }
    if ('registered' in resolved) {
      const { participantId } = resolved.registered;
      const actor: Actor = { role: 'participant', participantId };
      const known = participantId in room.state.participants;
      if (!known) {
        // Their first visit: the participant is made from their registration (the door may be closed: they signed up).
        const registration = Object.values(room.state.registrations ?? {}).find(
          (r) => r.participantId === participantId,
        );
        if (registration === undefined)
          throw refusal({ code: 'UNAUTHORIZED', message: 'this code or link is not valid' });
        const joined = await room.execute(
          { id: newId(), type: 'participant.join', participantId, registrationId: registration.id },
          actor,
        );
        if (!joined.ok) throw refusal(joined.error);
      }
      socket.data = { sessionId: resolved.sessionId, actor, lastVersion: known ? lastVersion : null };
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
}
