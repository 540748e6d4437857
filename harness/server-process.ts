import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The real server in its own process, as `npm start` runs it, so a test can kill it with SIGKILL
 * — no graceful shutdown, no flushing — and start it again on the same port and data directory.
 */
export class ServerProcess {
  private child: ChildProcess | null = null;
  port = 0;
  /** https when started with TLS_CERT/TLS_KEY: read from its start-up line. */
  scheme: 'http' | 'https' = 'http';
  readonly dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tafelronde-crash-'));

  /**
   * `env` adds to the server's environment (a cluster node's DATABASE_URL and REDIS_URL).
   * `nodeArgs` go after tsx, before the server (the soak's `--expose-gc` and heap probe, which answers
   * over the IPC channel `ipc` opens).
   */
  constructor(
    private readonly env: NodeJS.ProcessEnv = {},
    private readonly options: { nodeArgs?: string[]; ipc?: boolean } = {},
  ) {}

  /** Sends `message` over the IPC channel and resolves with the first answer. */
  ask<T>(message: unknown): Promise<T> {
    const child = this.child;
    if (child === null || !child.connected) return Promise.reject(new Error('no IPC channel to the server'));
    return new Promise((resolve) => {
      child.once('message', (answer) => resolve(answer as T));
      child.send(message as string);
    });
  }

  /** The running server's process id, for reading its memory from /proc. */
  get pid(): number {
    return this.child?.pid ?? -1;
  }

  get url(): string {
    return `${this.scheme}://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const args = ['--import', 'tsx', ...(this.options.nodeArgs ?? []), 'server/main.ts'];
    const child = spawn(process.execPath, args, {
      env: {
        ...process.env,
        PORT: String(this.port),
        HOST: '127.0.0.1',
        DATA_DIR: this.dataDir,
        COMMANDS_PER_SECOND: '1000',
        // Hundreds of test phones share 127.0.0.1; a venue's limit is tested in door.test.ts.
        JOINS_PER_ADDRESS: '100000',
        ...this.env,
      },
      stdio: this.options.ipc ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    let errors = '';
    child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    await new Promise<void>((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${errors}`)));
      child.stdout?.on('data', (chunk: Buffer) => {
        const found = /(?:open|Local:)\s+(https?):\/\/127\.0\.0\.1:(\d+)/.exec(chunk.toString());
        if (found?.[2] !== undefined) {
          this.scheme = found[1] === 'https' ? 'https' : 'http';
          this.port = Number(found[2]);
          resolve();
        }
      });
    });
  }

  /** Kills the process at once and waits until it is gone. */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const child = this.child;
    if (child === null || child.exitCode !== null || child.signalCode !== null) return;
    const gone = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await gone;
    this.child = null;
  }

  async cleanup(): Promise<void> {
    await this.kill();
    fs.rmSync(this.dataDir, { recursive: true, force: true });
  }
}
