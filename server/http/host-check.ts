import net from 'node:net';
import type { RequestHandler } from 'express';
import type { ApiError } from '../../shared/protocol/api';
import { isLoopback } from './public-address';

/**
 * The host names this server answers to — closing DNS rebinding. A page of evil.example can make
 * its own name point at 192.168.1.23 (or 127.0.0.1) after loading; the browser then sends that
 * page's requests, with `Host: evil.example` and `Origin: http://evil.example`, to this server and
 * lets the page read the answers, since to the browser it is all one site. The origin check alone
 * passes that (Origin equals Host); only the name in Host gives it away.
 *
 * Accepted: the names the operator configured (PUBLIC_URL, ALLOWED_ORIGINS, a named HOST), this
 * computer's own name (and name.local, as mDNS gives it), localhost, and any IP address. An
 * address cannot be rebound — a page whose origin is an address was served from that address —
 * and an address that is not one of this computer's interfaces is still ours behind NAT or a
 * container's published port, which is where phones find it.
 */
export function hostNames(settings: {
  publicUrl: string | null;
  allowedOrigins: readonly string[];
  host: string;
  machine: string;
}): Set<string> {
  const names = new Set<string>();
  for (const origin of [settings.publicUrl, ...settings.allowedOrigins])
    if (origin) names.add(new URL(origin).hostname);
  if (!net.isIP(settings.host) && settings.host !== '') names.add(settings.host);
  if (settings.machine !== '') {
    names.add(settings.machine);
    names.add(`${settings.machine}.local`);
  }
  return new Set([...names].map(normal));
}

/** Whether a request's Host header names this server. No Host at all: no browser sent it. */
export function hostAllowed(host: string | undefined, names: ReadonlySet<string>): boolean {
  if (host === undefined) return true;
  let name: string;
  try {
    const url = new URL(`http://${host}`);
    // Nothing but host[:port]: "a@b" or "b/x" would parse, yet names no host of ours.
    if (url.href !== `${url.origin}/`) return false;
    name = url.hostname;
  } catch {
    return false;
  }
  if (net.isIP(name.replace(/^\[|\]$/g, '')) !== 0 || isLoopback(name)) return true;
  return names.has(normal(name));
}

const normal = (name: string) => name.toLowerCase().replace(/\.$/, '');

export const HOST_REFUSED =
  'this server does not answer to this host name: open it by its address, or add the name to PUBLIC_URL or ALLOWED_ORIGINS';

/** Every HTTP request (pages, API, the client's files) with a foreign Host is refused with 403. */
export function refuseForeignHosts(names: ReadonlySet<string>): RequestHandler {
  return (req, res, next) => {
    if (hostAllowed(req.headers.host, names)) return next();
    if (req.path.startsWith('/api/')) {
      const body: ApiError = { error: { code: 'FORBIDDEN', message: HOST_REFUSED } };
      res.status(403).json(body);
    } else res.status(403).type('text/plain').send(`403: ${HOST_REFUSED}\n`);
  };
}
