import type { Handshake } from '../../../shared/protocol/socket';
import type { BrowserNetwork } from '../../../client/src/net/network';
import type { ServerSocket, SocketOpener } from '../../../client/src/net/socket';

/** A message the client emitted, waiting for the test (playing the server) to answer it. */
export type Sent = { event: string; payload: unknown; answer: (reply: unknown) => void };

type Listener = (...args: unknown[]) => void;

/**
 * Both ends of a client socket in one object, as in tldraw's TestSocketPair: the client end is
 * what the connection holds (the ServerSocket subset of Socket.IO), the server end is the test,
 * which lets the socket connect, delivers server messages and answers what the client emitted —
 * nothing happens until it does. `drop` loses the connection the way a Wi-Fi blip does.
 */
export class FakeSocketPair {
  connected = false;
  active: boolean;
  /** What the client emitted, in order, not yet answered. */
  sent: Sent[] = [];
  /** How often the client asked to (re)connect by itself. */
  connects = 0;
  private listeners = new Map<string, Listener[]>();

  constructor(
    readonly handshake: () => Handshake,
    autoConnect: boolean,
  ) {
    this.active = autoConnect;
  }

  /** The opener to give the connection; `pairs` collects each socket it opens. */
  static opener(pairs: FakeSocketPair[]): SocketOpener {
    return (handshake, autoConnect) => {
      const pair = new FakeSocketPair(handshake, autoConnect);
      pairs.push(pair);
      return pair as unknown as ServerSocket;
    };
  }

  // --- the client end: what the connection calls ---------------------------------------------

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  emit(event: string, payload: unknown, ack?: (reply: unknown) => void): this {
    this.sent.push({ event, payload, answer: ack ?? (() => undefined) });
    return this;
  }

  timeout(_ms: number) {
    return {
      emitWithAck: (event: string, payload: unknown) =>
        new Promise((resolve) => this.sent.push({ event, payload, answer: resolve })),
    };
  }

  connect(): this {
    this.connects++;
    this.active = true;
    return this;
  }

  disconnect(): this {
    this.active = false;
    if (this.connected) {
      this.connected = false;
      this.fire('disconnect', 'io client disconnect');
    }
    return this;
  }

  removeAllListeners(): this {
    this.listeners.clear();
    return this;
  }

  // --- the server end: what the test does -----------------------------------------------------

  /** The handshake the client would send now, and the server lets it in. */
  accept(): Handshake {
    const handshake = this.handshake();
    this.active = true;
    this.connected = true;
    this.fire('connect');
    return handshake;
  }

  /** The server sends an event to the client. */
  deliver(event: string, payload?: unknown): void {
    this.fire(event, payload);
  }

  /** The server refuses the handshake with a typed error; Socket.IO stops retrying by itself. */
  refuse(code: string, message = code): void {
    this.active = false;
    this.fire('connect_error', Object.assign(new Error(message), { data: { code, message } }));
  }

  /** The connection is lost; Socket.IO would reconnect by itself (`active` stays true). */
  drop(reason = 'transport close'): void {
    this.connected = false;
    this.fire('disconnect', reason);
  }

  /** Takes what the client emitted of one event, in order; the rest stays. */
  take(event: string): Sent[] {
    const taken = this.sent.filter((s) => s.event === event);
    this.sent = this.sent.filter((s) => s.event !== event);
    return taken;
  }

  private fire(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
}

/** The browser's network as a test switches it. */
export class FakeNetwork implements BrowserNetwork {
  private readonly listeners = new Map<string, Set<() => void>>();

  constructor(public online = true) {}

  on(event: 'online' | 'offline' | 'pagehide', listener: () => void): () => void {
    const set = this.listeners.get(event) ?? new Set();
    set.add(listener);
    this.listeners.set(event, set);
    return () => set.delete(listener);
  }

  set(online: boolean): void {
    this.online = online;
    for (const listener of this.listeners.get(online ? 'online' : 'offline') ?? []) listener();
  }

  pageHide(): void {
    for (const listener of this.listeners.get('pagehide') ?? []) listener();
  }

  listening(): number {
    let n = 0;
    for (const set of this.listeners.values()) n += set.size;
    return n;
  }
}
