import type { Limiter } from './rate-limit';

/** The one Redis command the shared limit needs (node-redis's `eval`). */
export type ScriptRunner = {
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
};

/**
 * The same token bucket as RateLimiter, kept in Redis so every node draws from one bucket per key.
 * One Lua script reads, refills and takes in a single step, so two nodes taking at the same
 * instant cannot both spend the last token. Time is Redis's own clock (TIME), not each node's, so
 * nodes whose clocks differ still refill the bucket at one rate. A bucket expires once it would be
 * full again, so Redis holds the active keys only.
 */
const TOKEN_BUCKET = `
local burst = tonumber(ARGV[1])
local per_ms = tonumber(ARGV[2]) / 1000
local take = ARGV[3] == '1'
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local bucket = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(bucket[1]) or burst
local at = tonumber(bucket[2]) or now
tokens = math.min(burst, tokens + (now - at) * per_ms)
if tokens < 1 then return 0 end
if take then
  tokens = tokens - 1
  redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
  if per_ms > 0 then
    redis.call('PEXPIRE', KEYS[1], math.ceil((burst - tokens) / per_ms))
  end
end
return 1
`;

export class RedisRateLimiter implements Limiter {
  /** Whether the last call reached Redis, so an outage is logged once, not per request. */
  private reachable = true;

  constructor(
    private readonly redis: ScriptRunner,
    private readonly prefix: string,
    private readonly burst: number,
    private readonly perSecond: number,
    private readonly log: (message: string) => void,
  ) {}

  take(key: string): Promise<boolean> {
    return this.run(key, true);
  }

  allows(key: string): Promise<boolean> {
    return this.run(key, false);
  }

  /**
   * When Redis cannot be reached the limit lets the action through: a running evening must not
   * stop because its guard against abuse is away; PostgreSQL, not Redis, keeps what matters.
   */
  private async run(key: string, take: boolean): Promise<boolean> {
    try {
      const answer = await this.redis.eval(TOKEN_BUCKET, {
        keys: [`${this.prefix}${key}`],
        arguments: [String(this.burst), String(this.perSecond), take ? '1' : '0'],
      });
      if (!this.reachable) this.log('rate limits: Redis is back; limits are shared again');
      this.reachable = true;
      return answer === 1;
    } catch (error) {
      if (this.reachable) this.log(`rate limits: Redis unreachable, letting requests through: ${String(error)}`);
      this.reachable = false;
      return true;
    }
  }
}
