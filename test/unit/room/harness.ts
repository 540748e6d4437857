import type { SessionState } from '../../../shared/model/session';
import type { AnyCommand } from '../../../shared/protocol/commands';
import type { Batch } from '../../../shared/protocol/events';
import type { CommandAck } from '../../../shared/protocol/socket';
import type { Actor } from '../../../shared/rules/actor';
import { applyBatch } from '../../../shared/rules/apply';
import { redactBatch } from '../../../shared/rules/redact';
import { view } from '../../../shared/rules/view';
import type { Fanout } from '../../../server/session/fanout';
import type { SessionRoom } from '../../../server/session/room';
import { type Secrets, Sessions } from '../../../server/session/sessions';
import { audienceOf } from '../../../server/socket/audience';
import { openMemorySqliteStorage, type SqliteStorage } from '../../../server/storage/sqlite-storage';
import { ManualClock } from '../../support/manual-clock';

/** What travels from the server end of a pair to its client end, in order. */
export type ServerMessage =
  | { type: 'snapshot'; state: SessionState }
  | { type: 'batch'; batch: Batch }
  | { type: 'ack'; commandId: string; ack: CommandAck };

/**
 * A connection to a room whose messages go only when the test flushes them, as in tldraw's
 * TestSocketPair: `flushClient` hands the queued commands to the room and waits for their
 * acknowledgements; `flushServer` delivers what the room sent, in the order it sent it. Dropping
 * the connection loses whatever was not flushed yet, like a phone leaving the Wi-Fi.
 *
 * The server end does what the gateway does for a connection (hold the room, a catch-up on
 * connect, execute, ack) without Socket.IO, and the client end keeps its view the way the app
 * does: snapshot, then batches in version order.
 */
export class TestSocketPair {
  /** Every message the client end received, in order. */
  readonly received: ServerMessage[] = [];
  state: SessionState | null = null;
  private toServer: AnyCommand[] = [];
  private toClient: ServerMessage[] = [];
  private readonly answers = new Map<string, (ack: CommandAck) => void>();
  private release: (() => void) | null = null;

  constructor(
    private readonly harness: RoomHarness,
    readonly actor: Actor,
  ) {}

  get connected(): boolean {
    return this.release !== null;
  }

  /** Opens the connection: the server end holds the room and queues what the client missed. */
  async connect(): Promise<void> {
    const room = await this.harness.room();
    this.release = room.hold();
    this.harness.pairs.add(this);
    const missed = this.state === null ? null : room.since(this.state.version);
    if (missed === null) this.push({ type: 'snapshot', state: view(room.state, audienceOf(this.actor)) });
    else for (const { before, batch } of missed) this.serverSends(before, batch);
  }

  /** Drops the connection: nothing unflushed arrives, the room is let go. */
  disconnect(): void {
    this.toServer = [];
    this.toClient = [];
    this.harness.pairs.delete(this);
    this.release?.();
    this.release = null;
  }

  /** Queues a command; resolves when its ack is flushed to the client end. */
  send(command: AnyCommand): Promise<CommandAck> {
    this.toServer.push(command);
    return new Promise((resolve) => this.answers.set(command.id, resolve));
  }

  /** The room runs every queued command, one after the other, as one connection's commands go. */
  async flushClient(): Promise<void> {
    const commands = this.toServer;
    this.toServer = [];
    const room = await this.harness.room();
    for (const command of commands) {
      const ack = await room.execute(command, this.actor);
      if (this.connected) this.push({ type: 'ack', commandId: command.id, ack });
    }
  }

  /** The client end receives everything the server end sent so far, in order. */
  flushServer(): void {
    const messages = this.toClient;
    this.toClient = [];
    for (const message of messages) {
      this.received.push(message);
      if (message.type === 'snapshot') this.state = message.state;
      else if (message.type === 'batch') {
        if (this.state !== null && message.batch.v > this.state.version)
          this.state = applyBatch(this.state, message.batch);
      } else {
        const answer = this.answers.get(message.commandId);
        this.answers.delete(message.commandId);
        answer?.(message.ack);
      }
    }
  }

  /** What the room sends this connection of a batch: its audience's part, if any. */
  serverSends(before: SessionState, batch: Batch): void {
    const events = redactBatch(before, batch.events, audienceOf(this.actor));
    if (events.length > 0) this.push({ type: 'batch', batch: { v: batch.v, events } });
  }

  push(message: ServerMessage): void {
    if (this.connected) this.toClient.push(message);
  }
}

/**
 * One session's room on the real Sessions and SessionRoom, with SQLite in memory and a manual
 * clock: no network, no disk, no real time, so a room test runs in milliseconds.
 */
export class RoomHarness {
  private constructor(
    /** The connected pairs: the room's fan-out sends to these. */
    readonly pairs: Set<TestSocketPair>,
    readonly storage: SqliteStorage,
    readonly clock: ManualClock,
    readonly sessions: Sessions,
    readonly sessionId: string,
    readonly secrets: Secrets,
  ) {}

  /** A fresh session of the reference evening; `idleMs` turns the room's lifecycle on. */
  static async start(options: { idleMs?: number } = {}): Promise<RoomHarness> {
    const storage = openMemorySqliteStorage();
    const clock = new ManualClock();
    const pairs = new Set<TestSocketPair>();
    const fanout: Fanout = {
      deliver: (_id, before, batch) => {
        for (const pair of pairs) pair.serverSends(before, batch);
      },
      reset: (_id, state) => {
        for (const pair of pairs) pair.push({ type: 'snapshot', state: view(state, audienceOf(pair.actor)) });
      },
      health: () => undefined,
      deleted: () => {
        for (const pair of [...pairs]) pair.disconnect();
      },
      unloaded: () => undefined,
    };
    const sessions = new Sessions(storage, fanout, clock, { idleMs: options.idleMs ?? Number.POSITIVE_INFINITY });
    const { state, secrets } = await sessions.create('world-cafe-evening', 'nl');
    return new RoomHarness(pairs, storage, clock, sessions, state.id, secrets);
  }

  async room(): Promise<SessionRoom> {
    const room = await this.sessions.room(this.sessionId);
    if (room === null) throw new Error('the session is not stored');
    return room;
  }

  /** A connected pair for `actor`, its snapshot already received. */
  async connect(actor: Actor): Promise<TestSocketPair> {
    const pair = new TestSocketPair(this, actor);
    await pair.connect();
    pair.flushServer();
    return pair;
  }

  close(): Promise<void> {
    return this.storage.close();
  }
}
