import { describe, expect, it } from 'vitest';
import { sessionPlanning } from '../../../shared/rotation/from-session';
import { attempt, expectEvents, join, run, session, T0 } from '../rules/fixtures';

const online = session().tables.map((t) =>
  t.id === 'wijkhub' ? { ...t, online: true, videoUrl: 'https://meet.example.org/hub' } : t,
);
const world = run([
  ['fac', { type: 'tables.set', tables: online }],
  ...join('ann', ['wijkhub']),
  ...join('bob', ['wijkstem']),
  ['p:ann', { type: 'profile.set', remote: true }],
]);

describe('online tables and remote people in the planner instance', () => {
  it('an online table is online: true, a table in the room has no such field', () => {
    const { tables } = sessionPlanning(world.state).instance;
    expect(tables.map((t) => [t.id, t.online])).toEqual([
      ['wijkhub', true],
      ['wijksamenwerking', undefined],
      ['wijkstem', undefined],
    ]);
    expect(tables.every((t) => !('videoUrl' in t))).toBe(true);
  });

  it('someone who takes part from home is remote: true, the others have no such field', () => {
    const { participants } = sessionPlanning(world.state).instance;
    expect(participants.map((p) => [p.id, p.remote])).toEqual([
      ['ann', true],
      ['bob', undefined],
    ]);
  });
});

describe('profile.set remote', () => {
  it.each([
    ['ann says it again', 'ann', true, []],
    ['ann comes to the room after all', 'ann', false, ['profile.set']],
    ['bob stays in the room', 'bob', false, []],
    ['bob takes part from home', 'bob', true, ['profile.set']],
  ] as const)('%s', (_name, who, remote, events) => {
    expectEvents(attempt(world.state, `p:${who}`, { type: 'profile.set', remote }, T0), events);
  });

  it('a remote that is not a boolean is VALIDATION', () => {
    const d = attempt(world.state, 'p:ann', { type: 'profile.set', remote: 'yes' as unknown as boolean }, T0);
    expect(d.ok ? 'accepted' : [d.error.code, d.error.path]).toEqual(['VALIDATION', 'remote']);
  });
});
