import { nanoid } from 'nanoid';
import { io, type Socket } from 'socket.io-client';
import type { Command, CommandInput } from '../../../shared/protocol/commands';
import type { CommandError } from '../../../shared/protocol/errors';
import type { Batch } from '../../../shared/protocol/events';
import type { ClientToServer, CommandAck, Credential, Handshake, ServerToClient, Welcome } from '../../../shared/protocol/socket';
import { PROTOCOL_VERSION } from '../../../shared/protocol/version';
import { applyBatch } from '../../../shared/rules/apply';
import { useStore } from '../store';
import { offsetFrom, type ClockSample } from './clock';

/** A command as a view writes it: the connection adds the id. */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type CommandDraft = DistributiveOmit<CommandInput, 'id'>;

export type ConnectionHooks = {
  /** The server accepted the credential: remember the secret or the new device token. */
  onWelcome?: (welcome: Welcome) => void;
  /** A participant's stored device token was refused; the connection retries with the join code alone. */
  onDeviceTokenRefused?: () => void;
};

const PING_SAMPLES = 5;
const PING_TIMEOUT_MS = 3000;
/** Refusals the client cannot fix by retrying: the link or the app is wrong. */
const FINAL_REFUSALS: readonly string[] = ['UNAUTHORIZED', 'PROTOCOL_MISMATCH', 'VALIDATION'];

type Pending = { command: Command; resolve: (ack: CommandAck) => void };

/**
 * One live connection for one role. It is the only writer of server state into the store:
 * `welcome` binds the actor, `snapshot` replaces the state, `batch` applies in version order.
 *
 * Commands carry a client-made id and stay pending until acknowledged. When the socket drops
 * before the ack, the same command (same id) is sent again after reconnecting; the server applies
 * an id once and acknowledges a retry again, so a flaky network never doubles a card.
 */
export class Connection {
  private readonly socket: Socket<ServerToClient, ClientToServer>;
  private readonly pending = new Map<string, Pending>();
  private credential: Credential;
  private syncing = false;
  private closed = false;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    credential: Credential,
    private readonly hooks: ConnectionHooks = {},
  ) {
    this.credential = credential;
    const store = useStore.getState();
    store.setConnection({ status: 'connecting', error: null, pending: [] });
    store.setSession({ state: null, actor: null, sessionId: null });

    this.socket = io({
      // WebSocket first; long-polling only where a proxy blocks WebSockets.
      transports: ['websocket', 'polling'],
      tryAllTransports: true,
      reconnectionDelay: 500,
      reconnectionDelayMax: 5000,
      // The callback form runs on every (re)connect, so the server hears the version we hold NOW
      // and sends only what we missed.
      auth: (cb) => cb(this.handshake()),
    });

    this.socket.on('connect', () => this.onConnect());
    this.socket.on('disconnect', (reason) => this.onDisconnect(reason));
    this.socket.on('connect_error', (err) => this.onConnectError(err));
    this.socket.on('welcome', (w) => this.onWelcome(w));
    this.socket.on('snapshot', (state) => {
      this.syncing = false;
      useStore.getState().setSession({ state });
    });
    this.socket.on('batch', (batch) => this.onBatch(batch));
    this.socket.on('health', (h) => useStore.getState().setConnection({ writable: h.writable }));

    window.addEventListener('online', this.onBrowserOnline);
    window.addEventListener('offline', this.onBrowserOffline);
  }

  /** Send a command; resolves with the server's ack (also after a reconnect and a re-send). */
  send(draft: CommandDraft): Promise<CommandAck> {
    if (this.closed) return Promise.resolve(failure('UNAVAILABLE', 'connection closed'));
    const command = { ...draft, id: nanoid() } as Command;
    return new Promise<CommandAck>((resolve) => {
      this.pending.set(command.id, { command, resolve });
      this.publishPending();
      // While disconnected the command waits here; `onConnect` sends it. We do not let
      // Socket.IO buffer it as well, which would send it twice.
      if (this.socket.connected) this.emitCommand(command);
    });
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    window.removeEventListener('online', this.onBrowserOnline);
    window.removeEventListener('offline', this.onBrowserOffline);
    this.socket.removeAllListeners();
    this.socket.disconnect();
    for (const p of this.pending.values()) p.resolve(failure('UNAVAILABLE', 'connection closed'));
    this.pending.clear();
  }

  private handshake(): Handshake {
    const state = useStore.getState().session.state;
    return { protocol: PROTOCOL_VERSION, credential: this.credential, lastVersion: state?.version ?? null };
  }

  private onConnect(): void {
    useStore.getState().setConnection({ status: 'online', error: null });
    for (const p of this.pending.values()) this.emitCommand(p.command);
    void this.measureClock();
  }

  private onDisconnect(reason: Socket.DisconnectReason): void {
    if (this.closed) return;
    useStore.getState().setConnection({ status: navigator.onLine ? 'reconnecting' : 'offline' });
    // After a server-side disconnect Socket.IO does not retry by itself; we do, calmly.
    if (reason === 'io server disconnect') this.retryLater(1000);
  }

  private onConnectError(err: Error): void {
    if (this.closed) return;
    const error = refusal(err);
    const store = useStore.getState();
    if (error?.code === 'UNAUTHORIZED' && this.credential.kind === 'participant' && this.credential.deviceToken !== undefined) {
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
    const wasOnline = store.connection.status !== 'connecting';
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

  private onBatch(batch: Batch): void {
    const store = useStore.getState();
    const state = store.session.state;
    // Before the first snapshot there is nothing to apply to; the snapshot will include this.
    if (state === null || batch.v <= state.version) return;
    if (batch.v === state.version + 1) {
      store.setSession({ state: applyBatch(state, batch) });
      return;
    }
    // A gap: we missed a version. Ask once; the server replays what we missed (or sends a
    // snapshot) before acking, so gap batches arriving meanwhile are covered by that reply.
    if (this.syncing) return;
    this.syncing = true;
    this.socket.timeout(10_000).emit('sync', state.version, () => {
      this.syncing = false;
    });
  }

  private emitCommand(command: Command): void {
    this.socket.emit('command', command, (ack) => this.settle(command.id, ack));
  }

  private settle(id: string, ack: CommandAck): void {
    const p = this.pending.get(id);
    if (p === undefined) return; // already settled by an earlier delivery of the same command
    this.pending.delete(id);
    this.publishPending();
    p.resolve(ack);
  }

  private publishPending(): void {
    useStore.getState().setConnection({ pending: [...this.pending.keys()] });
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
      if (!this.closed && !this.socket.connected) this.socket.connect();
    }, ms);
  }

  private readonly onBrowserOnline = (): void => {
    if (this.closed || this.socket.connected) return;
    useStore.getState().setConnection({ status: 'reconnecting' });
    if (!this.socket.active) this.socket.connect();
  };

  private readonly onBrowserOffline = (): void => {
    if (!this.closed && !this.socket.connected) useStore.getState().setConnection({ status: 'offline' });
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
