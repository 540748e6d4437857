import { describe, expect, it } from 'vitest';
import { newSessionState, type Participant, type SessionState } from '../../../shared/model/session';
import { templateSetup } from '../../../shared/templates';
import { headcount, hostStatus, sandwiches, seatsPerRound } from '../../../client/src/views/shared/counts';

function evening(): SessionState {
  return newSessionState({ id: 's', joinCode: 'ABCDEF', setup: templateSetup('world-cafe-evening', 'nl'), now: 0 });
}

function person(state: SessionState, id: string, p: Partial<Participant> = {}): void {
  state.participants[id] = {
    id,
    name: null,
    group: null,
    picks: [],
    sandwich: false,
    joinedAt: 0,
    checkedInAt: null,
    ...p,
  };
}

describe('sandwiches', () => {
  it.each([
    ['nobody', [], { count: 0, names: [], unnamed: 0 }],
    ['one named', [{ sandwich: true, name: 'Piet' }], { count: 1, names: ['Piet'], unnamed: 0 }],
    [
      'named ones sorted, unnamed only counted, no-tick not at all',
      [
        { sandwich: true, name: 'Zoë' },
        { sandwich: true, name: null },
        { sandwich: false, name: 'Kees' },
        { sandwich: true, name: 'Anna' },
        { sandwich: true, name: '   ' },
      ],
      { count: 4, names: ['Anna', 'Zoë'], unnamed: 2 },
    ],
  ] as [string, Partial<Participant>[], ReturnType<typeof sandwiches>][])('%s', (_what, people, expected) => {
    const state = evening();
    for (const [i, p] of people.entries()) person(state, `p${i}`, p);
    expect(sandwiches(state)).toEqual(expected);
  });
});

describe('headcount', () => {
  it('counts joined, checked in and each stakeholder group', () => {
    const state = evening();
    person(state, 'a', { group: 'resident', checkedInAt: 5 });
    person(state, 'b', { group: 'resident' });
    person(state, 'c', { group: 'municipality', checkedInAt: 7 });
    person(state, 'd');
    expect(headcount(state)).toEqual({
      joined: 4,
      checkedIn: 2,
      byGroup: { resident: 2, entrepreneur: 0, professional: 0, municipality: 1, other: 0, unknown: 1 },
    });
  });
});

describe('seatsPerRound', () => {
  it('seats people by assignment first, else by their n-th pick; everyone else is unseated', () => {
    const state = evening();
    const [hub, samen, stem] = state.tables.map((t) => t.id) as [string, string, string];
    person(state, 'a', { picks: [hub, samen] });
    person(state, 'b', { picks: [hub, stem] });
    person(state, 'c', { picks: [stem] }); // only one pick: no table in round 2
    person(state, 'd'); // no picks at all
    state.assignments = { b: { '1': samen }, d: { '2': null } };
    expect(seatsPerRound(state)).toEqual([
      { round: 1, perTable: { [hub]: 1, [samen]: 1, [stem]: 1 }, unseated: 1 },
      { round: 2, perTable: { [hub]: 0, [samen]: 1, [stem]: 1 }, unseated: 2 },
    ]);
  });

  it('does not count a pick of a table that no longer exists', () => {
    const state = evening();
    person(state, 'a', { picks: ['gone', 'gone-too'] });
    expect(seatsPerRound(state).map((r) => r.unseated)).toEqual([1, 1]);
  });
});

describe('hostStatus', () => {
  const now = 10 * 60_000;
  it.each([
    ['before the server said anything', null, { kind: 'unknown' }],
    ['a table whose tablet never connected', { hosts: {} }, { kind: 'never' }],
    ['online', { hosts: { t: { online: 1, offlineSince: null } } }, { kind: 'online' }],
    [
      'offline for 7 minutes',
      { hosts: { t: { online: 0, offlineSince: 3 * 60_000 - 1 } } },
      { kind: 'offline', sinceMin: 7 },
    ],
  ] as const)('%s', (_name, presence, expected) => {
    expect(hostStatus(presence, 't', now)).toEqual(expected);
  });
});
