import fs from 'node:fs';
import path from 'node:path';
import express, { type Router } from 'express';

/**
 * Serves the built client. Every non-API path gets index.html, so a reload on /join/ABC234 or a
 * scanned QR lands in the app. Hashed assets are cached for long; index.html never, so a new
 * deployment reaches phones at the next load.
 */
export function clientRouter(clientDir: string | null): Router {
  const router = express.Router();
  // sendFile needs an absolute path; a relative CLIENT_DIR is taken from the working directory.
  const index = clientDir === null ? null : path.resolve(clientDir, 'index.html');
  if (clientDir === null || index === null || !fs.existsSync(index)) {
    router.get('/{*path}', (_req, res) => {
      res.status(503).type('text/plain').send('The client is not built. Run `npm run build` (or `npm start`).');
    });
    return router;
  }
  router.use(
    '/assets',
    express.static(path.join(clientDir, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }),
  );
  router.use(express.static(clientDir, { index: false, maxAge: 0 }));
  router.get('/{*path}', (_req, res) => {
    res.set('Cache-Control', 'no-cache').sendFile(index);
  });
  return router;
}
