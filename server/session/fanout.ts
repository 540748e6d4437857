import type { SessionState } from '../../shared/model/session';
import type { Batch } from '../../shared/protocol/events';

/**
 * How a room hands an accepted batch to its connections. The room knows nothing of sockets; the
 * Socket.IO gateway implements this (and a test could implement it with plain arrays).
 * `before` is the state the batch was decided on and `after` the state it made, needed to redact it
 * per audience.
 */
export interface Fanout {
  deliver(sessionId: string, before: SessionState, batch: Batch, after: SessionState): void;
  /**
   * The room's state was reloaded from storage without the batches that led to it (another node
   * erased a participant and purged them): every connection needs a fresh view of `state`.
   */
  reset(sessionId: string, state: SessionState): void;
  /** The room could not store commands (disk trouble), or can again. */
  health(sessionId: string, writable: boolean): void;
  /** The session was deleted (by its facilitator, or at the end of the retention period): its connections end. */
  deleted(sessionId: string): void;
  /** The session's room left memory (idle, or deleted): whatever is kept per session goes, timers too. */
  unloaded(sessionId: string): void;
}
