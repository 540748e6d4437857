import { randomUUID } from 'node:crypto';
import { ServerProcess } from '../server-process';
import { startNginx } from './nginx';
import { type Service, startPostgres, startRedis } from './services';

export type ClusterOptions = {
  /** How many server processes; 3 by default. */
  nodes?: number;
  /** PostgreSQL for every node; TEST_DATABASE_URL, else a throwaway one of its own. */
  databaseUrl?: string;
  /** Redis for every node; TEST_REDIS_URL, else a throwaway one of its own. */
  redisUrl?: string;
  /** More environment for every node (e.g. COMMANDS_PER_SECOND). */
  env?: NodeJS.ProcessEnv;
};

export type Cluster = {
  /** nginx in front of every node: what phones would use. */
  url: string;
  /** Each node directly, in order. */
  nodeUrls: string[];
  /** The node processes (pid for /proc figures; a killed one has pid -1). */
  nodes: ServerProcess[];
  /** Kills node `i` with SIGKILL: no goodbye to its clients, to Redis or to PostgreSQL. */
  kill(i: number): Promise<void>;
  /** Stops nginx, the nodes, and the PostgreSQL and Redis it started itself. */
  stop(): Promise<void>;
};

/**
 * Several Tafelronde nodes on one PostgreSQL and one Redis, behind nginx with the sample
 * configuration (deploy/nginx.conf), everything on 127.0.0.1. For the cluster tests and for
 * `npm run bench -- --nodes 3`. The nodes share a Redis key prefix of their own, so clusters
 * started one after another (or at once) on one Redis never hear each other or share limits.
 */
export async function startCluster(options: ClusterOptions = {}): Promise<Cluster> {
  const stops: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    for (const stop of stops.splice(0).reverse())
      await stop().catch((error: unknown) => console.error(`cluster: stopping failed: ${String(error)}`));
  };
  try {
    const own = async (start: () => Promise<Service>): Promise<string> => {
      const service = await start();
      stops.push(() => service.stop());
      return service.url;
    };
    const [databaseUrl, redisUrl] = await Promise.all([
      options.databaseUrl ?? process.env['TEST_DATABASE_URL'] ?? own(startPostgres),
      options.redisUrl ?? process.env['TEST_REDIS_URL'] ?? own(startRedis),
    ]);
    // nginx on loopback names each client in X-Forwarded-For: the per-address limits use that.
    const env = {
      TRUST_PROXY: 'loopback',
      ...options.env,
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl,
      REDIS_PREFIX: `tafelronde-${randomUUID()}:`,
    };
    const nodes = Array.from({ length: options.nodes ?? 3 }, () => new ServerProcess(env));
    stops.push(async () => {
      await Promise.all(nodes.map((n) => n.kill('SIGTERM')));
      await Promise.all(nodes.map((n) => n.cleanup()));
    });
    // Killed with the test process if it dies before stop(): no node outlives its run.
    const orphans = () => nodes.forEach((n) => void n.kill('SIGKILL'));
    process.once('exit', orphans);
    stops.push(async () => void process.off('exit', orphans));
    await Promise.all(nodes.map((n) => n.start()));
    const nginx = await startNginx(nodes.map((n) => n.port));
    stops.push(() => nginx.stop());
    return {
      url: nginx.url,
      nodeUrls: nodes.map((n) => n.url),
      nodes,
      kill: (i) => {
        const node = nodes[i];
        if (node === undefined) throw new Error(`there is no node ${i}`);
        return node.kill('SIGKILL');
      },
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
