/** Typed error codes of a command ack or a refused handshake. */
export const ERROR_CODES = [
  'VALIDATION', // the payload does not match the schema; `path` names the field
  'FORBIDDEN', // this role may not do this
  'NOT_FOUND', // an id that does not exist in this session
  'CONFLICT', // the state moved on (a stale expectation, a duplicate id)
  'WRONG_PHASE', // allowed, but not now (a vote before voting opens, a card after the end)
  'LIMIT_REACHED', // a count limit (dots, highlights, participants)
  'RATE_LIMITED', // too many commands or join attempts, or too many live connections from one address
  'DOOR_CLOSED', // handshake: the facilitator closed the door to new participants
  'UNAVAILABLE', // the server could not store the command; nothing was applied
  'UNAUTHORIZED', // handshake: no valid code or token
  'PROTOCOL_MISMATCH', // handshake: client and server speak different protocol versions
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type CommandError = { code: ErrorCode; message: string; path?: string };

export function fail(code: ErrorCode, message: string, path?: string): { ok: false; error: CommandError } {
  return path === undefined ? { ok: false, error: { code, message } } : { ok: false, error: { code, message, path } };
}

/** A payload the schema refused, as the ack names it: the first problem and the field it is in. */
export function validationError(issues: readonly { path: PropertyKey[]; message: string }[]): CommandError {
  const first = issues[0];
  const path = first?.path.map(String).join('.') ?? '';
  return { code: 'VALIDATION', message: first?.message ?? 'invalid', ...(path === '' ? {} : { path }) };
}
