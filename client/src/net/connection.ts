import type { Credential, CommandAck, Handshake, SuggestReply, Welcome } from '../../../shared/protocol/socket';
import { PROTOCOL_VERSION } from '../../../shared/protocol/version';
import { useStore } from '../store';
import { measureClockOffset } from './clockSync';
import { type CommandDraft, CommandSender } from './commandSender';
import { DeviceKeeper } from './deviceKeeper';
import type { CachedView, DeviceStore } from './deviceStore';
import { type BrowserNetwork, browserNetwork } from './network';
import type { Outbox } from './outbox';
import { FINAL_REFUSALS, refusal } from './refusal';
import { receiveBatch, receiveSnapshot, receiveWelcome } from './serverState';
import { openServerSocket, type ServerSocket, type SocketOpener } from './socket';

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

/** Where the connection's socket and the browser's network events come from; tests give fakes. */
export type Transport = { open?: SocketOpener; network?: BrowserNetwork };

/** 600 cards take a worker a fraction of a second; a busy server gets some more. */
const SUGGEST_TIMEOUT_MS = 15_000;

/** After the server cut this connection off for flooding: reconnecting sooner is cut off again. */
const CUT_OFF_WAIT_MS = 60_000;

/**
 * One live connection for one role: the socket's life (connect, refusals, retries, the browser's
 * network events), with the parts in their own files — commands and their acks
 * (commandSender.ts), the device's copy (deviceKeeper.ts), server messages into the store
 * (serverState.ts) and the clock offset (clockSync.ts). It is the only writer of server state
 * into the store: `welcome` binds the actor, `snapshot` replaces the state, `batch` applies in
 * version order.
 *
 * The browser's `offline` event closes the socket at once: a socket on a dead network looks
 * connected until the ping times out, and commands emitted into it would wait for nothing.
 */
export class Connection {
  private readonly socket: ServerSocket;
  private readonly commands: CommandSender;
  private readonly keeper: DeviceKeeper | null;
  private readonly network: BrowserNetwork;
  private readonly stops: (() => void)[];
  private credential: Credential;
  private closed = false;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  /** The server said it cuts this connection off for flooding (`cut-off`); the next retry waits long. */
  private cutOff = false;

  constructor(
    credential: Credential,
    private readonly hooks: ConnectionHooks = {},
    device: DeviceOptions | null = null,
    transport: Transport = {},
  ) {
    this.credential = credential;
    this.network = transport.network ?? browserNetwork;
    const outbox = device?.outbox ?? [];
    const store = useStore.getState();
    const online = this.network.online;
    store.setConnection({
      status: online ? 'connecting' : 'offline',
      error: null,
      pending: [],
      outbox,
      outboxSaved: true,
    });
    const cached = device?.view ?? null;
    store.setSession({
      state: cached?.state ?? null,
      actor: cached?.actor ?? null,
      sessionId: cached?.sessionId ?? null,
    });
    this.socket = (transport.open ?? openServerSocket)(() => this.handshake(), online);
    this.commands = new CommandSender(this.socket, outbox, device !== null, (o) => this.outboxChanged(o));
    publishPending(outbox);
    this.keeper = device === null ? null : new DeviceKeeper(device.store, this.network);

    this.socket.on('connect', () => this.onConnect());
    this.socket.on('disconnect', (reason) => this.onDisconnect(reason));
    this.socket.on('connect_error', (err) => this.onConnectError(err));
    this.socket.on('welcome', (w) => this.onWelcome(w));
    this.socket.on('snapshot', receiveSnapshot);
    this.socket.on('batch', receiveBatch);
    this.socket.on('health', (h) => useStore.getState().setConnection({ writable: h.writable }));
    this.socket.on('presence', (p) => useStore.getState().setPresence(p));
    this.socket.on('cut-off', (reason) => {
      this.cutOff = true;
      useStore.getState().setConnection({ error: reason });
    });

    this.stops = [this.network.on('online', this.onBrowserOnline), this.network.on('offline', this.onBrowserOffline)];
  }

  /**
   * Send a command; resolves with the server's ack (also after a reconnect and a re-send). It
   * shows in the store's outbox at once.
   */
  send(draft: CommandDraft): Promise<CommandAck> {
    return this.commands.send(draft);
  }

  /** The author has seen (and copied) a refused command: let it go. */
  dismiss(id: string): void {
    this.commands.dismiss(id);
  }

  /** Theme suggestions (facilitators, docs/protocol.md); a question, so nothing waits in the outbox. */
  async suggest(): Promise<SuggestReply> {
    if (!this.socket.connected) return { ok: false, error: { code: 'UNAVAILABLE', message: 'not connected' } };
    try {
      return await this.socket.timeout(SUGGEST_TIMEOUT_MS).emitWithAck('suggest', {});
    } catch {
      return { ok: false, error: { code: 'UNAVAILABLE', message: 'no answer from the server' } };
    }
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    this.keeper?.close();
    for (const stop of this.stops) stop();
    this.socket.removeAllListeners();
    this.socket.disconnect();
    // The view is gone; a device outbox stays saved and is sent by the next page.
    this.commands.close();
  }

  private handshake(): Handshake {
    const state = useStore.getState().session.state;
    return { protocol: PROTOCOL_VERSION, credential: this.credential, lastVersion: state?.version ?? null };
  }

  /** The outbox changed: show it, and keep it on the device. */
  private outboxChanged(outbox: Outbox): void {
    publishPending(outbox);
    this.keeper?.outboxChanged(outbox);
  }

  private onConnect(): void {
    useStore.getState().setConnection({ status: 'online', error: null });
    this.commands.connected();
    void measureClockOffset(this.socket).then((offset) => {
      if (offset !== null && !this.closed) useStore.getState().setConnection({ clockOffset: offset });
    });
  }

  private onDisconnect(reason: string): void {
    if (this.closed) return;
    // Whatever was in flight may or may not have arrived: it goes again, with the same id.
    this.commands.dropped();
    useStore.getState().setConnection({ status: this.network.online ? 'reconnecting' : 'offline' });
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
      status: !this.network.online ? 'offline' : wasOnline ? 'reconnecting' : 'connecting',
      error: error?.code === 'RATE_LIMITED' ? error : null,
    });
    // A refusal by the server's middleware stops Socket.IO's own retries; a transport error does not.
    if (!this.socket.active) this.retryLater(error?.code === 'RATE_LIMITED' ? 10_000 : 2000);
  }

  private onWelcome(welcome: Welcome): void {
    if (welcome.deviceToken !== undefined && this.credential.kind === 'participant') {
      this.credential = { ...this.credential, deviceToken: welcome.deviceToken };
    }
    receiveWelcome(welcome);
    this.hooks.onWelcome?.(welcome);
  }

  private retryLater(ms: number): void {
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (!this.closed && !this.socket.connected && this.network.online) this.socket.connect();
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

function publishPending(outbox: Outbox): void {
  const pending = outbox.filter((e) => e.refused === null).map((e) => e.command.id);
  useStore.getState().setConnection({ pending, outbox });
}
