import { describe, expect, it } from 'vitest';
import { tableLists } from '../../../client/src/views/facilitator/plan/tableLists';
import { join, run, tick, type Step } from '../rules/fixtures';

const named = (pid: string, name: string): Step => [`p:${pid}`, { type: 'profile.set', name }];
const publish = (plan: Record<string, (string | null)[]>): Step => ['fac', { type: 'plan.publish', plan }];
const seat = (participantId: string, round: number, tableId: string | null): Step => [
  'fac',
  { type: 'assignment.set', participantId, round, tableId },
];

/** Who a table's printed list shows per round: `name`, or `#n` for the n-th to join without one. */
function shown(steps: Step[]): Record<string, string[][]> {
  const lists = tableLists(run(steps).state);
  return Object.fromEntries(
    lists.map((l) => [l.tableId, l.rounds.map((people) => people.map((p) => p.name ?? `#${p.number}`))]),
  );
}

describe('tableLists: who a table host gets on paper', () => {
  const three = [
    ...join('a'),
    named('a', 'Zoë'),
    tick(1000),
    ...join('b'),
    tick(1000),
    ...join('c'),
    named('c', 'Anna'),
  ];
  it.each<[string, Step[], Record<string, string[][]>]>([
    [
      'before a plan: the picks, round by round',
      [...join('a', ['wijkhub', 'wijkstem']), tick(1000), ...join('b', ['wijkstem'])],
      { wijkhub: [['#1'], []], wijksamenwerking: [[], []], wijkstem: [['#2'], ['#1']] },
    ],
    [
      'names in alphabetical order, the nameless after them by join number',
      [...three, publish({ a: ['wijkhub', null], b: ['wijkhub', null], c: ['wijkhub', null] })],
      { wijkhub: [['Anna', 'Zoë', '#2'], []], wijksamenwerking: [[], []], wijkstem: [[], []] },
    ],
    [
      'someone the plan gives no table is on no list, even with picks',
      [...three, ...join('d', ['wijkstem']), publish({ a: ['wijkhub', 'wijkstem'], d: [null, null] })],
      { wijkhub: [['Zoë'], []], wijksamenwerking: [[], []], wijkstem: [[], ['Zoë']] },
    ],
    [
      'a move by hand after publishing is on the list',
      [...three, publish({ a: ['wijkhub', 'wijkstem'] }), seat('a', 2, 'wijksamenwerking')],
      { wijkhub: [['Zoë'], []], wijksamenwerking: [[], ['Zoë']], wijkstem: [[], []] },
    ],
  ])('%s', (_name, steps, expected) => {
    expect(shown(steps)).toEqual(expected);
  });
});
