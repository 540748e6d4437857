/**
 * What the server asks of a limit. The in-memory bucket answers at once; the shared one in Redis
 * (redis-rate-limit.ts) answers after a round trip, so callers await either.
 */
export interface Limiter {
  /** Takes one token; false when the key is over its limit. */
  take(key: string): boolean | Promise<boolean>;
  /** Whether a key still has a token, without taking one. */
  allows(key: string): boolean | Promise<boolean>;
}

/** Makes a named limit: in memory for one server, in Redis when several nodes must share it. */
export type LimiterFactory = (name: string, burst: number, perSecond: number) => Limiter;

/**
 * A token bucket per key: `burst` actions at once, refilled at `perSecond`. Used for commands
 * per connection, failed joins per address and session creation per address.
 * Buckets that are full again are forgotten, so memory follows the active keys only.
 */
export class RateLimiter implements Limiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly burst: number,
    private readonly perSecond: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one token; false when the key is over its limit. */
  take(key: string): boolean {
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.burst, at: now };
    bucket.tokens = Math.min(this.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.perSecond);
    bucket.at = now;
    if (bucket.tokens < 1) {
      this.buckets.set(key, bucket);
      return false;
    }
    bucket.tokens -= 1;
    this.buckets.set(key, bucket);
    if (this.buckets.size > 10_000) this.sweep(now);
    return true;
  }

  /** Whether a key still has a token, without taking one. */
  allows(key: string): boolean {
    const bucket = this.buckets.get(key);
    if (bucket === undefined) return true;
    return Math.min(this.burst, bucket.tokens + ((this.now() - bucket.at) / 1000) * this.perSecond) >= 1;
  }

  private sweep(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + ((now - bucket.at) / 1000) * this.perSecond >= this.burst) this.buckets.delete(key);
    }
  }
}

/** Limits kept in this server's memory: right for one server, per node in a cluster. */
export function memoryLimiters(now: () => number = Date.now): LimiterFactory {
  return (_name, burst, perSecond) => new RateLimiter(burst, perSecond, now);
}
