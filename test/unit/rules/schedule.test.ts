import { describe, expect, it } from 'vitest';
import { newSessionState, type SessionState } from '../../../shared/model/session';
import { clockText, eveningPlan, minutesText, type PhaseStatus } from '../../../shared/rules/schedule';
import { templateSetup } from '../../../shared/templates';

/**
 * The one plan every screen shows. The reference agenda: walk-in 18:30 (30 min), opening 19:00
 * (30), break 19:30 (10), round 1 19:40 (45), round 2 20:25 (45), break 21:10 (5), wrap-up 21:15
 * (15), drinks 21:30 (30), on Wednesday 12 March 2025 in Amsterdam (UTC+1).
 */
const IDS = ['walk-in', 'plenary-1', 'break-1', 'round-1', 'round-2', 'break-2', 'wrap-up', 'drinks'];
/** An instant in Amsterdam on a March 2025 day: at('12', '18:30'). */
const at = (day: string, clock: string) => Date.parse(`2025-03-${day}T${clock}:00+01:00`);

function evening(
  date: string | null,
  runs: [phaseId: string, day: string, clock: string][],
  ended = false,
): SessionState {
  const s = newSessionState({
    id: 's',
    joinCode: 'ABCDEF',
    setup: templateSetup('world-cafe-evening', 'nl'),
    now: at('01', '10:00'),
  });
  s.date = date;
  s.phaseLog = runs.map(([phaseId, day, clock]) => ({ phaseId, startedAt: at(day, clock) }));
  s.status = ended ? 'ended' : runs.length > 0 ? 'live' : 'draft';
  s.currentPhaseId = ended ? null : (runs.at(-1)?.[0] ?? null);
  return s;
}

type Row = {
  what: string;
  state: SessionState;
  now: [day: string, clock: string];
  /** Planned start of each phase in agenda order, Amsterdam time. */
  planned: string[];
  /** Status of each phase, one letter: d(one) n(ow) s(kipped) l(ater). */
  status: string;
  behindMin: number | null;
  moved: boolean;
};

const WRITTEN = ['18:30', '19:00', '19:30', '19:40', '20:25', '21:10', '21:15', '21:30'];
const LETTER: Record<PhaseStatus, string> = { done: 'd', now: 'n', skipped: 's', later: 'l' };

const ROWS: Row[] = [
  {
    what: 'not started: the written plan on the session date, nothing behind',
    state: evening('2025-03-12', []),
    now: ['12', '17:00'],
    planned: WRITTEN,
    status: 'llllllll',
    behindMin: null,
    moved: false,
  },
  {
    what: 'started on time',
    state: evening('2025-03-12', [['walk-in', '12', '18:30']]),
    now: ['12', '18:45'],
    planned: WRITTEN,
    status: 'nlllllll',
    behindMin: 0,
    moved: false,
  },
  {
    what: 'started 10 minutes late: 10 behind, the plan stays',
    state: evening('2025-03-12', [['walk-in', '12', '18:40']]),
    now: ['12', '18:45'],
    planned: WRITTEN,
    status: 'nlllllll',
    behindMin: 10,
    moved: false,
  },
  {
    what: 'started 10 minutes early: 10 ahead',
    state: evening('2025-03-12', [['walk-in', '12', '18:20']]),
    now: ['12', '18:25'],
    planned: WRITTEN,
    status: 'nlllllll',
    behindMin: -10,
    moved: false,
  },
  {
    what: 'a phase longer than planned: behind by what it runs over',
    state: evening('2025-03-12', [
      ['walk-in', '12', '18:30'],
      ['plenary-1', '12', '19:00'],
    ]),
    now: ['12', '19:45'],
    planned: WRITTEN,
    status: 'dnllllll',
    behindMin: 15,
    moved: false,
  },
  {
    what: 'a skipped opening and break: skipped, and the round ahead of the plan',
    state: evening('2025-03-12', [
      ['walk-in', '12', '18:30'],
      ['round-1', '12', '18:50'],
    ]),
    now: ['12', '18:55'],
    planned: WRITTEN,
    status: 'dssnllll',
    behindMin: -50,
    moved: false,
  },
  {
    what: 'back to an earlier phase: it runs again from its last start',
    state: evening('2025-03-12', [
      ['walk-in', '12', '18:30'],
      ['plenary-1', '12', '19:00'],
      ['walk-in', '12', '19:05'],
    ]),
    now: ['12', '19:06'],
    planned: WRITTEN,
    status: 'ndllllll',
    behindMin: 35,
    moved: false,
  },
  {
    what: 'a rehearsal at 14:02: the plan moves to the real start, in whole minutes',
    state: evening('2025-03-12', [['walk-in', '12', '14:02']]),
    now: ['12', '14:10'],
    planned: ['14:02', '14:32', '15:02', '15:12', '15:57', '16:42', '16:47', '17:02'],
    status: 'nlllllll',
    behindMin: 0,
    moved: true,
  },
  {
    what: 'late and running over: now counts, not the start',
    state: evening('2025-03-12', [
      ['walk-in', '12', '18:30'],
      ['plenary-1', '12', '19:10'],
    ]),
    now: ['12', '19:45'],
    planned: WRITTEN,
    status: 'dnllllll',
    behindMin: 15,
    moved: false,
  },
  {
    what: 'within two hours of the plan: a late evening, not a rehearsal',
    state: evening('2025-03-12', [['walk-in', '12', '20:00']]),
    now: ['12', '20:01'],
    planned: WRITTEN,
    status: 'nlllllll',
    behindMin: 90,
    moved: false,
  },
  {
    what: 'a rehearsal on another day at the planned time: that day, not days behind',
    state: evening('2025-03-12', [['walk-in', '10', '18:35']]),
    now: ['10', '18:40'],
    planned: WRITTEN,
    status: 'nlllllll',
    behindMin: 5,
    moved: false,
  },
  {
    what: 'no date: the day it ran',
    state: evening(null, [['walk-in', '05', '18:30']]),
    now: ['05', '18:31'],
    planned: WRITTEN,
    status: 'nlllllll',
    behindMin: 0,
    moved: false,
  },
  {
    what: 'ended early: the phases never held are skipped, nothing is behind',
    state: evening(
      '2025-03-12',
      [
        ['walk-in', '12', '18:30'],
        ['plenary-1', '12', '19:00'],
        ['round-1', '12', '19:35'],
      ],
      true,
    ),
    now: ['12', '21:00'],
    planned: WRITTEN,
    status: 'ddsdssss',
    behindMin: null,
    moved: false,
  },
];

