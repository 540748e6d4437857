import { type ChildProcess, fork } from 'node:child_process';
import path from 'node:path';
import type { Reply, Request } from './messages';
import { cpuSeconds } from './proc';

/** The forked load workers, each answering its requests in order. */
export class Workers {
  private readonly procs: ChildProcess[] = [];
  private readonly pending: ((reply: Reply) => void)[][] = [];

  constructor(count: number) {
    for (let i = 0; i < count; i++) {
      const child = fork(path.join(import.meta.dirname, 'worker.ts'), [], {
        execArgv: ['--import', 'tsx'],
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      const queue: ((reply: Reply) => void)[] = [];
      child.on('message', (reply: Reply) => queue.shift()?.(reply));
      child.on('exit', (code) => {
        if (code !== 0 && queue.length > 0) throw new Error(`bench worker ${i} exited with ${code}`);
      });
      this.procs.push(child);
      this.pending.push(queue);
    }
  }

  get size(): number {
    return this.procs.length;
  }

  /** CPU seconds all workers have used so far. */
  cpuSeconds(): number {
    return this.procs.reduce((sum, p) => sum + (p.exitCode === null && p.pid !== undefined ? cpuSeconds(p.pid) : 0), 0);
  }

  /** The reply to a request has the request's type (see messages.ts). */
  ask<R extends Request>(i: number, request: R): Promise<Extract<Reply, { type: R['type'] }>> {
    return new Promise((resolve) => {
      this.pending[i]!.push(resolve as (reply: Reply) => void);
      this.procs[i]!.send(request);
    });
  }

  all<R extends Request>(request: (i: number) => R): Promise<Extract<Reply, { type: R['type'] }>[]> {
    return Promise.all(this.procs.map((_, i) => this.ask(i, request(i))));
  }

  async close(): Promise<void> {
    await this.all(() => ({ type: 'close' }));
    await Promise.all(
      this.procs.map((p) => (p.exitCode !== null ? null : new Promise((resolve) => p.once('exit', resolve)))),
    );
  }
}
