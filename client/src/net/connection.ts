import { nanoid } from 'nanoid';
import { io, type Socket } from 'socket.io-client';
import type { Command } from '../../../shared/protocol/commands';
import type { CommandDraft } from '../../../shared/rules/can';
import type { CommandError } from '../../../shared/protocol/errors';
import type { Batch } from '../../../shared/protocol/events';
import type {
  ClientToServer,
  CommandAck,
  Credential,
  Handshake,
  ServerToClient,
  Welcome,
} from '../../../shared/protocol/socket';
import { PROTOCOL_VERSION } from '../../../shared/protocol/version';
import { applyBatch } from '../../../shared/rules/apply';
import { useStore } from '../store';
import { offsetFrom, type ClockSample } from './clock';
import type { CachedView, DeviceStore } from './deviceStore';
import { dismiss, enqueue, markSent, next, settle, type Outbox } from './outbox';

export type { CommandDraft } from '../../../shared/rules/can';

export type ConnectionHooks = {
  /** The server accepted the credential: remember the secret or the new device token. */
  onWelcome?: (welcome: Welcome) => void;
  /** A participant's stored device token was refused; the connection retries with the join code alone. */
  onDeviceTokenRefused?: () => void;
};

/**
 * A device that keeps its outbox (the host's tablet): unsent commands and the last view are saved
 * on the device, loaded before the connection opens, and sent when the connection is back.
 */
export type DeviceOptions = { store: DeviceStore; outbox: Outbox; view: CachedView | null };

const PING_SAMPLES = 5;
const PING_TIMEOUT_MS = 3000;
/** Refusals the client cannot fix by retrying: the link or the app is wrong. */
/** After the server cut this connection off for flooding: reconnecting sooner is cut off again. */
const CUT_OFF_WAIT_MS = 60_000;
const FINAL_REFUSALS: readonly string[] = ['UNAUTHORIZED', 'PROTOCOL_MISMATCH', 'VALIDATION'];

/** How long a command that was told "not now" waits before it goes again. */
const RETRY_MS: Partial<Record<CommandError['code'], number>> = { RATE_LIMITED: 1000, UNAVAILABLE: 3000 };
/** The cached view is written at most this often (every batch would be many small writes). */
const VIEW_SAVE_MS = 1000;

/**
 * One live connection for one role. It is the only writer of server state into the store:
 * `welcome` binds the actor, `snapshot` replaces the state, `batch` applies in version order.
 *
 * Commands carry a client-made id and wait in the outbox (outbox.ts) until acknowledged; they go
 * one at a time, in the order they were made. When the socket drops before the ack, the same
 * command (same id) is sent again after reconnecting; the server applies an id once and
 * acknowledges a retry again, so a flaky network never doubles a card. With `device` options the
 * outbox is also kept on the device, so it survives a reload or a browser restart.
 *
 * The browser's `offline` event closes the socket at once: a socket on a dead network looks
 * connected until the ping times out, and commands emitted into it would wait for nothing.
 */
export class Connection {
  private readonly socket: Socket<ServerToClient, ClientToServer>;
  /** Resolvers per outbox entry id: the `send` calls its ack answers. */
  private readonly waiters = new Map<string, ((ack: CommandAck) => void)[]>();
  private outbox: Outbox;
  /** The id of the command emitted and not yet answered: at most one, which keeps the order. */
  private inFlight: string | null = null;
  private holdTimer: ReturnType<typeof setTimeout> | null = null;
  private saving: Promise<void> = Promise.resolve();
  private unsaved = 0;
  private viewTimer: ReturnType<typeof setTimeout> | null = null;
  private unsubscribeView: (() => void) | null = null;
  private credential: Credential;
  private closed = false;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  /** The server said it cuts this connection off for flooding (`cut-off`); the next retry waits long. */
  private cutOff = false;

  constructor(
    credential: Credential,
    private readonly hooks: ConnectionHooks = {},
    private readonly device: DeviceOptions | null = null,
  ) {
    this.credential = credential;
    this.outbox = device?.outbox ?? [];
    const store = useStore.getState();
    const online = navigator.onLine;
    store.setConnection({
      status: online ? 'connecting' : 'offline',
      error: null,
      pending: [],
      outbox: this.outbox,
      outboxSaved: true,
    });
    const cached = device?.view ?? null;
    store.setSession({
      state: cached?.state ?? null,
      actor: cached?.actor ?? null,
      sessionId: cached?.sessionId ?? null,
    });
    this.publishPending();
    if (device !== null) this.watchView(device.store);

    this.socket = io({
      // WebSocket first; long-polling only where a proxy blocks WebSockets.
      transports: ['websocket', 'polling'],
      tryAllTransports: true,
      reconnectionDelay: 500,
      reconnectionDelayMax: 5000,
      // The callback form runs on every (re)connect, so the server hears the version we hold NOW
      // and sends only what we missed.
      auth: (cb) => cb(this.handshake()),
      // Not while the device says it has no network; `online` opens it.
      autoConnect: online,
    });

    this.socket.on('connect', () => this.onConnect());
    this.socket.on('disconnect', (reason) => this.onDisconnect(reason));
    this.socket.on('connect_error', (err) => this.onConnectError(err));
    this.socket.on('welcome', (w) => this.onWelcome(w));
    this.socket.on('snapshot', (state) => {
      useStore.getState().setSession({ state });
    });
    this.socket.on('batch', (batch) => this.onBatch(batch));
    this.socket.on('health', (h) => useStore.getState().setConnection({ writable: h.writable }));
    this.socket.on('presence', (p) => useStore.getState().setPresence(p));
    this.socket.on('cut-off', (reason) => {
      this.cutOff = true;
      useStore.getState().setConnection({ error: reason });
    });

    window.addEventListener('online', this.onBrowserOnline);
    window.addEventListener('offline', this.onBrowserOffline);
  }

