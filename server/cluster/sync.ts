import type { SessionState } from '../../shared/model/session';
import type { Batch } from '../../shared/protocol/events';
import type { Fanout } from '../session/fanout';

/** What the sync needs of a loaded room (server/session/room.ts). */
export type FollowingRoom = {
  readonly state: SessionState;
  /** Reads what other nodes stored after the room's version and delivers it to this node's connections. */
  catchUp(): Promise<void>;
};

/**
 * Keeps the rooms of one node current with what the other nodes store, and tells the others what
 * this node stored. It wraps the node's own fan-out, which is where a node learns that a batch was
 * committed: a batch committed here is delivered to this node's connections and announced; a node
 * that hears an announcement for a session it has loaded lets the room catch up from storage,
 * which delivers the missed batches to its own connections, redacted per audience as usual.
 *
 * An announcement is only a hint. PostgreSQL holds the truth, so a lost one costs nothing but
 * time: the room catches up at its next version conflict, or at the next announcement, since a
 * catch-up reads everything after the room's version.
 */
export class ClusterSync implements Fanout {
  /** The highest version other nodes announced, per session: those batches need no announcement of ours. */
  private readonly heard = new Map<string, number>();
  /** Sessions with a catch-up under way, and the highest version it must reach. */
  private readonly catchingUp = new Map<string, number>();

  constructor(
    private readonly local: Fanout,
    private readonly announce: (sessionId: string, v: number) => void,
    private readonly loadedRoom: (sessionId: string) => FollowingRoom | undefined,
    private readonly log: (message: string) => void,
  ) {}

  deliver(sessionId: string, before: SessionState, batch: Batch, after: SessionState): void {
    this.local.deliver(sessionId, before, batch, after);
    // A batch this node committed is newer than anything announced so far (versions are stored
    // in order, one writer per version); an older one came here by a catch-up and was announced
    // by the node that stored it.
    if (batch.v > (this.heard.get(sessionId) ?? 0)) this.announce(sessionId, batch.v);
  }

  /** Only ever a catch-up of what other nodes stored, so nothing to announce. */
  reset(sessionId: string, state: SessionState): void {
    this.local.reset(sessionId, state);
  }

  health(sessionId: string, writable: boolean): void {
    this.local.health(sessionId, writable);
  }

  deleted(sessionId: string): void {
    this.heard.delete(sessionId);
    this.local.deleted(sessionId);
  }

  /** Not loaded here any more: later notices are ignored until a room loads it again from storage. */
  unloaded(sessionId: string): void {
    this.heard.delete(sessionId);
    this.local.unloaded(sessionId);
  }

  /** Another node stored version `v` of a session. */
  stored(sessionId: string, v: number): void {
    const room = this.loadedRoom(sessionId);
    // A session this node has not loaded will be read fresh from storage when it is needed.
    if (room === undefined) return;
    this.heard.set(sessionId, Math.max(v, this.heard.get(sessionId) ?? 0));
    if (room.state.version >= v) return;
    // One catch-up at a time per session: announcements arriving meanwhile only raise its target.
    const target = this.catchingUp.get(sessionId);
    this.catchingUp.set(sessionId, Math.max(v, target ?? 0));
    if (target === undefined) void this.catchUp(sessionId, room);
  }

  private async catchUp(sessionId: string, room: FollowingRoom): Promise<void> {
    try {
      while (room.state.version < (this.catchingUp.get(sessionId) ?? 0)) {
        const from = room.state.version;
        await room.catchUp();
        if (room.state.version === from) break;
      }
    } catch (error) {
      this.log(`catching up session ${sessionId} failed: ${String(error)}`);
    } finally {
      this.catchingUp.delete(sessionId);
    }
  }
}
