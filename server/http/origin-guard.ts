import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from 'express';
import type { ApiError } from '../../shared/protocol/api';
import { HOST_REFUSED, hostAllowed } from './host-check';
import { originAllowed } from './origin';

const REFUSED = 'this server does not take requests from pages of other sites (see ALLOWED_ORIGINS)';

/**
 * REST: a page of another site may not change anything here. Express sends no CORS headers, so
 * such a page can read nothing, but a browser still delivers a "simple" cross-site POST (a form,
 * or fetch with a text body) before asking anyone — that is what this refuses. Reading (GET,
 * HEAD, OPTIONS) is left alone: the same-origin policy already keeps the answer from the page.
 */
export function refuseCrossSiteWrites(allowed: readonly string[]): RequestHandler {
  return (req, res, next) => {
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return next();
    if (originAllowed(req.headers.origin, req.headers.host, allowed)) return next();
    const body: ApiError = { error: { code: 'FORBIDDEN', message: REFUSED } };
    res.status(403).json(body);
  };
}

/**
 * Socket.IO's allowRequest: a websocket is not bound by the same-origin policy, so without this
 * check any page a participant visits could open a connection to the venue's server. The refused
 * handshake answers 403 (polling) or 400 (websocket) with the reason, and the log says which page
 * it was, so a proxy that rewrites Host is quick to find.
 */
export function socketOriginCheck(
  allowed: readonly string[],
  hostNames: ReadonlySet<string>,
  log: (message: string) => void,
) {
  return (req: IncomingMessage, callback: (error: string | null | undefined, success: boolean) => void): void => {
    const { origin, host } = req.headers;
    // The handshake reaches Socket.IO before Express, so the host check of every request is repeated here.
    if (!hostAllowed(host, hostNames)) {
      log(`refused a live connection for the host name ${JSON.stringify(host)}: not one of this server's names`);
      callback(HOST_REFUSED, false);
      return;
    }
    if (originAllowed(origin, host, allowed)) {
      callback(null, true);
      return;
    }
    log(
      `refused a live connection from the page ${JSON.stringify(origin)}: not this server's host ${JSON.stringify(host)} nor in ALLOWED_ORIGINS`,
    );
    callback(REFUSED, false);
  };
}
