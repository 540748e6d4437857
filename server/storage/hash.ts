import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Secrets are stored and looked up only by their hash: a leaked database then holds no working
 * links. A plain sha256 is enough because the secrets are long random strings, not passwords.
 */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/**
 * Compares two secrets in constant time. Both are hashed first so the buffers always have equal
 * length (timingSafeEqual demands it) and the time taken does not reveal the expected length.
 */
export function secretsEqual(a: string, b: string): boolean {
  const digestA = createHash('sha256').update(a, 'utf8').digest();
  const digestB = createHash('sha256').update(b, 'utf8').digest();
  return timingSafeEqual(digestA, digestB);
}
