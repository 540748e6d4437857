import { describe, expect, it } from 'vitest';
import { newSessionState, type Participant, type SessionState } from '../../../shared/model/session';
import { metBeforePairs } from '../../../shared/rules/met-before';
import { sessionPlanning } from '../../../shared/rotation/from-session';
import { templateSetup } from '../../../shared/templates';

/** A person: id, member id (or none), picks. */
type Who = [string, string | null, string[]?];
const person = ([id, memberId, picks = []]: Who): Participant => ({
  id,
  ...(memberId === null ? {} : { memberId }),
  name: null,
  group: null,
  picks,
  sandwich: false,
  joinedAt: 0,
  checkedInAt: null,
});

/** A session with these people, these seats (round → table per person) and these rounds played. */
function session(
  id: string,
  people: Who[],
  played: number[],
  assignments: Record<string, Record<string, string | null>> = {},
): SessionState {
  const state = newSessionState({ id, joinCode: 'ABCDEF', setup: templateSetup('world-cafe-evening', 'nl'), now: 0 });
  return {
    ...state,
    participants: Object.fromEntries(people.map((w) => [w[0], person(w)])),
    assignments,
    phaseLog: played.map((r) => ({ phaseId: `round-${r}`, startedAt: r })),
  };
}

const NOW: Who[] = [
  ['ann3', 'm-ann'],
  ['bob3', 'm-bob'],
  ['cas3', 'm-cas'],
  ['dee3', null],
];

const ROWS: { name: string; earlier: SessionState[]; pairs: [string, string][] }[] = [
  {
    name: 'two members at one table (picks) in a played round',
    earlier: [
      session(
        's1',
        [
          ['a', 'm-ann', ['wijkhub']],
          ['b', 'm-bob', ['wijkhub']],
        ],
        [1],
      ),
    ],
    pairs: [['ann3', 'bob3']],
  },
  {
    name: 'the same table in a round that was never played: nothing',
    earlier: [
      session(
        's1',
        [
          ['a', 'm-ann', ['x', 'wijkhub']],
          ['b', 'm-bob', ['y', 'wijkhub']],
        ],
        [1],
      ),
    ],
    pairs: [],
  },
  {
    name: 'an assignment overrides the pick',
    earlier: [
      session(
        's1',
        [
          ['a', 'm-ann', ['wijkhub']],
          ['b', 'm-bob', ['wijkhub']],
        ],
        [1],
        { a: { '1': 'wijkstem' } },
      ),
    ],
    pairs: [],
  },
  {
    name: 'sitting a round out meets nobody',
    earlier: [
      session(
        's1',
        [
          ['a', 'm-ann', ['wijkhub']],
          ['b', 'm-bob', ['wijkhub']],
        ],
        [1],
        { a: { '1': null } },
      ),
    ],
    pairs: [],
  },
  {
    name: 'someone who did not agree then is not linked',
    earlier: [
      session(
        's1',
        [
          ['a', 'm-ann', ['wijkhub']],
          ['d', null, ['wijkhub']],
        ],
        [1],
      ),
    ],
    pairs: [],
  },
  {
    name: 'a member who is not here now is left out',
    earlier: [
      session(
        's1',
        [
          ['a', 'm-ann', ['wijkhub']],
          ['e', 'm-eve', ['wijkhub']],
        ],
        [1],
      ),
    ],
    pairs: [],
  },
  {
    name: 'pairs of two sessions and two rounds, each once, in order',
    earlier: [
      session(
        's1',
        [
          ['a', 'm-ann', ['wijkhub', 'wijkstem']],
          ['b', 'm-bob', ['wijkhub', 'wijkstem']],
        ],
        [1, 2],
      ),
      session(
        's2',
        [
          ['a2', 'm-ann', ['wijkstem']],
          ['c2', 'm-cas', ['wijkstem']],
          ['b2', 'm-bob', ['wijkhub']],
        ],
        [1],
      ),
    ],
    pairs: [
      ['ann3', 'bob3'],
      ['ann3', 'cas3'],
    ],
  },
  {
    name: 'three at one table: every pair',
    earlier: [
      session(
        's1',
        [
          ['a', 'm-ann', ['wijkhub']],
          ['b', 'm-bob', ['wijkhub']],
          ['c', 'm-cas', ['wijkhub']],
        ],
        [1],
      ),
    ],
    pairs: [
      ['ann3', 'bob3'],
      ['ann3', 'cas3'],
      ['bob3', 'cas3'],
    ],
  },
  { name: 'no earlier sessions', earlier: [], pairs: [] },
];

describe('metBeforePairs', () => {
  it.each(ROWS)('$name', ({ earlier, pairs }) => {
    expect(metBeforePairs(session('s3', NOW, []), earlier)).toEqual(pairs);
  });

  it('goes into the planner instance for the people planned, and only when there are any', () => {
    const now = session('s3', NOW, []);
    expect(sessionPlanning(now).instance.metBefore).toBeUndefined();
    const pairs = [
      ['ann3', 'bob3'],
      ['ann3', 'gone'],
    ] as const;
    expect(sessionPlanning(now, null, 'everyone', pairs).instance.metBefore).toEqual([['ann3', 'bob3']]);
    // Planning only the checked-in people (nobody here) leaves no pair.
    expect(sessionPlanning(now, null, 'checkedIn', pairs).instance.metBefore).toBeUndefined();
  });
});
