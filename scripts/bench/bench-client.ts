import { io, type Socket } from 'socket.io-client';
import type { Batch } from '../../shared/protocol/events';
import type { ClientToServer, CommandAck, Credential, ServerToClient } from '../../shared/protocol/socket';
import { PROTOCOL_VERSION } from '../../shared/protocol/version';
import { now } from './proc';

/** What a bench client counts of the frames it receives, when it is the byte probe. */
export type ByteCounts = Record<
  'phase' | 'ownTableCard' | 'otherCard' | 'empty' | 'other',
  { frames: number; bytes: number }
>;

/**
 * A load client: a real socket.io-client on the websocket transport, as light as possible so the
 * load generators take little of the machine's two cores from the server. It does not keep the
 * session state; it notes when each phase and each card reached it, checks that batches never
 * go back in version, and counts disconnects (reconnection is off, so a drop stays visible).
 */
export class BenchClient {
  readonly socket: Socket<ServerToClient, ClientToServer>;
  /** Ranked table ids; the table of round r is picks[r - 1]. */
  picks: string[] = [];
  /** Which session it belongs to, when a worker holds phones of several. */
  session: string | undefined;
  readyAt = Number.NaN;
  version = -1;
  gaps = 0;
  disconnects = 0;
  closing = false;
  readonly phases = new Map<string, number>();
  readonly cards = new Map<string, number>();
  bytes: ByteCounts | null = null;
  private lastFrameBytes = 0;
  private waiters: (() => boolean)[] = [];

  constructor(url: string, credential: Credential, options: { probe?: boolean } = {}) {
    this.socket = io(url, {
      transports: ['websocket'],
      forceNew: true,
      reconnection: false,
      auth: { protocol: PROTOCOL_VERSION, credential },
    });
    if (options.probe === true) this.countBytes();
    this.socket.on('snapshot', (s) => {
      this.version = s.version;
      if (s.currentPhaseId !== null && !this.phases.has(s.currentPhaseId)) this.phases.set(s.currentPhaseId, now());
      this.readyAt = now();
      this.check();
    });
    this.socket.on('batch', (b) => this.onBatch(b));
    this.socket.on('disconnect', () => {
      if (!this.closing) this.disconnects++;
      this.check();
    });
    this.socket.on('connect_error', () => {
      this.disconnects++;
      this.check();
    });
  }

  private onBatch(b: Batch): void {
    const at = now();
    // Versions with nothing for this client are skipped by design; a batch that goes back is a fault.
    if (b.events.length > 0 && b.v <= this.version) this.gaps++;
    this.version = Math.max(this.version, b.v);
    let kind: keyof ByteCounts = b.events.length === 0 ? 'empty' : 'other';
    for (const e of b.events) {
      if (e.type === 'phase.entered') {
        this.phases.set(e.phaseId, at);
        kind = 'phase';
      } else if (e.type === 'card.added') {
        this.cards.set(e.card.id, at);
        if (kind === 'other') kind = this.picks.includes(e.card.tableId) ? 'ownTableCard' : 'otherCard';
      }
    }
    if (this.bytes !== null) {
      this.bytes[kind].frames++;
      this.bytes[kind].bytes += this.lastFrameBytes;
    }
    this.check();
  }

  /** Counts the bytes of every websocket message this client receives (engine.io packet, as on the wire). */
  private countBytes(): void {
    const zero = () => ({ frames: 0, bytes: 0 });
    this.bytes = { phase: zero(), ownTableCard: zero(), otherCard: zero(), empty: zero(), other: zero() };
    this.socket.io.on('open', () => {
      // A text frame carries the engine.io packet type (one character) and the socket.io packet.
      this.socket.io.engine.on('packet', (packet: { type: string; data?: unknown }) => {
        this.lastFrameBytes = 1 + (typeof packet.data === 'string' ? Buffer.byteLength(packet.data) : 0);
      });
    });
  }

  private check(): void {
    if (this.waiters.length > 0) this.waiters = this.waiters.filter((w) => !w());
  }

  /** Resolves when `done` holds (checked now and after every message), or false when the client dropped. */
  until(done: () => boolean): Promise<boolean> {
    return new Promise((resolve) => {
      const test = () => {
        if (done()) return (resolve(true), true);
        if (this.disconnects > 0) return (resolve(false), true);
        return false;
      };
      if (!test()) this.waiters.push(test);
    });
  }

  ready(): Promise<boolean> {
    return this.until(() => !Number.isNaN(this.readyAt));
  }

  /** Sends a command; resolves with the ack and its latency in ms (send → ack). */
  send(command: Record<string, unknown>): Promise<{ ack: CommandAck; ms: number }> {
    const t0 = now();
    // A dropped client fails at once instead of buffering the command until the timeout.
    if (!this.socket.connected) return Promise.reject(new Error('disconnected'));
    return new Promise((resolve, reject) => {
      this.socket.timeout(120_000).emit('command', command, (error: Error | null, ack: CommandAck) => {
        if (error) reject(error);
        else resolve({ ack, ms: now() - t0 });
      });
    });
  }

  close(): void {
    this.closing = true;
    this.socket.close();
  }
}
