import type { Actor } from '../../shared/rules/actor';
import type { Audience } from '../../shared/rules/view';

/** The audience a connection's actor belongs to, for its view and its redacted events. */
export function audienceOf(actor: Actor): Audience {
  switch (actor.role) {
    case 'facilitator':
      return { role: 'facilitator' };
    case 'host':
      return { role: 'host', tableId: actor.tableId };
    case 'participant':
      return { role: 'participant', participantId: actor.participantId };
    case 'desk':
      return { role: 'desk' };
    case 'screen':
      return { role: 'screen' };
  }
}

/** Socket.IO room names, one place so delivery and joining agree. */
export const rooms = {
  role: (sessionId: string, role: Actor['role']) => `${sessionId}:role:${role}`,
  host: (sessionId: string, tableId: string) => `${sessionId}:host:${tableId}`,
  participant: (sessionId: string, participantId: string) => `${sessionId}:p:${participantId}`,
  /** Every connection of the session, whatever its role. */
  session: (sessionId: string) => `${sessionId}:all`,
};
