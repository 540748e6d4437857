/**
 * Clock offset from a few round trips: the sample with the smallest round trip has the least
 * room for asymmetric delay, so we keep that one (as NTP does). offset = serverNow − midpoint.
 */
export type ClockSample = { clientSent: number; clientReceived: number; serverNow: number };

export function offsetFrom(samples: readonly ClockSample[]): number | null {
  let best: ClockSample | null = null;
  for (const s of samples) {
    if (best === null || s.clientReceived - s.clientSent < best.clientReceived - best.clientSent) best = s;
  }
  return best === null ? null : best.serverNow - (best.clientSent + best.clientReceived) / 2;
}

/** Milliseconds left until a server instant, on this device's clock corrected by the offset. */
export function msUntil(serverInstant: number, clockOffset: number, clientNow = Date.now()): number {
  return serverInstant - (clientNow + clockOffset);
}
