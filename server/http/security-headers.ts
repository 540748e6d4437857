import { createHash } from 'node:crypto';
import helmet from 'helmet';
import { CSS as REPORT_CSS } from '../../shared/report/html';

/**
 * The app's own pages load nothing from elsewhere and run no inline code, so the policy can say
 * "this server only" for every kind of resource. What is not plain 'self', and why:
 * - img-src data: — the QR codes for the join and host links are drawn as data: URLs
 *   (client/src/components/QrCode.tsx).
 * - connect-src 'self' covers the Socket.IO websocket: CSP 3 lets 'self' match ws: and wss: of
 *   this host, so no ws: scheme is opened to every host.
 * - worker-src 'self' — the host tablets' service worker (/host-sw.js) and the seating planner's
 *   Web Worker, which Vite emits as its own file under /assets.
 * - style-src has no 'unsafe-inline': React sets style props through the DOM (CSSOM), which CSP
 *   does not block; nothing in the client writes <style> or style="". The one inline <style>
 *   allowed, by its hash, is the printable report's: the cockpit and the desk open the report
 *   as a blob: URL, and a blob: document inherits the policy of the page that made it.
 *
 * Deliberately left out: upgrade-insecure-requests and Strict-Transport-Security. A venue LAN
 * often runs Tafelronde over plain http on an IP address; either header would send the phones to
 * an https that does not exist there. A deployment that terminates TLS adds HSTS at its proxy.
 * Cross-Origin-Embedder-Policy stays off: nothing here needs cross-origin isolation.
 */
export function securityHeaders() {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", `'sha256-${createHash('sha256').update(REPORT_CSS).digest('base64')}'`],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
  });
}
