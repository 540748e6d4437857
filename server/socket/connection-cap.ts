import type { IncomingMessage } from 'node:http';
import type { CommandError } from '../../shared/protocol/errors';
import type { Conn, Io } from './types';

/**
 * Live connections one address may hold on this server (CONNECTIONS_PER_ADDRESS). A venue's
 * phones often share one public address, so the default is sized for 2000 phones behind one NAT:
 * each holds one connection, two for up to 30 s after a Wi-Fi drop (the dead one lingers for
 * pingInterval + pingTimeout while the phone opens a new one) or with the app in two tabs, plus
 * about a hundred host tablets, screens and facilitators: 2 × 2000 + 100 < 5000.
 */
export const CONNECTIONS_PER_ADDRESS = 5000;

/** Past the cap a few more transports may open, long enough to hear why they are refused. */
export const graceOver = (cap: number) => Math.max(10, Math.ceil(cap / 10));

export const overCap = (cap: number): CommandError => ({
  code: 'RATE_LIMITED',
  message: `too many live connections from your address (${cap} at once); close a few tabs or wait a minute`,
});

type Transport = Conn['conn'];
type Middleware = Parameters<Io['use']>[0];

/** Counts per address; an entry goes when its count does, so the map holds open addresses only. */
class Counts {
  private readonly counts = new Map<string, number>();
  private readonly held = new WeakMap<Transport, string>();
  of = (address: string) => this.counts.get(address) ?? 0;
  holds = (conn: Transport) => this.held.has(conn);
  addressOf = (conn: Transport) => this.held.get(conn);
  add(conn: Transport, address: string): void {
    this.held.set(conn, address);
    this.counts.set(address, this.of(address) + 1);
  }
  release(conn: Transport): void {
    const address = this.held.get(conn);
    if (address === undefined) return;
    this.held.delete(conn);
    const left = this.of(address) - 1;
    if (left <= 0) this.counts.delete(address);
    else this.counts.set(address, left);
  }
}

/**
 * The per-address cap on live connections, counted by the client address the app resolves
 * (TRUST_PROXY). Two counts, both released the moment they end:
 *
 * - joined sessions, at most `perAddress`: `check` refuses a handshake over the cap before any
 *   lookup, `take` (after the gateway's handshake) checks again and counts it, synchronously, so
 *   a burst of handshakes cannot overshoot. The refusal is a typed connect_error (`overCap`),
 *   which the app shows and retries after a while; released on disconnect or when the transport
 *   closes.
 * - open Engine.IO transports, joined or not, at most `perAddress` + grace: `admits` is for
 *   allowRequest. Transports that never join cannot get round the cap: Socket.IO's connectTimeout
 *   closes them, and past the grace the transport itself is refused, without a reason a page
 *   could show — only a client that ignores its typed refusal gets there.
 */
export function connectionCap(options: { perAddress: number; addressOf: (request: IncomingMessage) => string }): {
  admits(request: IncomingMessage): boolean;
  /** For io.engine's 'connection': counts the transport until it closes. */
  track(conn: Transport): void;
  check: Middleware;
  take: Middleware;
  refusal: CommandError;
} {
  const cap = options.perAddress;
  const transports = new Counts();
  const joined = new Counts();
  const refusal = overCap(cap);
  const refuse = () => Object.assign(new Error(refusal.message), { data: refusal });

  // The address as it was resolved when the transport opened, so both counts agree.
  const addressOf = (socket: Parameters<Middleware>[0]) =>
    transports.addressOf(socket.conn) ?? options.addressOf(socket.request);
  const over = (socket: Parameters<Middleware>[0]) => !joined.holds(socket.conn) && joined.of(addressOf(socket)) >= cap;

  return {
    admits: (request) => transports.of(options.addressOf(request)) < cap + graceOver(cap),
    track: (conn) => {
      transports.add(conn, options.addressOf(conn.request));
      conn.once('close', () => {
        transports.release(conn);
        joined.release(conn);
      });
    },
    check: (socket, next) => (over(socket) ? next(refuse()) : next()),
    take: (socket, next) => {
      if (over(socket)) return next(refuse());
      if (!joined.holds(socket.conn)) joined.add(socket.conn, addressOf(socket));
      // Released before the gateway hears of the disconnect: the place is free for the next one.
      socket.once('disconnect', () => joined.release(socket.conn));
      next();
    },
    refusal,
  };
}