describe('eveningPlan', () => {
  it.each(ROWS)('$what', ({ state, now, planned, status, behindMin, moved }) => {
    const plan = eveningPlan(state, { now: at(...now) });
    expect(plan.phases.map((p) => p.phaseId)).toEqual(IDS);
    expect(plan.phases.map((p) => clockText(p.plannedStart, 'nl'))).toEqual(planned);
    expect(plan.phases.map((p) => LETTER[p.status]).join('')).toBe(status);
    expect(plan.behindMin).toBe(behindMin);
    expect(plan.moved !== null).toBe(moved);
    // Each phase ends its duration after it starts.
    for (const [i, p] of plan.phases.entries())
      expect(p.plannedEnd - p.plannedStart).toBe(state.agenda[i]!.durationMin * 60_000);
  });

  it('planned instants are absolute: 18:30 in Amsterdam is 17:30 UTC in winter, 16:30 in summer', () => {
    const winter = eveningPlan(evening('2025-03-12', []));
    expect(new Date(winter.phases[0]!.plannedStart).toISOString()).toBe('2025-03-12T17:30:00.000Z');
    const summer = eveningPlan(evening('2025-06-12', []));
    expect(new Date(summer.phases[0]!.plannedStart).toISOString()).toBe('2025-06-12T16:30:00.000Z');
    // Shown in another zone, the same instant reads as that zone's clock.
    expect(clockText(winter.phases[0]!.plannedStart, 'en', 'UTC')).toBe('17:30');
  });

  it('the moved plan says from when and to when', () => {
    const plan = eveningPlan(evening('2025-03-12', [['walk-in', '12', '14:02']]));
    expect(plan.moved).toEqual({ plannedAt: at('12', '18:30'), startedAt: at('12', '14:02') });
  });

  it('a start at 14:02:40 moves the plan to 14:02, the minute the clock showed', () => {
    const s = evening('2025-03-12', []);
    s.status = 'live';
    s.currentPhaseId = 'walk-in';
    s.phaseLog = [{ phaseId: 'walk-in', startedAt: at('12', '14:02') + 40_000 }];
    const plan = eveningPlan(s, { now: at('12', '14:05') });
    expect(plan.phases.slice(0, 2).map((p) => clockText(p.plannedStart, 'nl'))).toEqual(['14:02', '14:32']);
    expect(clockText(plan.moved!.startedAt, 'nl')).toBe('14:02');
  });

  it('an agenda past midnight goes on to the next day', () => {
    const s = evening('2025-03-12', []);
    s.agenda = s.agenda.slice(0, 2).map((p, i) => ({ ...p, plannedStart: ['23:30', '00:15'][i]! }));
    const [late, after] = eveningPlan(s).phases;
    expect(after!.plannedStart - late!.plannedStart).toBe(45 * 60_000);
  });

  it.each([
    ['nl', 1, '1 minuut'],
    ['nl', 5, '5 minuten'],
    ['en', 1, '1 minute'],
    ['en', 5, '5 minutes'],
  ] as const)('minutesText(%s, %i) = %s', (language, n, text) => {
    expect(minutesText(n, language)).toBe(text);
  });
});
