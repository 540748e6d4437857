import { describe, expect, it } from 'vitest';
import type { SessionState } from '../../../shared/model/session';
import { view } from '../../../shared/rules/view';
import {
  allSeats,
  cardTable,
  nextRound,
  picksEditable,
  rankedResults,
  seatToShow,
  stageOf,
} from '../../../client/src/views/participant/where';
import { card, highlight, join, PHASES, run, type Step, to } from '../rules/fixtures';

/**
 * The phone's screens follow from its own view of the state: these rows play the reference
 * evening through the real rules and look at it as participant `ann` sees it.
 */
const start: Step[] = [['fac', { type: 'phase.advance' }]];
const evening = (...steps: Step[][]) =>
  view(run([...join('ann', ['wijksamenwerking', 'wijkhub']), ...join('bob', ['wijkstem']), ...steps.flat()]).state, {
    role: 'participant',
    participantId: 'ann',
  });
const short = (s: ReturnType<typeof seatToShow>) =>
  s === null ? null : `${s.now ? 'now' : 'next'} r${s.round} #${s.number ?? '-'} ${s.table?.id ?? 'free'}`;

describe('where a participant is in the evening', () => {
  it.each<[string, Step[], string, string | null]>([
    ['before the evening', [], 'before', null],
    ['walk-in: round 1 comes next', [...start], 'walk-in', 'next r1 #2 wijksamenwerking'],
    ['break before the rounds', [...start, ...to('break-1')], 'break', 'next r1 #2 wijksamenwerking'],
    ['round 1: the first pick, table 2', [...start, ...to('round-1')], 'table-round', 'now r1 #2 wijksamenwerking'],
    ['round 2: the second pick, table 1', [...start, ...to('round-2')], 'table-round', 'now r2 #1 wijkhub'],
    ['after the last round: no table to go to', [...start, ...to('break-2')], 'break', null],
    ['wrap-up', [...start, ...to('wrap-up')], 'wrap-up', null],
    ['ended', [...start, ['fac', { type: 'session.end' }]], 'ended', null],
  ])('%s', (_name, steps, stage, seat) => {
    const state = evening(steps);
    expect(stageOf(state)).toBe(stage);
    expect(short(seatToShow(state, 'ann'))).toBe(seat);
  });

  it('an assignment by the facilitator beats the picks, and "no table" means choose yourself', () => {
    const moved = evening(
      start,
      [['fac', { type: 'assignment.set', participantId: 'ann', round: 1, tableId: 'wijkstem' }]],
      to('round-1'),
    );
    expect(short(seatToShow(moved, 'ann'))).toBe('now r1 #3 wijkstem');
    const free = evening(
      start,
      [['fac', { type: 'assignment.set', participantId: 'ann', round: 2, tableId: null }]],
      to('round-2'),
    );
    expect(short(seatToShow(free, 'ann'))).toBe('now r2 #- free');
  });

  it('a participant without picks has no table: choose yourself', () => {
    const state = view(run([...join('cor'), ...start, ...to('round-1')]).state, {
      role: 'participant',
      participantId: 'cor',
    });
    expect(short(seatToShow(state, 'cor'))).toBe('now r1 #- free');
  });

  it('next round is the first table round after the current phase', () => {
    expect(nextRound(evening())).toBe(1);
    expect(nextRound(evening(start, to('round-1')))).toBe(2);
    expect(nextRound(evening(start, to('round-2')))).toBeNull();
  });

  it('lists every round for the overview', () => {
    expect(allSeats(evening(start, to('round-2')), 'ann').map(short)).toEqual([
      'next r1 #2 wijksamenwerking',
      'now r2 #1 wijkhub',
    ]);
  });
});

describe('picks', () => {
  it('may change until the rounds of every pick have begun; a late arrival without picks may choose', () => {
    expect(picksEditable(evening(), 'ann', 0)).toBe(true);
    expect(picksEditable(evening(start, to('break-1')), 'ann', 0)).toBe(true);
    // Round 1 fixes the first pick only: the second (round 2) may still change.
    expect(picksEditable(evening(start, to('round-1')), 'ann', 0)).toBe(true);
    expect(picksEditable(evening(start, to('round-2')), 'ann', 0)).toBe(false);
    // A jump past round 2 leaves it unplayed: its table may still change.
    expect(picksEditable(evening(start, to('round-1'), to('break-2')), 'ann', 0)).toBe(true);
    expect(picksEditable(evening(start, to('round-2'), to('break-2')), 'ann', 0)).toBe(false);
    const late = view(run([...join('ann', ['wijkhub']), ...start, ...to('round-1'), ...join('cor')]).state, {
      role: 'participant',
      participantId: 'cor',
    });
    expect(picksEditable(late, 'cor', 0)).toBe(true);
    expect(picksEditable(evening(start, [['fac', { type: 'session.end' }]]), 'ann', 0)).toBe(false);
  });
});

describe('cards and results', () => {
  it("shows the table the participant sits at, and in the break after a round that round's table", () => {
    expect(cardTable(evening(start), 'ann')).toBeNull();
    expect(cardTable(evening(start, to('round-1')), 'ann')).toBe('wijksamenwerking');
    expect(cardTable(evening(start, to('round-2'), to('break-2')), 'ann')).toBe('wijkhub');
  });

  it('ranks results most dots first, only highlights the phone can see, ties by text', () => {
    const voted: SessionState = evening(
      start,
      to('round-1'),
      [card('p:ann', 'c1'), card('p:bob', 'c2'), card('p:ann', 'c3')],
      [highlight('c1'), highlight('c2')],
      to('wrap-up'),
      [
        ['fac', { type: 'voting.open' }],
        ['p:ann', { type: 'vote.cast', cardId: 'c1' }],
        ['p:bob', { type: 'vote.cast', cardId: 'c2' }],
        ['p:bob', { type: 'vote.cast', cardId: 'c2' }],
        ['fac', { type: 'voting.close' }],
      ],
    );
    expect(rankedResults(voted).map((r) => [r.cardId, r.dots, r.table])).toEqual([
      ['c2', 2, 'Wijkstem'],
      ['c1', 1, 'Wijksamenwerking'],
    ]);
    expect(rankedResults(evening())).toEqual([]);
  });
});

// The phases the fixture knows must still be the template's, or the rows above test nothing.
it('the fixture agenda matches the template', () => {
  expect(evening().agenda.map((p) => p.id)).toEqual([...PHASES]);
});
