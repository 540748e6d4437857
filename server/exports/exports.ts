import { Piscina } from 'piscina';
import { type RenderArgs, renderReport } from './render';
import type { RenderTask } from './worker-task';

/**
 * The report exports, rendered off the event loop. A Word file or the printable page of a big
 * evening takes 80–270 ms of CPU; on the main thread that time is taken from every session's
 * acks. A pool of worker threads (piscina) renders them instead; the HTTP route awaits it.
 *
 * - `threads` workers (default 1: the machine has few cores and the sockets come first), started
 *   on the first export and stopped after a minute without one; 0 renders on the main thread
 *   (the benchmark's baseline).
 * - At most `maxQueue` exports wait for a worker; one more is refused with ExportBusyError.
 * - A worker that dies (a crash, its heap limit) fails only the export it was rendering, with
 *   ExportFailedError; the next export gets a fresh worker.
 */
export type ExportOptions = {
  threads?: number;
  maxQueue?: number;
  /** Heap limit of a worker in MB: a runaway export ends its worker, not the server. */
  heapMb?: number;
  /** The worker's entry; tests give one that wraps it with an injected fault. */
  worker?: URL;
};

export class ExportBusyError extends Error {
  readonly code = 'EXPORT_BUSY';
  constructor(queued: number) {
    super(`${queued} exports are waiting already; try again in a moment`);
    this.name = 'ExportBusyError';
  }
}

export class ExportFailedError extends Error {
  readonly code = 'EXPORT_FAILED';
  constructor(cause: unknown) {
    super('the export could not be made', { cause });
    this.name = 'ExportFailedError';
  }
}

export type ReportExports = {
  /** Text formats as a string, the Word file as a Buffer. Rejects with ExportBusyError or ExportFailedError. */
  render(...args: RenderArgs): Promise<string | Buffer>;
  close(): Promise<void>;
};

export const EXPORT_DEFAULTS = { threads: 1, maxQueue: 8, heapMb: 512 } as const;

export function openExports(options: ExportOptions = {}): ReportExports {
  const threads = options.threads ?? EXPORT_DEFAULTS.threads;
  const maxQueue = options.maxQueue ?? EXPORT_DEFAULTS.maxQueue;
  if (threads === 0) return inlineExports();
  const pool = new Piscina<RenderTask, string | Uint8Array>({
    filename: (options.worker ?? new URL('./worker.mjs', import.meta.url)).href,
    minThreads: 0,
    maxThreads: threads,
    idleTimeout: 60_000,
    maxQueue,
    // Below the sockets' thread in the scheduler: on a busy machine acks go first.
    niceIncrement: 5,
    resourceLimits: { maxOldGenerationSizeMb: options.heapMb ?? EXPORT_DEFAULTS.heapMb },
  });
  // A worker that dies with no export in hand is replaced on the next export; nothing to report.
  pool.on('error', () => {});
  return {
    async render(...[job, report]: RenderArgs) {
      // Checked here, synchronously before run(): piscina's own refusal is an untyped Error.
      if (pool.queueSize >= maxQueue) throw new ExportBusyError(pool.queueSize);
      let out: string | Uint8Array;
      try {
        out = await pool.run({ job, report } as RenderTask);
      } catch (error) {
        throw new ExportFailedError(error);
      }
      return typeof out === 'string' ? out : Buffer.from(out.buffer, out.byteOffset, out.byteLength);
    },
    close: () => pool.close({ force: true }),
  };
}

function inlineExports(): ReportExports {
  return {
    async render(...args) {
      const out = await renderReport(...args);
      return typeof out === 'string' ? out : Buffer.from(out);
    },
    close: async () => {},
  };
}
