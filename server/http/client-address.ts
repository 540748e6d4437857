import type { IncomingMessage } from 'node:http';
import proxyAddr from 'proxy-addr';

/**
 * Which proxies may tell us the client's address (TRUST_PROXY, in Express's "trust proxy"
 * syntax: `loopback`, `10.0.0.0/8`, a comma-separated list). Behind nginx every connection
 * comes from nginx, so without this the per-address limits would count a whole deployment as
 * one address — thirty wrong join codes from anyone would then stop every join. Nobody else is
 * believed: an X-Forwarded-For from a phone directly is ignored.
 */
export function clientAddress(trustProxy: string | null): (request: IncomingMessage) => string {
  if (trustProxy === null) return (request) => request.socket.remoteAddress ?? '';
  const trust = proxyAddr.compile(
    trustProxy
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== ''),
  );
  return (request) => proxyAddr(request, trust);
}
