import { describe, expect, it } from 'vitest';
import { newSessionState, type SessionState } from '../../../shared/model/session';
import { templateSetup } from '../../../shared/templates';
import { clockOf, lastStart, plannedInstant, scheduleNow } from '../../../client/src/views/facilitator/schedule';

const at = (date: string, clock: string) => {
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi] = clock.split(':').map(Number);
  return new Date(y!, mo! - 1, d!, h!, mi!).getTime();
};

/** The reference evening on 2026-03-12, with phases started at the given clock times. */
function evening(
  starts: [phaseIndex: number, clock: string, day?: string][],
  date: string | null = '2026-03-12',
): SessionState {
  const state = newSessionState({
    id: 's',
    joinCode: 'ABCDEF',
    setup: templateSetup('world-cafe-evening', 'nl'),
    now: 0,
  });
  state.date = date;
  for (const [i, clock, day] of starts) {
    const phase = state.agenda[i]!;
    state.phaseLog.push({ phaseId: phase.id, startedAt: at(day ?? date ?? '2026-03-12', clock) });
    state.currentPhaseId = phase.id;
    state.status = 'live';
  }
  return state;
}

describe('plannedInstant', () => {
  it.each([
    // date, planned, actually started, expected
    ['2026-03-12', '19:40', ['2026-03-12', '18:31'], ['2026-03-12', '19:40']],
    // No date: the day the evening started.
    [null, '19:40', ['2026-03-12', '18:31'], ['2026-03-12', '19:40']],
    // A rehearsal two days early: planned on the rehearsal's day, not 2 days behind.
    ['2026-03-12', '21:15', ['2026-03-10', '14:02'], ['2026-03-10', '21:15']],
  ] as const)('%s %s, started %j → %j', (date, clock, [sd, sc], [ed, ec]) => {
    expect(plannedInstant(date, clock, at(sd, sc))).toBe(at(ed, ec));
  });
});

describe('scheduleNow', () => {
  // The template: walk-in 18:30 (30), plenary 19:00 (30), break 19:30 (10), round 1 19:40 (45)…
  it.each([
    ['on time, mid-phase', [[0, '18:30']], '18:40', 0],
    [
      'plenary started 12 minutes late',
      [
        [0, '18:30'],
        [1, '19:12'],
      ],
      '19:15',
      12,
    ],
    [
      'plenary started 5 minutes early',
      [
        [0, '18:30'],
        [1, '18:55'],
      ],
      '19:00',
      -5,
    ],
    // Started on time but still running 8 minutes past its planned end.
    [
      'running over',
      [
        [0, '18:30'],
        [1, '19:00'],
      ],
      '19:38',
      8,
    ],
    // Late start and running over: now counts, not the start.
    [
      'late and over',
      [
        [0, '18:30'],
        [1, '19:10'],
      ],
      '19:45',
      15,
    ],
    [
      'round 1 late',
      [
        [0, '18:30'],
        [1, '19:00'],
        [2, '19:30'],
        [3, '19:52'],
      ],
      '20:00',
      12,
    ],
  ] as const)('%s', (_name, starts, now, behind) => {
    const state = evening(starts.map(([i, c]) => [i, c]));
    expect(scheduleNow(state, at('2026-03-12', now))?.behindMin).toBe(behind);
  });

  it('measures a phase entered twice (after "back") from its last start', () => {
    const state = evening([
      [0, '18:30'],
      [1, '19:00'],
      [0, '19:05'],
      [1, '19:20'],
    ]);
    expect(lastStart(state, state.agenda[1]!.id)).toBe(at('2026-03-12', '19:20'));
    expect(scheduleNow(state, at('2026-03-12', '19:21'))?.behindMin).toBe(20);
  });

  it('is null before the start and after the end', () => {
    expect(scheduleNow(evening([]), at('2026-03-12', '18:00'))).toBeNull();
    const ended = evening([[0, '18:30']]);
    ended.status = 'ended';
    expect(scheduleNow(ended, at('2026-03-12', '22:00'))).toBeNull();
  });

  it('a rehearsal hours away from the plan keeps the rhythm of the plan from its own start', () => {
    const state = evening([
      [0, '10:00', '2026-03-01'],
      [1, '10:42', '2026-03-01'],
    ]);
    // Walk-in planned 18:30 → started 10:00; the plenary is planned 30 min later (10:30), began 10:42.
    const schedule = scheduleNow(state, at('2026-03-01', '10:43'));
    expect(schedule).toMatchObject({ shifted: true, plannedStart: at('2026-03-01', '10:30'), behindMin: 12 });
  });

  it('a start within two hours of the plan is a late (or early) evening, not a rehearsal', () => {
    const state = evening([[0, '20:00']]);
    expect(scheduleNow(state, at('2026-03-12', '20:01'))).toMatchObject({ shifted: false, behindMin: 90 });
  });
});

describe('clockOf', () => {
  it('shows local HH:MM', () => {
    expect(clockOf(at('2026-03-12', '09:05'))).toBe('09:05');
  });
});
