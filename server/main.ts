import { startServer } from './app';
import { type Config, configFromEnv } from './config';
import { RateLimiter } from './security/rate-limit';

let config: Config;
try {
  config = configFromEnv(process.env, process.argv.slice(2));
} catch (error) {
  // A setting that is wrong is the operator's to fix: its message, not a stack trace.
  console.error(`Tafelronde cannot start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const perSecond = config.commandsPerSecond;
const server = await startServer({
  ...config,
  exports: { threads: config.exportThreads },
  limits: { commandsPerConnection: () => new RateLimiter(perSecond * 3, perSecond) },
});
// Never the database URL itself: it may hold a password.
const where = config.databaseUrl === null ? config.dataDir : 'PostgreSQL (DATABASE_URL)';
const address = server.address();
const lines = [`Tafelronde is running (data in ${where})`, `  Local:    ${address.local}`];
for (const url of address.network) lines.push(`  Network:  ${url}`);
if (address.source === 'public-url') lines.push(`  QR codes and links: ${address.url} (PUBLIC_URL)`);
else if (address.reachable) lines.push(`  QR codes and links: ${address.url}`);
else
  lines.push(
    '  Network:  none. Only this computer can open it: phones in the room cannot join.',
    '            For the room: npm run start:lan (or HOST=0.0.0.0 npm start)',
  );
// Only the mail server's host: SMTP_URL may hold a password.
lines.push(
  config.mail === null
    ? '  Mail:     off (set SMTP_URL and MAIL_FROM to send e-mail to registered people)'
    : `  Mail:     via ${new URL(config.mail.smtpUrl).host}, from ${config.mail.from}`,
);
console.log(lines.join('\n'));

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void server.close().then(() => process.exit(0));
  });
}
