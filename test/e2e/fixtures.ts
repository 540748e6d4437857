import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base } from '@playwright/test';
import { startServer, type ServerOptions } from '../../server/app';
import { smtpInbox } from '../support/smtp-inbox';

type Inbox = Awaited<ReturnType<typeof smtpInbox>>;
type Fixtures = {
  /** A real Tafelronde server on a free port with a fresh data directory; `baseURL` points at it. */
  server: { url: string };
  /** With `withMail`: a real SMTP server on 127.0.0.1 the test server sends its mail to; else null. */
  inbox: Inbox | null;
};
type Options = {
  /** Settings a spec gives its servers (`test.use({ serverOptions: { publicUrl } })`). */
  serverOptions: Partial<Pick<ServerOptions, 'publicUrl'>>;
  /** The server sends e-mail, to `inbox` (`test.use({ withMail: true })`). */
  withMail: boolean;
};

/**
 * Each test gets its own server in this process, serving the built client (run `vite build`
 * first; `npm test` does). A fresh temp DATA_DIR keeps tests independent; it is removed after.
 */
export const test = base.extend<Fixtures & Options>({
  serverOptions: [{}, { option: true }],
  withMail: [false, { option: true }],
  inbox: async ({ withMail }, use) => {
    if (!withMail) return use(null);
    const inbox = await smtpInbox();
    try {
      await use(inbox);
    } finally {
      await inbox.close();
    }
  },
  server: async ({ serverOptions, inbox }, use) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'tafelronde-e2e-'));
    const running = await startServer({
      port: 0,
      host: '127.0.0.1',
      dataDir,
      // Absolute: express's sendFile refuses a relative path (server/http/static.ts does not resolve it).
      clientDir: resolve('dist/client'),
      log: () => undefined,
      ...(inbox === null ? {} : { mail: { smtpUrl: inbox.url, from: 'Wijkcafé <cafe@example.org>' } }),
      ...serverOptions,
    });
    try {
      await use({ url: running.url });
    } finally {
      await running.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  },
  baseURL: async ({ server }, use) => {
    await use(server.url);
  },
});

export { expect } from '@playwright/test';