  /**
   * Send a command; resolves with the server's ack (also after a reconnect and a re-send). It
   * shows in the store's outbox at once. A change folded into a command that has not left the
   * device resolves with that command's ack.
   */
  send(draft: CommandDraft): Promise<CommandAck> {
    if (this.closed) return Promise.resolve(failure('UNAVAILABLE', 'connection closed'));
    const command = { ...draft, id: nanoid() } as Command;
    const result = enqueue(this.outbox, command, Date.now());
    this.outbox = result.outbox;
    for (const id of result.cancelled) this.answer(id, failure('CONFLICT', 'withdrawn before it was sent'));
    this.changed();
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
    this.changed();
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    if (this.holdTimer !== null) clearTimeout(this.holdTimer);
    if (this.viewTimer !== null) clearTimeout(this.viewTimer);
    this.unsubscribeView?.();
    this.saveView();
    window.removeEventListener('online', this.onBrowserOnline);
    window.removeEventListener('offline', this.onBrowserOffline);
    window.removeEventListener('pagehide', this.onPageHide);
    this.socket.removeAllListeners();
    this.socket.disconnect();
    // The view is gone; a device outbox stays saved and is sent by the next page.
    for (const id of [...this.waiters.keys()]) this.answer(id, failure('UNAVAILABLE', 'connection closed'));
  }

  private handshake(): Handshake {
    const state = useStore.getState().session.state;
    return { protocol: PROTOCOL_VERSION, credential: this.credential, lastVersion: state?.version ?? null };
  }

  private onConnect(): void {
    useStore.getState().setConnection({ status: 'online', error: null });
    this.inFlight = null;
    this.pump();
    void this.measureClock();
  }

  private onDisconnect(reason: Socket.DisconnectReason): void {
    if (this.closed) return;
    // Whatever was in flight may or may not have arrived: it goes again, with the same id.
    this.inFlight = null;
    useStore.getState().setConnection({ status: navigator.onLine ? 'reconnecting' : 'offline' });
    // After a server-side disconnect Socket.IO does not retry by itself; we do, calmly.
    if (reason === 'io server disconnect') this.retryLater(this.cutOff ? CUT_OFF_WAIT_MS : 1000);
    this.cutOff = false;
  }

  private onConnectError(err: Error): void {
    if (this.closed) return;
    const error = refusal(err);
    const store = useStore.getState();
    if (
      error?.code === 'UNAUTHORIZED' &&
      this.credential.kind === 'participant' &&
      this.credential.deviceToken !== undefined
    ) {
      // The device token is unknown here (erased, or another server): join afresh with the code.
      const { deviceToken: _dropped, ...rest } = this.credential;
      this.credential = rest;
      this.hooks.onDeviceTokenRefused?.();
      this.socket.connect();
      return;
    }
    if (error !== null && FINAL_REFUSALS.includes(error.code)) {
      store.setConnection({ status: 'refused', error });
      return;
    }
    // With a view kept on the device the page is already in use: a failed attempt means "away", not "loading".
    const wasOnline = store.connection.status !== 'connecting' || store.session.state !== null;
    store.setConnection({
      status: !navigator.onLine ? 'offline' : wasOnline ? 'reconnecting' : 'connecting',
      error: error?.code === 'RATE_LIMITED' ? error : null,
    });
    // A refusal by the server's middleware stops Socket.IO's own retries; a transport error does not.
    if (!this.socket.active) this.retryLater(error?.code === 'RATE_LIMITED' ? 10_000 : 2000);
  }

