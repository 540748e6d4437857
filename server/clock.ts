/**
 * Where the server reads the time and sets its timers: the version heartbeat, a room's idle
 * countdown. Injected, so a test moves time on by hand instead of waiting for it.
 */
export interface Clock {
  now(): number;
  /** Runs `run` once, `ms` from now; the returned function cancels it. Never keeps the process alive. */
  after(ms: number, run: () => void): () => void;
}

/** setTimeout's longest delay (about 24.8 days); a longer one would fire at once. */
const LONGEST_MS = 2 ** 31 - 1;

export const systemClock: Clock = {
  now: () => Date.now(),
  after(ms, run) {
    let timer: NodeJS.Timeout;
    const arm = (left: number) => {
      timer = setTimeout(() => (left > LONGEST_MS ? arm(left - LONGEST_MS) : run()), Math.min(left, LONGEST_MS));
      timer.unref();
    };
    arm(ms);
    return () => clearTimeout(timer);
  },
};

/** A clock whose `now` is given (older options and tests pass only that), with real timers. */
export function clockOf(time: Clock | (() => number) | undefined): Clock {
  if (time === undefined) return systemClock;
  if (typeof time !== 'function') return time;
  return { now: time, after: systemClock.after };
}
