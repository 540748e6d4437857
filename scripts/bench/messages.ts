import type { ByteCounts } from './bench-client';

/** What the conductor asks a load worker (child_process.fork, IPC). Every request gets one reply. */
export type Request =
  | {
      type: 'connect';
      url: string;
      count: number;
      /** Participants join with the code; a bare run connects plain sockets to the bare server. */
      joinCode: string | null;
      /** Index of this worker's first client over all workers, to spread picks evenly over the tables. */
      firstIndex: number;
      tableIds: string[];
      probe: boolean;
      concurrency: number;
      /** Tags the clients with their session when one worker holds phones of several sessions. */
      session?: string;
    }
  | { type: 'setup'; step: 'pick' | 'checkin' }
  | { type: 'phase'; phaseId: string }
  | { type: 'cards'; round: number; cards: { id: string; tableId: string; session?: string }[] }
  /** No highlights: sign-ups and profile changes only (several sessions, each with cards of its own). */
  | { type: 'load'; startAt: number; perSecond: number; count: number; highlights: string[]; groups: string[] }
  | { type: 'tick'; seq: number }
  | { type: 'report' }
  | { type: 'close' };

export type Latencies = { latencies: number[]; errors: Record<string, number> };

export type Reply =
  | { type: 'connect'; startedAt: number; readyTimes: number[]; failed: number }
  | ({ type: 'setup' } & Latencies)
  | { type: 'phase'; times: number[]; missing: number }
  | { type: 'cards'; receipts: [string, number][]; missing: number }
  | ({ type: 'load' } & Latencies)
  | { type: 'tick'; latencies: number[]; missing: number }
  | { type: 'report'; clients: number; disconnects: number; gaps: number; bytes: ByteCounts | null }
  | { type: 'close' };

/** The bare floor: what the conductor's driver socket asks the bare server, and what it broadcasts. */
export type Tick = { seq: number; t0: number; pad: string };

/** A participant's two tables, spread evenly: the k-th client overall starts at table k mod T. */
export function picksFor(index: number, tableIds: readonly string[]): string[] {
  const t = tableIds.length;
  if (t === 0) return [];
  const first = tableIds[index % t]!;
  if (t === 1) return [first];
  const step = Math.max(1, Math.floor(t / 3));
  return [first, tableIds[(index + step) % t]!];
}
