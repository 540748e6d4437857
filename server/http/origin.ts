/**
 * Which web pages may talk to this server: its own, and those listed in ALLOWED_ORIGINS.
 *
 * A browser names the page behind every websocket handshake and every cross-site POST in the
 * Origin header, and a page cannot forge it (nor the Host header it is compared with). Without
 * an Origin the caller is no browser page (a native client, curl, the tests): no page of another
 * site can act through it, so it is let through.
 *
 * The page's scheme is not compared with ours: TLS often ends at a proxy that forwards Host, so
 * the server cannot tell http from https, and whoever serves this host name is this server.
 */
export function originAllowed(
  origin: string | undefined,
  host: string | undefined,
  allowed: readonly string[],
): boolean {
  if (origin === undefined) return true;
  const page = webOrigin(origin);
  if (page === null) return false; // "null" (a sandboxed frame, a file) or not a web page at all
  if (allowed.includes(page.origin)) return true;
  return host !== undefined && sameHost(page, host);
}

/** The page's host and port against the Host header; no port in Host means the scheme's default. */
function sameHost(page: URL, host: string): boolean {
  let target: URL;
  try {
    target = new URL(`${page.protocol}//${host}`);
  } catch {
    return false;
  }
  // Nothing but host[:port] in Host: "a@b" or "b/x" would parse, yet names no host of ours.
  return target.origin === page.origin && target.href === `${target.origin}/`;
}

/** An http(s) origin — scheme, host and port, nothing more — or null. */
export function webOrigin(text: string): URL | null {
  try {
    const url = new URL(text);
    const web = url.protocol === 'http:' || url.protocol === 'https:';
    return web && url.href === `${url.origin}/` ? url : null;
  } catch {
    return null;
  }
}

/**
 * ALLOWED_ORIGINS: comma-separated origins (https://cafe.example.org) that may also talk to this
 * server — needed behind a proxy that does not pass the browser's Host on. A typo is refused at
 * start rather than silently never matching.
 */
export function parseAllowedOrigins(raw: string | undefined): string[] {
  const items = (raw ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return items.map((item) => {
    const url = webOrigin(item);
    if (url === null) {
      throw new Error(
        `ALLOWED_ORIGINS: "${item}" is not an origin like https://cafe.example.org (scheme, host and port only)`,
      );
    }
    return url.origin;
  });
}
