import type { Broadcast } from '../model/session';

/** Whether a broadcast still shows at server instant `now`; one sent "until the next phase" does. */
export function broadcastShows(broadcast: Broadcast | null, now: number): broadcast is Broadcast {
  return broadcast !== null && (broadcast.endsAt == null || broadcast.endsAt > now);
}

/** Whether a broadcast survives a phase change at `at`: only one with an end still to come. */
export function outlivesPhase(broadcast: Broadcast | null, at: number): boolean {
  return broadcast?.endsAt != null && broadcast.endsAt > at;
}
