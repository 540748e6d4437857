/**
 * How long a connection may take before the server closes it by itself. Node's own defaults let
 * a connection that never finishes its request headers stay for minutes (60 s header timeout,
 * checked every 30 s, and 300 s for a whole request), so a few thousand such connections from
 * one script would hold the server's sockets for good.
 */
export type HttpTimeouts = {
  /** All request headers, from the first byte: a phone sends them in one packet or two. */
  headersMs: number;
  /** The whole request with its body; the largest (LIMITS.messageBytes) takes seconds on venue Wi-Fi. */
  requestMs: number;
  /** A kept-alive connection waiting for its next request (Node's default; a page reuses it at once). */
  idleMs: number;
  /** How often Node looks for connections past the header and request timeouts. */
  checkEveryMs: number;
};

export const HTTP_TIMEOUTS: HttpTimeouts = {
  headersMs: 10_000,
  requestMs: 30_000,
  idleMs: 5_000,
  checkEveryMs: 2_000,
};

/** http.createServer's options for these timeouts. */
export function serverTimeouts(t: HttpTimeouts) {
  return {
    headersTimeout: t.headersMs,
    requestTimeout: t.requestMs,
    keepAliveTimeout: t.idleMs,
    connectionsCheckingInterval: t.checkEveryMs,
  };
}
