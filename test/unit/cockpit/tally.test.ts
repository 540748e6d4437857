import { describe, expect, it } from 'vitest';
import { newSessionState, type Card, type SessionState } from '../../../shared/model/session';
import { templateSetup } from '../../../shared/templates';
import { voteTally, votingStarted } from '../../../client/src/views/screen/tally';

function withCards(): SessionState {
  const state = newSessionState({
    id: 's',
    joinCode: 'ABCDEF',
    setup: templateSetup('world-cafe-evening', 'nl'),
    now: 0,
  });
  const table = state.tables[0]!.id;
  const card = (id: string, createdAt: number, patch: Partial<Card> = {}): Card => ({
    id,
    tableId: table,
    round: 1,
    kind: 'idea',
    text: id,
    tags: [],
    authorRole: 'host',
    authorId: null,
    createdAt,
    editedAt: null,
    hidden: false,
    highlighted: true,
    mergedInto: null,
    ...patch,
  });
  for (const c of [card('a', 1), card('b', 2), card('c', 3), card('hidden', 4, { hidden: true })])
    state.cards[c.id] = c;
  return state;
}

describe('voteTally', () => {
  it('counts every dot live while voting is open, highest first, ties oldest first; hidden cards left out', () => {
    const state = withCards();
    state.voting = { open: true, dots: 3, results: null };
    state.votes = { p1: ['b', 'c', 'c'], p2: ['c', 'hidden'], p3: ['a', 'b'] };
    expect(voteTally(state).map(({ card, dots }) => [card.id, dots])).toEqual([
      ['c', 3],
      ['b', 2],
      ['a', 1],
    ]);
    expect(votingStarted(state)).toBe(true);
  });

  it('shows the final count from the results after closing', () => {
    const state = withCards();
    state.voting = { open: false, dots: 3, results: { a: 5, b: 0, c: 2 } };
    state.votes = {};
    expect(voteTally(state).map(({ card, dots }) => [card.id, dots])).toEqual([
      ['a', 5],
      ['c', 2],
    ]);
  });

  it('has not started before voting opens', () => {
    expect(votingStarted(withCards())).toBe(false);
  });
});
