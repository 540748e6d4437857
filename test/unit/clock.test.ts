import { afterEach, describe, expect, it, vi } from 'vitest';
import { systemClock } from '../../server/clock';
import { ManualClock } from '../support/manual-clock';

describe('systemClock.after', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each([
    { name: 'a short delay', ms: 1000 },
    // setTimeout alone fires a delay past 2^31−1 ms at once: ROOM_IDLE_MINUTES=100000 would unload every room.
    { name: 'a delay longer than setTimeout takes', ms: 2 ** 31 + 60_000 },
    { name: 'several times that', ms: 3 * 2 ** 31 },
  ])('$name runs once, when it is due', ({ ms }) => {
    vi.useFakeTimers();
    const run = vi.fn();
    systemClock.after(ms, run);
    vi.advanceTimersByTime(ms - 1);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10 * ms);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('a cancelled long delay never runs', () => {
    vi.useFakeTimers();
    const run = vi.fn();
    const cancel = systemClock.after(2 ** 31 + 60_000, run);
    vi.advanceTimersByTime(2 ** 31);
    cancel();
    vi.advanceTimersByTime(2 ** 32);
    expect(run).not.toHaveBeenCalled();
  });
});

describe('ManualClock', () => {
  it('runs what falls due in order, each at its own instant, and nothing cancelled', () => {
    const clock = new ManualClock(0);
    const seen: string[] = [];
    clock.after(300, () => seen.push(`c@${clock.now()}`));
    clock.after(100, () => {
      seen.push(`a@${clock.now()}`);
      clock.after(50, () => seen.push(`a2@${clock.now()}`));
    });
    const cancel = clock.after(200, () => seen.push('cancelled'));
    cancel();
    clock.advance(250);
    expect(seen).toEqual(['a@100', 'a2@150']);
    expect(clock.now()).toBe(250);
    expect(clock.pending).toBe(1);
    clock.advance(50);
    expect(seen).toEqual(['a@100', 'a2@150', 'c@300']);
    expect(clock.pending).toBe(0);
  });
});
