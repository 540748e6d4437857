import { startCluster } from '../../harness/cluster/cluster';
import { cpuSeconds, memoryMb, spawnServer } from './proc';

/** The server under test: one process, or several nodes behind nginx (with their PostgreSQL and Redis). */
export type Target = {
  url: string;
  nodes: number;
  /** CPU seconds of the server processes together (PostgreSQL, Redis and nginx not counted). */
  cpuSeconds(): number;
  /** Peak and current RSS in MB, summed over the server processes. */
  memoryMb(): { peak: number; current: number };
  stop(): Promise<void>;
};

export async function startTarget(options: { nodes: number; dataDir: string; clientDir: string }): Promise<Target> {
  // Load generators send faster than one person: lift the per-connection flood limit.
  const env = {
    CLIENT_DIR: options.clientDir,
    COMMANDS_PER_SECOND: '100000',
    SESSIONS_PER_HOUR: '100000',
    JOINS_PER_ADDRESS: '100000',
  };
  if (options.nodes <= 1) {
    const server = await spawnServer('server/main.ts', {
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: options.dataDir,
      ...env,
    });
    return {
      url: server.url,
      nodes: 1,
      cpuSeconds: () => cpuSeconds(server.pid),
      memoryMb: () => memoryMb(server.pid),
      stop: () => server.stop(),
    };
  }
  const cluster = await startCluster({ nodes: options.nodes, env });
  const pids = () => cluster.nodes.map((n) => n.pid).filter((pid) => pid > 0);
  return {
    url: cluster.url,
    nodes: options.nodes,
    cpuSeconds: () => pids().reduce((sum, pid) => sum + cpuSeconds(pid), 0),
    memoryMb: () =>
      pids()
        .map(memoryMb)
        .reduce((a, b) => ({ peak: a.peak + b.peak, current: a.current + b.current }), { peak: 0, current: 0 }),
    stop: () => cluster.stop(),
  };
}
