import { afterEach, describe, expect, it } from 'vitest';
import { type Card, newSessionState, type SessionState } from '../../../shared/model/session';
import { templateSetup } from '../../../shared/templates';
import { openSuggestPool, type SuggestPool } from '../../../server/harvest/suggest-pool';

const card = (id: string, tableId: string, text: string, extra: Partial<Card> = {}): Card => ({
  id,
  tableId,
  round: 1,
  kind: 'idea',
  text,
  tags: [],
  authorRole: 'host',
  authorId: `host:${tableId}`,
  createdAt: 0,
  editedAt: null,
  hidden: false,
  highlighted: false,
  mergedInto: null,
  ...extra,
});

function evening(): SessionState {
  const state = newSessionState({
    id: 's1',
    joinCode: 'ABC234',
    setup: templateSetup('world-cafe-evening', 'nl'),
    now: 0,
  });
  const [a, b] = state.tables.map((t) => t.id);
  const cards = [
    card('h1', a!, 'Een buurthuis waar iedereen binnen kan lopen'),
    card('h2', b!, 'Het buurthuis moet vaker open zijn'),
    card('p1', a!, 'Te weinig parkeerplekken in de straat'),
    card('p2', b!, 'Parkeerplekken voor bewoners, niet voor bezoekers'),
  ];
  return { ...state, status: 'live', version: 5, cards: Object.fromEntries(cards.map((c) => [c.id, c])) };
}

describe('the suggestion pool', () => {
  let pool: SuggestPool;
  afterEach(() => pool.close());

  it('keeps the answer per session: the same version, or a new one with the same cards, is not computed again', async () => {
    pool = openSuggestPool({ threads: 0 });
    const state = evening();
    const first = await pool.suggest(state);
    expect(first.themes.length).toBeGreaterThan(0);
    expect(await pool.suggest(state)).toBe(first);
    // A timer or a vote: a new version, the same cards and themes.
    expect(await pool.suggest({ ...state, version: 6, timer: { state: 'paused', remainingMs: 1000 } })).toBe(first);
    expect(pool.rounds).toBe(1);
    // A hidden card is a new question.
    const hidden = { ...state, version: 7, cards: { ...state.cards, h2: { ...state.cards.h2!, hidden: true } } };
    const second = await pool.suggest(hidden);
    expect(pool.rounds).toBe(2);
    expect(second.themes.flatMap((t) => t.cardIds)).not.toContain('h2');
    // Another session with the same cards is its own question.
    await pool.suggest({ ...state, id: 's2' });
    expect(pool.rounds).toBe(3);
    pool.forget('s1');
    await pool.suggest(hidden);
    expect(pool.rounds).toBe(4);
  });

  it('keeps at most `sessions` answers, dropping the least recently asked', async () => {
    pool = openSuggestPool({ threads: 0, sessions: 2 });
    const state = evening();
    await pool.suggest({ ...state, id: 'a' });
    await pool.suggest({ ...state, id: 'b' });
    await pool.suggest({ ...state, id: 'a' });
    await pool.suggest({ ...state, id: 'c' });
    expect(pool.rounds).toBe(3);
    await pool.suggest({ ...state, id: 'a' });
    expect(pool.rounds).toBe(3);
    await pool.suggest({ ...state, id: 'b' });
    expect(pool.rounds).toBe(4);
  });

  it('makes the same suggestions in a worker thread as inline', async () => {
    const inline = openSuggestPool({ threads: 0 });
    pool = openSuggestPool({ threads: 1 });
    try {
      expect(await pool.suggest(evening())).toEqual(await inline.suggest(evening()));
    } finally {
      await inline.close();
    }
  });
});
