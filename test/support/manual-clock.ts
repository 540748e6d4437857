import type { Clock } from '../../server/clock';

/**
 * A clock that stands still until the test moves it: `advance` runs the timers that fall due, in
 * the order they are due, each seeing `now` at its own instant. A server given this clock never
 * waits a real second for a heartbeat or an idle room.
 */
export class ManualClock implements Clock {
  private at: number;
  private readonly timers = new Set<{ due: number; run: () => void }>();

  constructor(start = 1_000_000) {
    this.at = start;
  }

  now(): number {
    return this.at;
  }

  after(ms: number, run: () => void): () => void {
    const timer = { due: this.at + Math.max(0, ms), run };
    this.timers.add(timer);
    return () => this.timers.delete(timer);
  }

  /** Timers set and neither run nor cancelled. */
  get pending(): number {
    return this.timers.size;
  }

  advance(ms: number): void {
    const until = this.at + ms;
    for (;;) {
      let first: { due: number; run: () => void } | undefined;
      for (const t of this.timers) if (t.due <= until && (first === undefined || t.due < first.due)) first = t;
      if (first === undefined) break;
      this.timers.delete(first);
      this.at = first.due;
      first.run();
    }
    this.at = until;
  }
}