  private onWelcome(welcome: Welcome): void {
    const store = useStore.getState();
    if (store.session.sessionId !== null && store.session.sessionId !== welcome.sessionId) {
      store.setSession({ state: null });
    }
    if (welcome.deviceToken !== undefined && this.credential.kind === 'participant') {
      this.credential = { ...this.credential, deviceToken: welcome.deviceToken };
    }
    store.setSession({ actor: welcome.actor, sessionId: welcome.sessionId });
    // A first estimate until the pings answer.
    if (store.connection.clockOffset === 0) store.setConnection({ clockOffset: welcome.serverNow - Date.now() });
    this.hooks.onWelcome?.(welcome);
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
      this.changed();
    }
    // Emitted only while connected; we do not let Socket.IO buffer it as well, which would send
    // it twice after a reconnect.
    this.socket.emit('command', command, (ack) => this.onAck(command.id, ack));
  }

  private onAck(id: string, ack: CommandAck): void {
    if (this.closed) return;
    if (this.inFlight === id) this.inFlight = null;
    const result = settle(this.outbox, id, ack, this.device !== null);
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
    this.changed();
    this.pump();
  }

  private answer(id: string, ack: CommandAck): void {
    const waiting = this.waiters.get(id);
    this.waiters.delete(id);
    for (const resolve of waiting ?? []) resolve(ack);
  }

  /** The outbox changed: show it, and keep it on the device. */
  private changed(): void {
    this.publishPending();
    const store = this.device?.store;
    if (store === undefined) return;
    const snapshot = this.outbox;
    const { state, actor, sessionId } = useStore.getState().session;
    this.unsaved++;
    useStore.getState().setConnection({ outboxSaved: false });
    // One save after the other, each with the outbox as it was when it changed. The view goes
    // first: an acknowledged card leaves the outbox only once a view that holds it is stored, so
    // a reload right after never shows the table without it.
    this.saving = this.saving
      .then(async () => {
        if (state !== null && actor !== null && sessionId !== null) await store.saveView({ state, actor, sessionId });
        await store.saveOutbox(snapshot);
      })
      .catch(() => undefined)
      .then(() => {
        this.unsaved--;
        if (this.unsaved === 0 && !this.closed) useStore.getState().setConnection({ outboxSaved: true });
      });
  }

  /** Keep the last view on the device, so a reload without a connection still shows the table. */
  private watchView(store: DeviceStore): void {
    this.unsubscribeView = useStore.subscribe((s, before) => {
      if (s.session.state === before.session.state || this.viewTimer !== null) return;
      this.viewTimer = setTimeout(() => {
        this.viewTimer = null;
        this.saveView();
      }, VIEW_SAVE_MS);
    });
    window.addEventListener('pagehide', this.onPageHide);
  }

  private saveView(): void {
    const store = this.device?.store;
    const { state, actor, sessionId } = useStore.getState().session;
    if (store === undefined || state === null || actor === null || sessionId === null) return;
    void store.saveView({ state, actor, sessionId }).catch(() => undefined);
  }

  private readonly onPageHide = (): void => this.saveView();

  private onBatch(batch: Batch): void {
    const store = useStore.getState();
    const state = store.session.state;
    // Before the first snapshot there is nothing to apply to; the snapshot will include this.
    if (state === null || batch.v <= state.version) return;
    // `v` means "you are now at version v" (shared/protocol/socket.ts): the server sends a
    // connection only the versions it sees something of, in order, and announces the latest one
    // shortly after; a skipped version had nothing for us. After a reconnect the handshake's
    // lastVersion brings us up to date, so there is no gap to repair while connected.
    store.setSession({ state: applyBatch(state, batch) });
  }

  private publishPending(): void {
    const pending = this.outbox.filter((e) => e.refused === null).map((e) => e.command.id);
    useStore.getState().setConnection({ pending, outbox: this.outbox });
  }

  private async measureClock(): Promise<void> {
    const samples: ClockSample[] = [];
    for (let i = 0; i < PING_SAMPLES && this.socket.connected; i++) {
      const clientSent = Date.now();
      try {
        const reply = await this.socket.timeout(PING_TIMEOUT_MS).emitWithAck('ping', clientSent);
        samples.push({ clientSent, clientReceived: Date.now(), serverNow: reply.serverNow });
      } catch {
        break; // timed out or disconnected: keep what we have
      }
    }
    const offset = offsetFrom(samples);
    if (offset !== null && !this.closed) useStore.getState().setConnection({ clockOffset: offset });
  }

  private retryLater(ms: number): void {
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (!this.closed && !this.socket.connected && navigator.onLine) this.socket.connect();
    }, ms);
  }

  private readonly onBrowserOnline = (): void => {
    if (this.closed || this.socket.connected) return;
    useStore.getState().setConnection({ status: 'reconnecting' });
    if (!this.socket.active) this.socket.connect();
  };

  private readonly onBrowserOffline = (): void => {
    if (this.closed) return;
    // The network is gone: close now rather than wait for the ping to time out (see above).
    if (this.socket.active) this.socket.disconnect();
    useStore.getState().setConnection({ status: 'offline' });
  };
}

function failure(code: CommandError['code'], message: string): CommandAck {
  return { ok: false, error: { code, message } };
}

/** The CommandError the server attached to a refused handshake, if any. */
function refusal(err: Error): CommandError | null {
  const data = (err as Error & { data?: unknown }).data;
  if (typeof data !== 'object' || data === null) return null;
  const { code, message } = data as { code?: unknown; message?: unknown };
  if (typeof code !== 'string') return null;
  return { code: code as CommandError['code'], message: typeof message === 'string' ? message : code };
}
