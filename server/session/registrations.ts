import type { RegistrationInput, RegistrationsAddCommand } from '../../shared/protocol/commands';
import type { CommandAck } from '../../shared/protocol/socket';
import type { Actor } from '../../shared/rules/actor';
import { newId } from '../security/secrets';
import type { SessionRoom } from './room';
import type { Sessions } from './sessions';

/** One person added, with the personal code that makes a phone them (shown to them or mailed). */
export type Registered = { registrationId: string; participantId: string; code: string };

/**
 * Registrations need what the rules cannot make: ids and a personal code per person, a new
 * secret stored with the registration in one transaction. So the server's REST routes (the
 * import, the public sign-up page) go through here, and the room gets an ordinary
 * `registrations.add`, decided, stored, ordered and delivered like any command. A retried
 * command id is acknowledged again without a second registration (nor a second code).
 */
export class RegistrationService {
  constructor(private readonly sessions: Sessions) {}

  /**
   * From an import, `actor` is the facilitator; from the public page, pass `reservedFor` (a new
   * participant id, see `reserve`): the person signs up as the participant they will be.
   */
  async add(
    room: SessionRoom,
    actor: Actor,
    command: { id: string; source: RegistrationsAddCommand['source']; inputs: RegistrationInput[] },
  ): Promise<{ ack: CommandAck; registered: Registered[] }> {
    const reserved = actor.role === 'participant' ? actor.participantId : null;
    const people = command.inputs.map(() => {
      const participantId = reserved ?? newId();
      return { registrationId: newId(), participantId, ...this.sessions.personalCredential(room.id, participantId) };
    });
    const add: RegistrationsAddCommand = {
      id: command.id,
      type: 'registrations.add',
      source: command.source,
      entries: people.map((p, i) => ({
        registrationId: p.registrationId,
        participantId: p.participantId,
        input: command.inputs[i]!,
      })),
    };
    const ack = await room.execute(
      add,
      actor,
      people.map((p) => p.credential),
    );
    // A retry acknowledged as a duplicate stored nothing new: the codes made here do not exist.
    const stored = ack.ok && people.every((p) => room.state.registrations?.[p.registrationId] !== undefined);
    return {
      ack,
      registered: stored
        ? people.map(({ registrationId, participantId, code }) => ({ registrationId, participantId, code }))
        : [],
    };
  }

  /** A participant id for someone signing up on the public page (they become this participant). */
  reserve(): Actor {
    return { role: 'participant', participantId: newId() };
  }

  /** Every registration's personal code of a session, by the participant it reserved. */
  async personalCodes(sessionId: string): Promise<Map<string, string>> {
    const codes = new Map<string, string>();
    for (const c of await this.sessions.credentials(sessionId)) {
      if (c.kind === 'registration' && c.participantId !== null && c.revealable !== null)
        codes.set(c.participantId, c.revealable);
    }
    return codes;
  }
}

/** The personal link's path: the code in the fragment, so it stays out of logs (as in links.ts). */
export function personalLink(code: string): string {
  return `/p#${code}`;
}
