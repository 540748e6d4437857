import { randomUUID } from 'node:crypto';
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RateLimiter } from '../../server/security/rate-limit';
import { RedisRateLimiter } from '../../server/security/redis-rate-limit';
import { freePort } from '../../harness/cluster/services';

/** The shared limit in a real Redis answers as the in-memory bucket does, for every node at once. */
describe('RedisRateLimiter', () => {
  const client = createClient({ url: process.env['TEST_REDIS_URL'] });
  const logs: string[] = [];
  // Two "nodes": two limiters with the same prefix, as two server processes would have.
  const limiter = (prefix: string, burst: number, perSecond: number) =>
    new RedisRateLimiter(client, prefix, burst, perSecond, (m) => logs.push(m));
  beforeAll(async () => {
    await client.connect();
  });
  afterAll(async () => {
    await client.close();
  });

  it.each([
    { burst: 1, takes: 3, allowed: [true, false, false] },
    { burst: 3, takes: 5, allowed: [true, true, true, false, false] },
  ])('a bucket of $burst without refill allows $burst takes, like RateLimiter', async ({ burst, takes, allowed }) => {
    const prefix = `test-${randomUUID()}:`;
    const [nodeA, nodeB] = [limiter(prefix, burst, 0), limiter(prefix, burst, 0)];
    const memory = new RateLimiter(burst, 0, () => 0);
    const shared: boolean[] = [];
    // Taken in turn through the two nodes: one bucket between them.
    for (let i = 0; i < takes; i++) shared.push(await (i % 2 === 0 ? nodeA : nodeB).take('key'));
    expect(shared).toEqual(allowed);
    expect(Array.from({ length: takes }, () => memory.take('key'))).toEqual(allowed);
  });

  it('allows() looks without taking; keys and prefixes are separate buckets', async () => {
    const prefix = `test-${randomUUID()}:`;
    const one = limiter(prefix, 1, 0);
    expect(await one.allows('a')).toBe(true);
    expect(await one.allows('a')).toBe(true);
    expect(await one.take('a')).toBe(true);
    expect(await one.allows('a')).toBe(false);
    expect(await one.take('b')).toBe(true);
    expect(await limiter(`test-${randomUUID()}:`, 1, 0).take('a')).toBe(true);
  });

  it('a bucket that refills expires once it would be full again', async () => {
    const prefix = `test-${randomUUID()}:`;
    await limiter(prefix, 10, 2).take('key');
    // One token spent, refilled at 2 a second: gone from Redis within half a second.
    const ttl = await client.pTTL(`${prefix}key`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(500);
  });

  it('lets requests through when Redis cannot be reached, and says so once', async () => {
    const port = await freePort();
    const away = createClient({ url: `redis://127.0.0.1:${port}`, disableOfflineQueue: true });
    away.on('error', () => undefined);
    const said: string[] = [];
    const lost = new RedisRateLimiter(away, 'test:', 1, 0, (m) => said.push(m));
    expect([await lost.take('key'), await lost.take('key'), await lost.allows('key')]).toEqual([true, true, true]);
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/Redis unreachable/);
  });
});
