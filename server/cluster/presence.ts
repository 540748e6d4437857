import type { Presence } from '../../shared/protocol/socket';
import { rooms } from '../socket/audience';
import type { PresenceBoard } from '../socket/presence';
import type { Conn, Io } from '../socket/types';

/** The Redis commands presence needs (node-redis). */
export type PresenceStore = {
  hSet(key: string, field: string, value: string): Promise<unknown>;
  hGetAll(key: string): Promise<Record<string, string>>;
  expire(key: string, seconds: number): Promise<unknown>;
};

/** When a table's last tablet left, kept for a day: longer than any evening. */
const LEFT_TTL_S = 24 * 3600;
/** A node that died without saying so is waited for this long before its sockets are left out. */
const FETCH_TIMEOUT_MS = 2_000;

/**
 * Host tablet presence across nodes. A tablet may be connected to any node, so the count of a
 * table's tablets comes from the sockets themselves (the adapter's fetchSockets asks every node),
 * and when a table's tablets left is kept in Redis. Nothing of it is counted by hand, so a node
 * that is killed takes its tablets with it and the counts stay true.
 *
 * A change on any node is announced; every node that holds facilitators of that session then
 * recounts, one count at a time per session, and the last count starts after the last change it
 * heard of, so every facilitator ends up with the true picture.
 */
export class ClusterPresence implements PresenceBoard {
  /** Sessions being recounted, and whether another change came in meanwhile. */
  private readonly recounting = new Map<string, boolean>();

  constructor(
    private readonly io: Io,
    private readonly store: PresenceStore,
    private readonly prefix: string,
    private readonly announce: (sessionId: string) => void,
    private readonly now: () => number,
    private readonly log: (message: string) => void,
  ) {}

  hostConnected(sessionId: string): void {
    this.announce(sessionId);
    this.changed(sessionId);
  }

  hostDisconnected(sessionId: string, tableId: string): void {
    const key = this.key(sessionId);
    this.store
      .hSet(key, tableId, String(this.now()))
      .then(() => this.store.expire(key, LEFT_TTL_S))
      .catch((error: unknown) => this.log(`presence: could not store when a tablet left: ${String(error)}`))
      .finally(() => {
        this.announce(sessionId);
        this.changed(sessionId);
      });
  }

  facilitatorConnected(socket: Conn): void {
    void this.of(socket.data.sessionId).then((presence) => socket.emit('presence', presence));
  }

  /** A tablet of this session came or went somewhere: this node's facilitators hear the new count. */
  changed(sessionId: string): void {
    if (!this.io.sockets.adapter.rooms.has(rooms.role(sessionId, 'facilitator'))) return;
    if (this.recounting.has(sessionId)) {
      this.recounting.set(sessionId, true);
      return;
    }
    this.recounting.set(sessionId, false);
    void this.recount(sessionId);
  }

  private async recount(sessionId: string): Promise<void> {
    for (;;) {
      const presence = await this.of(sessionId);
      this.io.local.to(rooms.role(sessionId, 'facilitator')).emit('presence', presence);
      if (this.recounting.get(sessionId) !== true) break;
      this.recounting.set(sessionId, false);
    }
    this.recounting.delete(sessionId);
  }

  /** The session's tablets on every node, and since when the tables without one are empty. */
  async of(sessionId: string): Promise<Presence> {
    const hostRoom = rooms.role(sessionId, 'host');
    const [sockets, left] = await Promise.all([
      this.io
        .in(hostRoom)
        .timeout(FETCH_TIMEOUT_MS)
        .fetchSockets()
        .catch((error: unknown) => {
          // A node that died is still waited for until the adapter misses its heartbeat.
          this.log(`presence: counting on this node only: ${String(error)}`);
          return this.io.local.in(hostRoom).fetchSockets();
        }),
      this.store.hGetAll(this.key(sessionId)).catch((error: unknown) => {
        this.log(`presence: could not read when tablets left: ${String(error)}`);
        return {} as Record<string, string>;
      }),
    ]);
    const hosts: Presence['hosts'] = {};
    for (const [tableId, at] of Object.entries(left)) hosts[tableId] = { online: 0, offlineSince: Number(at) };
    for (const socket of sockets) {
      const actor = socket.data.actor;
      if (actor?.role !== 'host') continue;
      hosts[actor.tableId] ??= { online: 0, offlineSince: null };
      const table = hosts[actor.tableId]!;
      table.online += 1;
      table.offlineSince = null;
    }
    return { hosts };
  }

  close(): void {
    this.recounting.clear();
  }

  private key(sessionId: string): string {
    return `${this.prefix}presence:${sessionId}`;
  }
}
