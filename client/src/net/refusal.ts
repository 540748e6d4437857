import type { CommandError } from '../../../shared/protocol/errors';

/**
 * Refusals the client cannot fix by retrying: the link or the app is wrong, or the evening will
 * not take this device (it has ended: WRONG_PHASE; it is full: LIMIT_REACHED). Only a passing
 * problem (UNAVAILABLE, RATE_LIMITED, a lost network) is worth another try.
 */
export const FINAL_REFUSALS: readonly string[] = [
  'UNAUTHORIZED',
  'PROTOCOL_MISMATCH',
  'VALIDATION',
  'DOOR_CLOSED',
  'WRONG_PHASE',
  'LIMIT_REACHED',
  'FORBIDDEN',
  'NOT_FOUND',
];

/** The CommandError the server attached to a refused handshake, if any. */
export function refusal(err: Error): CommandError | null {
  const data = (err as Error & { data?: unknown }).data;
  if (typeof data !== 'object' || data === null) return null;
  const { code, message } = data as { code?: unknown; message?: unknown };
  if (typeof code !== 'string') return null;
  return { code: code as CommandError['code'], message: typeof message === 'string' ? message : code };
}
