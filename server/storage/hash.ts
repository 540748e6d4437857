import { createHash } from 'node:crypto';

/**
 * Secrets are stored and looked up only by their hash: a leaked database then holds no working
 * links. A plain sha256 is enough because the secrets are long random strings, not passwords.
 */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}
