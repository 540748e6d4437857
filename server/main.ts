import { startServer } from './app';
import { configFromEnv } from './config';
import { RateLimiter } from './security/rate-limit';

const config = configFromEnv();
const perSecond = config.commandsPerSecond;
const server = await startServer({
  ...config,
  limits: { commandsPerConnection: () => new RateLimiter(perSecond * 3, perSecond) },
});
// Never the database URL itself: it may hold a password.
const where = config.databaseUrl === null ? config.dataDir : 'PostgreSQL (DATABASE_URL)';
console.log(`Tafelronde is running: open ${server.url} in a browser (data in ${where})`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void server.close().then(() => process.exit(0));
  });
}
