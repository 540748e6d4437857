import { startServer } from './app';
import { configFromEnv } from './config';

const config = configFromEnv();
const server = await startServer({ ...config, clientDir: config.clientDir });
console.log(`Tafelronde is running: open ${server.url} in a browser (data in ${config.dataDir})`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void server.close().then(() => process.exit(0));
  });
}
