import type { CommandError } from '../../shared/protocol/errors';
import { RateLimiter } from '../security/rate-limit';

/**
 * How many messages of each kind one connection may send. Every inbound packet passes here
 * before any handler runs, so no kind of message can make the server do unbounded work: a
 * `sync` answered with a full snapshot, say, costs a few hundred kilobytes of send buffer.
 *
 * Commands pass here unlimited: the gateway's own allowance (COMMANDS_PER_SECOND) answers them
 * RATE_LIMITED, and each such refusal is a strike. The app's own traffic stays far below: commands
 * go one at a time through the outbox and wait a second after RATE_LIMITED, `ping` is sent 5 times
 * at each connect to measure the clock, `sync` only after a missed batch, `suggest` at most once
 * a second (the cockpit asks a second after the cards change, or when the facilitator asks).
 */
export const INBOUND: Record<'ping' | 'sync' | 'suggest', { burst: number; perSecond: number }> = {
  ping: { burst: 10, perSecond: 1 },
  sync: { burst: 5, perSecond: 0.5 },
  suggest: { burst: 20, perSecond: 1 },
};

/**
 * Dropped messages a connection may send before it is cut off: a client that keeps sending
 * after being told to slow down is a script, not a phone. Unknown message names count at once.
 */
export const STRIKES = { burst: 100, perSecond: 0.5 };

export const CUT_OFF: CommandError = {
  code: 'RATE_LIMITED',
  message: 'this connection sent far more than the app ever does and was closed; wait a minute',
};

export type InboundVerdict = 'pass' | 'drop' | 'cut-off';

/**
 * One connection's allowance: `admit` for every inbound packet, `strike` when the gateway refused
 * a command for its rate.
 */
export function inboundAllowance(now: () => number): {
  admit: (event: string) => InboundVerdict;
  strike: () => InboundVerdict;
} {
  const kinds = new Map(
    Object.entries(INBOUND).map(([kind, { burst, perSecond }]) => [kind, new RateLimiter(burst, perSecond, now)]),
  );
  const strikes = new RateLimiter(STRIKES.burst, STRIKES.perSecond, now);
  const strike = (): InboundVerdict => (strikes.take('s') ? 'drop' : 'cut-off');
  return {
    admit: (event) => (event === 'command' || kinds.get(event)?.take(event) ? 'pass' : strike()),
    strike,
  };
}
