import { nanoid } from 'nanoid';
import type { Command, CommandInput } from '../../../shared/protocol/commands';
import type { CommandError } from '../../../shared/protocol/errors';
import type { CommandAck } from '../../../shared/protocol/socket';
import { useStore } from '../store';
import { dismiss, enqueue, markSent, next, settle, type Outbox } from './outbox';
import type { ServerSocket } from './socket';

/** A command as a view writes it: the connection adds the id. */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type CommandDraft = DistributiveOmit<CommandInput, 'id'>;

/** How long a command that was told "not now" waits before it goes again. */
const RETRY_MS: Partial<Record<CommandError['code'], number>> = { RATE_LIMITED: 1000, UNAVAILABLE: 3000 };

export function failure(code: CommandError['code'], message: string): CommandAck {
  return { ok: false, error: { code, message } };
}

/**
 * Sends the outbox (outbox.ts) over the socket: one command at a time, in the order they were
 * made, each with its client-made id. When the socket drops before the ack, the same command
 * (same id) goes again after reconnecting; the server applies an id once and acknowledges a retry
 * again, so a flaky network never doubles a card.
 */
export class CommandSender {
  /** Resolvers per outbox entry id: the `send` calls its ack answers. */
  private readonly waiters = new Map<string, ((ack: CommandAck) => void)[]>();
  /** The id of the command emitted and not yet answered: at most one, which keeps the order. */
  private inFlight: string | null = null;
  private holdTimer: ReturnType<typeof setTimeout> | null = null;
  private closed = false;

  constructor(
    private readonly socket: ServerSocket,
    private outbox: Outbox,
    /** The outbox is kept on the device: "the server cannot write" waits instead of failing. */
    private readonly durable: boolean,
    private readonly changed: (outbox: Outbox) => void,
  ) {}

  get entries(): Outbox {
    return this.outbox;
  }

  /**
   * Resolves with the server's ack (also after a reconnect and a re-send). A change folded into
   * a command that has not left the device resolves with that command's ack.
   */
  send(draft: CommandDraft): Promise<CommandAck> {
    if (this.closed) return Promise.resolve(failure('UNAVAILABLE', 'connection closed'));
    const command = { ...draft, id: nanoid() } as Command;
    const result = enqueue(this.outbox, command, Date.now());
    this.outbox = result.outbox;
    for (const id of result.cancelled) this.answer(id, failure('CONFLICT', 'withdrawn before it was sent'));
    this.changed(this.outbox);
    if (result.answeredBy === null) {
      return Promise.resolve({ ok: true, v: useStore.getState().session.state?.version ?? 0 });
    }
    const answeredBy = result.answeredBy;
    return new Promise<CommandAck>((resolve) => {
      this.waiters.set(answeredBy, [...(this.waiters.get(answeredBy) ?? []), resolve]);
      this.pump();
    });
  }

  /** The author has seen (and copied) a refused command: let it go. */
  dismiss(id: string): void {
    this.outbox = dismiss(this.outbox, id);
    this.changed(this.outbox);
  }

  /** The socket is (back) up: what was in flight before may or may not have arrived, so it goes again. */
  connected(): void {
    this.inFlight = null;
    this.pump();
  }

  /** The socket dropped: whatever was in flight goes again, with the same id, after reconnecting. */
  dropped(): void {
    this.inFlight = null;
  }

  /** The view is gone: every waiting `send` is answered; a device outbox stays saved for the next page. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.holdTimer !== null) clearTimeout(this.holdTimer);
    for (const id of [...this.waiters.keys()]) this.answer(id, failure('UNAVAILABLE', 'connection closed'));
  }

  /** Send the next waiting command, if the socket is up and nothing is in flight. */
  private pump(): void {
    if (this.closed || !this.socket.connected || this.inFlight !== null || this.holdTimer !== null) return;
    const head = next(this.outbox);
    if (head === null) return;
    const command = head.command;
    this.inFlight = command.id;
    if (!head.sent) {
      this.outbox = markSent(this.outbox, command.id);
      this.changed(this.outbox);
    }
    // Emitted only while connected; we do not let Socket.IO buffer it as well, which would send
    // it twice after a reconnect.
    this.socket.emit('command', command, (ack) => this.onAck(command.id, ack));
  }

  private onAck(id: string, ack: CommandAck): void {
    if (this.closed) return;
    if (this.inFlight === id) this.inFlight = null;
    const result = settle(this.outbox, id, ack, this.durable);
    if (result.outcome === 'unknown') return; // a second answer to a re-sent command
    this.outbox = result.outbox;
    if (result.outcome === 'retry' && !ack.ok) {
      // "Not now": the same command goes again after a pause, still first in line.
      this.holdTimer = setTimeout(() => {
        this.holdTimer = null;
        this.pump();
      }, RETRY_MS[ack.error.code] ?? 2000);
      return;
    }
    this.answer(id, ack);
    for (const dropped of result.dropped) this.answer(dropped, ack);
    this.changed(this.outbox);
    this.pump();
  }

  private answer(id: string, ack: CommandAck): void {
    const waiting = this.waiters.get(id);
    this.waiters.delete(id);
    for (const resolve of waiting ?? []) resolve(ack);
  }
}
