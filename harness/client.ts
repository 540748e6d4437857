import { nanoid } from 'nanoid';
import { io, type Socket } from 'socket.io-client';
import type { SessionState } from '../shared/model/session';
import type { CommandInput } from '../shared/protocol/commands';
import type { CommandError } from '../shared/protocol/errors';
import type { Batch } from '../shared/protocol/events';
import type { ClientToServer, CommandAck, Credential, ServerToClient, Welcome } from '../shared/protocol/socket';
import { PROTOCOL_VERSION } from '../shared/protocol/version';
import { applyBatch } from '../shared/rules/apply';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type NewCommand = DistributiveOmit<CommandInput, 'id'>;

/**
 * A real socket.io-client that keeps its role's view the way the app does: snapshot, then
 * batches in version order, asking to sync when it sees a gap. Tests wait on its events.
 */
export class TestClient {
  readonly socket: Socket<ServerToClient, ClientToServer>;
  state: SessionState | null = null;
  welcome: Welcome | null = null;
  private waiters: { check: () => boolean; resolve: () => void }[] = [];

  constructor(
    url: string,
    public credential: Credential,
    options: { autoConnect?: boolean; ca?: string } = {},
  ) {
    this.socket = io(url, {
      transports: ['websocket'],
      // wss to a server whose certificate a test CA signed: trust that CA, as a phone would.
      ...(options.ca === undefined ? {} : { ca: options.ca }),
      reconnectionDelay: 50,
      reconnectionDelayMax: 200,
      autoConnect: options.autoConnect ?? true,
      auth: (cb) =>
        cb({ protocol: PROTOCOL_VERSION, credential: this.credential, lastVersion: this.state?.version ?? null }),
    });
    this.socket.on('welcome', (w) => {
      this.welcome = w;
      // A new participant keeps the token like a phone does, and rejoins with it.
      if (w.deviceToken !== undefined && this.credential.kind === 'participant') {
        this.credential = { ...this.credential, deviceToken: w.deviceToken };
      }
      this.changed();
    });
    this.socket.on('snapshot', (s) => {
      this.state = s;
      this.changed();
    });
    this.socket.on('batch', (b: Batch) => {
      // Batches come in order; versions with nothing for this client are skipped.
      if (this.state === null || b.v <= this.state.version) return;
      this.state = applyBatch(this.state, b);
      this.changed();
    });
  }

  private changed(): void {
    this.waiters = this.waiters.filter((w) => {
      if (!w.check()) return true;
      w.resolve();
      return false;
    });
  }

  /** Resolves when `check` holds (checked now and after every update); no sleeps. */
  until(check: (state: SessionState) => boolean, what = 'condition'): Promise<void> {
    const test = () => this.state !== null && check(this.state);
    if (test()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      // Only a guard against hanging forever: a loaded CI machine may be slow, never wrong.
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), 60_000);
      this.waiters.push({ check: test, resolve: () => (clearTimeout(timer), resolve()) });
    });
  }

  ready(): Promise<void> {
    return this.until(() => this.welcome !== null, 'welcome');
  }

  atVersion(v: number): Promise<void> {
    return this.until((s) => s.version >= v, `version ${v}`);
  }

  /**
   * Sends a command and, like the app, sends it again with the same id when the connection drops
   * before the ack: the server applies an id once and acknowledges every retry.
   */
  async send(command: NewCommand, id: string = nanoid()): Promise<CommandAck> {
    for (let attempt = 0; attempt < 20; attempt++) {
      if (!this.socket.connected) await new Promise((resolve) => this.socket.once('connect', () => resolve(undefined)));
      try {
        return await this.socket.timeout(10_000).emitWithAck('command', { ...command, id });
      } catch (error) {
        if (this.socket.connected && !String(error).includes('disconnected')) throw error;
      }
    }
    throw new Error(`${command.type} was never acknowledged`);
  }

  /** Sends and fails the test on an error ack. */
  async ok(command: NewCommand): Promise<number> {
    const ack = await this.send(command);
    if (!ack.ok) throw new Error(`${command.type} refused: ${ack.error.code} ${ack.error.message}`);
    return ack.v;
  }

  async refused(command: unknown): Promise<CommandError> {
    const ack = await this.socket.timeout(10_000).emitWithAck('command', command);
    if (ack.ok) throw new Error('expected a refusal');
    return ack.error;
  }

  close(): void {
    this.socket.close();
  }
}

export function connectError(url: string, auth: unknown): Promise<{ code?: string; message: string }> {
  return new Promise((resolve, reject) => {
    const socket = io(url, { transports: ['websocket'], reconnection: false, auth: auth as Record<string, unknown> });
    socket.on('connect', () => {
      socket.close();
      reject(new Error('connected, expected a refusal'));
    });
    socket.on('connect_error', (error: Error & { data?: { code: string } }) => {
      socket.close();
      resolve({ code: error.data?.code, message: error.message });
    });
  });
}

/** A TestClient that keeps every message it received, raw, to prove what never reached it. */
export class Recorder extends TestClient {
  readonly wire: string[] = [];
  constructor(...args: ConstructorParameters<typeof TestClient>) {
    super(...args);
    this.socket.onAny((_event: string, ...payload: unknown[]) => this.wire.push(JSON.stringify(payload)));
  }
  /** Whether any message so far contained `text`. */
  heard(text: string): boolean {
    return this.wire.some((m) => m.includes(text));
  }
}
