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
