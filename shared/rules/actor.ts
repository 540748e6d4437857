/**
 * Who issued a command, as bound by the server to the connection at the handshake.
 * A client never states its own role: the server derives it from the secret it presented.
 */
export type Actor =
  | { role: 'facilitator'; facilitatorId: string }
  | { role: 'host'; tableId: string }
  | { role: 'desk' }
  | { role: 'screen' }
  | { role: 'participant'; participantId: string };

export type Role = Actor['role'];
export const ROLES: readonly Role[] = ['facilitator', 'host', 'desk', 'screen', 'participant'];

/** The author key stored on cards: stable per person or per table, never a secret. */
export function authorKey(actor: Actor): string {
  switch (actor.role) {
    case 'participant':
      return actor.participantId;
    case 'host':
      return `host:${actor.tableId}`;
    case 'facilitator':
      return 'facilitator';
    case 'desk':
      return 'desk';
    case 'screen':
      return 'screen';
  }
}
