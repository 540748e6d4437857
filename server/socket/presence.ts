import type { Presence } from '../../shared/protocol/socket';
import { rooms } from './audience';
import type { Conn, Io } from './types';

/**
 * Which host tablets are connected, per session and table. Presence is not durable state: it is
 * never logged or stored, and a restarted server starts empty (tablets reconnect within seconds).
 * A table may have more than one tablet (a spare, a reload that overlaps the old socket), so each
 * table counts its sockets and is offline only when the last one is gone.
 */
export class HostPresence {
  private readonly sessions = new Map<string, Map<string, { sockets: Set<string>; offlineSince: number | null }>>();

  constructor(private readonly now: () => number) {}

  /** A host socket connected; returns the session's presence after the change. */
  connected(sessionId: string, tableId: string, socketId: string): Presence {
    const table = this.table(sessionId, tableId);
    table.sockets.add(socketId);
    table.offlineSince = null;
    return this.of(sessionId);
  }

  /** A host socket went away; the table is offline from now when it was the last one. */
  disconnected(sessionId: string, tableId: string, socketId: string): Presence {
    const table = this.table(sessionId, tableId);
    if (table.sockets.delete(socketId) && table.sockets.size === 0) table.offlineSince = this.now();
    return this.of(sessionId);
  }

  /** The session left memory: nobody is connected, so nothing of it needs counting. */
  forget(sessionId: string): void {
    this.sessions.delete(sessionId);
  }

  of(sessionId: string): Presence {
    const hosts: Presence['hosts'] = {};
    for (const [tableId, t] of this.sessions.get(sessionId) ?? [])
      hosts[tableId] = { online: t.sockets.size, offlineSince: t.offlineSince };
    return { hosts };
  }

  private table(sessionId: string, tableId: string) {
    let tables = this.sessions.get(sessionId);
    if (tables === undefined) {
      tables = new Map();
      this.sessions.set(sessionId, tables);
    }
    let table = tables.get(tableId);
    if (table === undefined) {
      table = { sockets: new Set(), offlineSince: null };
      tables.set(tableId, table);
    }
    return table;
  }
}

/** Who tells facilitators which tablets are online: this server alone, or every node (server/cluster). */
export interface PresenceBoard {
  hostConnected(sessionId: string, tableId: string, socketId: string): void;
  hostDisconnected(sessionId: string, tableId: string, socketId: string): void;
  /** A facilitator connected: tell them the session's presence now. */
  facilitatorConnected(socket: Conn): void;
  /** The session's room left this node's memory; a board that keeps presence in memory drops it. */
  forget?(sessionId: string): void;
}

/** Presence kept by this server alone, told to the session's facilitators at every change. */
export function localPresence(io: Io, now: () => number): PresenceBoard {
  const presence = new HostPresence(now);
  const tell = (sessionId: string, p: Presence) => io.to(rooms.role(sessionId, 'facilitator')).emit('presence', p);
  return {
    hostConnected: (sessionId, tableId, socketId) => tell(sessionId, presence.connected(sessionId, tableId, socketId)),
    hostDisconnected: (sessionId, tableId, socketId) =>
      tell(sessionId, presence.disconnected(sessionId, tableId, socketId)),
    facilitatorConnected: (socket) => socket.emit('presence', presence.of(socket.data.sessionId)),
    forget: (sessionId) => presence.forget(sessionId),
  };
}
