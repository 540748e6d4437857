/**
 * What an address has already proven: for which sessions a valid credential came from it lately,
 * and of which standing. While the address is throttled for wrong codes, a short code (join, host
 * or desk code) is only looked at for a session the address has proven; anything else is refused
 * unread. A valid short code then gets in at once, and a guesser learns nothing new: the sessions
 * on this list are the ones the address already knows a code of.
 *
 * `staff` (a facilitator, screen, host or desk credential was accepted) is kept apart from
 * `participant` (the public join code, or a device token made from it): a prankster who only knows
 * the join code on the wall must not be able to try host codes of that session at full speed.
 *
 * Kept in this server's memory: in a cluster each node learns it for itself.
 */
export type Standing = 'participant' | 'staff';

/** An evening plus its setting up and tidying: proof older than this is forgotten. */
const KEEP_MS = 12 * 3600_000;
/** A venue runs an evening or two at a time; a script proving many sessions keeps only its latest. */
const SESSIONS_PER_ADDRESS = 20;
const ADDRESSES = 20_000;

export class Vouches {
  private readonly byAddress = new Map<string, Map<string, { staff: boolean; at: number }>>();

  constructor(private readonly now: () => number = Date.now) {}

  /** A credential of `sessionId` was accepted from `address`. */
  note(address: string, sessionId: string, standing: Standing): void {
    const now = this.now();
    let sessions = this.byAddress.get(address);
    if (sessions === undefined) {
      if (this.byAddress.size >= ADDRESSES) this.sweep(now);
      sessions = new Map();
      this.byAddress.set(address, sessions);
    }
    const staff = standing === 'staff' || (sessions.get(sessionId)?.staff ?? false);
    // Delete first so the Map's order is "least recently proven first".
    sessions.delete(sessionId);
    sessions.set(sessionId, { staff, at: now });
    if (sessions.size > SESSIONS_PER_ADDRESS) {
      const oldest = sessions.keys().next().value;
      if (oldest !== undefined) sessions.delete(oldest);
    }
  }

  /** Whether `address` proved `sessionId` lately, with at least `standing`. */
  has(address: string, sessionId: string, standing: Standing): boolean {
    const proof = this.byAddress.get(address)?.get(sessionId);
    if (proof === undefined || this.now() - proof.at > KEEP_MS) return false;
    return standing === 'participant' || proof.staff;
  }

  private sweep(now: number): void {
    for (const [address, sessions] of this.byAddress) {
      for (const [id, proof] of sessions) if (now - proof.at > KEEP_MS) sessions.delete(id);
      if (sessions.size === 0) this.byAddress.delete(address);
    }
    // Still full (a flood of fresh addresses): forget the addresses first seen longest ago.
    for (const address of this.byAddress.keys()) {
      if (this.byAddress.size < ADDRESSES) break;
      this.byAddress.delete(address);
    }
  }
}
