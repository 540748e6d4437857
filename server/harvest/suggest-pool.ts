import { Piscina } from 'piscina';
import type { SuggestInput, SuggestOutput } from '../../shared/harvest/suggest';
import type { SessionState } from '../../shared/model/session';
import { suggestInput } from './suggest-input';
import { suggestTask } from './suggest-task';

/**
 * Theme suggestions, made off the event loop. For 600 cards suggestThemes takes a good part of
 * the 200 ms budget of CPU; on the main thread that time is taken from every session's acks. A
 * pool of worker threads (piscina, as server/exports does) makes them instead.
 *
 * - `threads` workers (default 1: few cores, and the sockets come first), started on the first
 *   ask and stopped after a minute without one; 0 runs inline (tests, the benchmark's baseline).
 * - At most `maxQueue` rounds wait for a worker; one more is refused with SuggestBusyError.
 * - A worker that dies (a crash, its heap limit) fails only its round, with SuggestFailedError.
 * - Answers are kept per session: asked again at the same state version, or at a later version
 *   whose cards and themes are the same (a timer tick, a vote), the kept answer is given at once.
 */
export type SuggestPoolOptions = {
  threads?: number;
  maxQueue?: number;
  /** Heap limit of a worker in MB: a runaway round ends its worker, not the server. */
  heapMb?: number;
  /** Sessions whose last answer is kept; the least recently asked goes first. */
  sessions?: number;
  /** The worker's entry; tests may give another. */
  worker?: URL;
};

export class SuggestBusyError extends Error {
  readonly code = 'SUGGEST_BUSY';
  constructor(queued: number) {
    super(`${queued} rounds of suggestions are waiting already; try again in a moment`);
    this.name = 'SuggestBusyError';
  }
}

export class SuggestFailedError extends Error {
  readonly code = 'SUGGEST_FAILED';
  constructor(cause: unknown) {
    super('the suggestions could not be made', { cause });
    this.name = 'SuggestFailedError';
  }
}

export type SuggestPool = {
  /** The suggestions for this state of the session. Rejects with SuggestBusyError or SuggestFailedError. */
  suggest(state: SessionState): Promise<SuggestOutput>;
  /** The session left memory: its kept answer goes too. */
  forget(sessionId: string): void;
  /** Rounds actually computed (not answered from what was kept), for tests and the benchmark. */
  readonly rounds: number;
  close(): Promise<void>;
};

export const SUGGEST_POOL_DEFAULTS = { threads: 1, maxQueue: 16, heapMb: 512, sessions: 200 } as const;

type Kept = { version: number; fingerprint: string; answer: Promise<SuggestOutput> };

export function openSuggestPool(options: SuggestPoolOptions = {}): SuggestPool {
  const threads = options.threads ?? SUGGEST_POOL_DEFAULTS.threads;
  const maxQueue = options.maxQueue ?? SUGGEST_POOL_DEFAULTS.maxQueue;
  const keep = options.sessions ?? SUGGEST_POOL_DEFAULTS.sessions;
  const pool =
    threads === 0
      ? null
      : new Piscina<SuggestInput, SuggestOutput>({
          filename: (options.worker ?? new URL('./worker.mjs', import.meta.url)).href,
          minThreads: 0,
          maxThreads: threads,
          idleTimeout: 60_000,
          maxQueue,
          // Below the sockets' thread in the scheduler: on a busy machine acks go first.
          niceIncrement: 5,
          resourceLimits: { maxOldGenerationSizeMb: options.heapMb ?? SUGGEST_POOL_DEFAULTS.heapMb },
        });
  // A worker that dies with no round in hand is replaced on the next ask; nothing to report.
  pool?.on('error', () => {});
  const kept = new Map<string, Kept>();
  let rounds = 0;

  const run = async (input: SuggestInput): Promise<SuggestOutput> => {
    rounds++;
    try {
      return pool === null ? suggestTask(input) : await pool.run(input);
    } catch (error) {
      throw new SuggestFailedError(error);
    }
  };

  const remember = (sessionId: string, entry: Kept) => {
    // Re-inserted at the end: a Map's order is then "least recently asked first".
    kept.delete(sessionId);
    kept.set(sessionId, entry);
    while (kept.size > keep) kept.delete(kept.keys().next().value!);
  };

  return {
    suggest(state) {
      const before = kept.get(state.id);
      if (before?.version === state.version) {
        remember(state.id, before);
        return before.answer;
      }
      const input = suggestInput(state);
      // Cheap next to the clustering (a string of the cards' texts), and most new versions
      // (votes, timers, people joining) change no card.
      const fingerprint = JSON.stringify(input);
      if (before?.fingerprint === fingerprint) {
        remember(state.id, { ...before, version: state.version });
        return before.answer;
      }
      // Checked here, synchronously before run(): piscina's own refusal is an untyped Error.
      if (pool !== null && pool.queueSize >= maxQueue) return Promise.reject(new SuggestBusyError(pool.queueSize));
      const entry: Kept = { version: state.version, fingerprint, answer: run(input) };
      remember(state.id, entry);
      // A failed round is not kept: the next ask tries again.
      entry.answer.catch(() => {
        if (kept.get(state.id) === entry) kept.delete(state.id);
      });
      return entry.answer;
    },
    forget(sessionId) {
      kept.delete(sessionId);
    },
    get rounds() {
      return rounds;
    },
    close: async () => {
      kept.clear();
      await pool?.close({ force: true });
    },
  };
}
