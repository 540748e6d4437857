import { describe, expect, it } from 'vitest';
import { inactiveParticipants } from '../../../shared/rules/inactive';
import { attempt, card, highlight, join, run, type Step, to } from './fixtures';

/**
 * "Did nothing", row by row: what one participant did, and whether the facilitator's
 * `participants.removeInactive` takes them. ann picked tables in every row, so she always stays.
 */
const ANN: Step[] = join('ann', ['wijkhub', 'wijkstem']);
const SEATED: Step[] = [
  ...ANN,
  ...to('round-1'),
  ['fac', { type: 'assignment.set', participantId: 'cas', round: 1, tableId: 'wijkhub' }],
];

const rows: { did: string; steps: Step[]; removed: boolean }[] = [
  { did: 'only joined', steps: [...ANN, ...join('cas')], removed: true },
  {
    did: 'gave a name, a group and a sandwich tick',
    steps: [...ANN, ...join('cas'), ['p:cas', { type: 'profile.set', name: 'Cas', group: 'resident', sandwich: true }]],
    removed: true,
  },
  { did: 'checked in', steps: [...ANN, ...join('cas'), ['p:cas', { type: 'checkin' }]], removed: true },
  { did: 'was seated by the facilitator', steps: [...join('cas'), ...SEATED], removed: true },
  { did: 'picked tables', steps: [...ANN, ...join('cas', ['wijkhub'])], removed: false },
  { did: 'wrote a card', steps: [...join('cas'), ...SEATED, card('p:cas', 'c-cas')], removed: false },
  {
    did: 'wrote a card that the facilitator hid',
    steps: [
      ...join('cas'),
      ...SEATED,
      card('p:cas', 'c-cas'),
      ['fac', { type: 'card.hide', cardId: 'c-cas', hidden: true }],
    ],
    removed: false,
  },
  {
    did: 'wrote a card and withdrew it',
    steps: [...join('cas'), ...SEATED, card('p:cas', 'c-cas'), ['p:cas', { type: 'card.withdraw', cardId: 'c-cas' }]],
    removed: true,
  },
  {
    did: 'asked a question',
    steps: [
      ...ANN,
      ...join('cas'),
      ['p:cas', { type: 'question.ask', questionId: 'q', categoryId: 'bylaw', text: 'Wie?' }],
    ],
    removed: false,
  },
  {
    did: 'gave a dot',
    steps: [
      ...join('cas'),
      ...SEATED,
      card('host:wijkhub', 'c-host'),
      highlight('c-host'),
      ['fac', { type: 'voting.open', dots: 3 }],
      ['p:cas', { type: 'vote.cast', cardId: 'c-host' }],
    ],
    removed: false,
  },
  {
    did: 'signed up for a working group',
    steps: [
      ...ANN,
      ...join('cas'),
      ['p:cas', { type: 'signup.add', signupId: 's', groupId: 'wg-wijkhub', consent: false }],
    ],
    removed: false,
  },
];

describe('who did nothing', () => {
  it.each(rows)('$did: removed $removed', ({ steps, removed }) => {
    const world = run(steps);
    const d = attempt(world.state, 'fac', { type: 'participants.removeInactive' }, world.now);
    expect(d.ok).toBe(true);
    const ids = d.ok ? d.events.flatMap((e) => (e.type === 'participants.removed' ? e.participantIds : [])) : null;
    expect(ids).toEqual(removed ? ['cas'] : []);
    expect(inactiveParticipants(world.state)).toEqual(removed ? ['cas'] : []);
  });
});
