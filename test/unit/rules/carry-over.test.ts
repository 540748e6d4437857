import { describe, expect, it } from 'vitest';
import { newSessionState, type Card, type Question, type SessionState } from '../../../shared/model/session';
import { LIMITS } from '../../../shared/protocol/limits';
import { CarryOptions, nextSession } from '../../../shared/rules/carry-over';
import { templateSetup } from '../../../shared/templates';

function card(id: string, tableId: string, patch: Partial<Card> = {}): Card {
  return {
    id,
    tableId,
    round: 1,
    kind: 'idea',
    text: `kaart ${id}`,
    tags: [],
    authorRole: 'participant',
    authorId: 'p1',
    createdAt: Number(id.replace(/\D/g, '')) || 0,
    editedAt: null,
    hidden: false,
    highlighted: false,
    mergedInto: null,
    ...patch,
  };
}

function question(id: string, patch: Partial<Question> = {}): Question {
  return {
    id,
    authorId: 'p1',
    categoryId: 'municipality',
    text: `vraag ${id}`,
    status: 'new',
    answer: null,
    hidden: false,
    mergedInto: null,
    createdAt: 1,
    ...patch,
  };
}

/** The reference evening after it ran: highlights, two themes (one still a host's proposal), questions. */
function ranEvening(): SessionState {
  const state = newSessionState({
    id: 's1',
    joinCode: 'ABCDEF',
    setup: templateSetup('world-cafe-evening', 'nl'),
    now: 0,
  });
  const [t1, t2] = state.tables.map((t) => t.id) as [string, string];
  state.status = 'ended';
  state.date = '2026-11-20';
  state.cards = {
    c1: card('c1', t1, { highlighted: true, text: 'Een vast spreekuur in het buurthuis' }),
    c2: card('c2', t1, { highlighted: true, hidden: true }),
    c3: card('c3', t1),
    c4: card('c4', t2, { highlighted: true, text: 'Meer bankjes op het plein' }),
    c5: card('c5', t2, { mergedInto: 'c4' }),
  };
  state.themes = {
    th2: { id: 'th2', label: 'Elkaar ontmoeten', cardIds: ['c4', 'c5'], proposedBy: null, createdAt: 20 },
    th1: { id: 'th1', label: 'Een plek in de wijk', cardIds: ['c1', 'c2', 'c3'], proposedBy: null, createdAt: 10 },
    th3: { id: 'th3', label: 'Voorstel van tafel 2', cardIds: [], proposedBy: t2, createdAt: 5 },
  };
  state.questions = {
    q1: question('q1'),
    q2: question('q2', { status: 'follow-up' }),
    q3: question('q3', { status: 'answered', answer: 'Ja' }),
    q4: question('q4', { status: 'answered-on-spot' }),
    q5: question('q5', { hidden: true }),
    q6: question('q6', { mergedInto: 'q1' }),
  };
  return state;
}

const options = (patch: Partial<CarryOptions> = {}) => CarryOptions.parse(patch);

describe('carry-over: the next session of a programme', () => {
  it('by default keeps the tables, agenda, rounds and working groups, and starts undated', () => {
    const from = ranEvening();
    const { setup } = nextSession(from, options());
    expect(setup.tables).toEqual(from.tables);
    expect(setup.agenda).toEqual(from.agenda);
    expect(setup.rounds).toEqual(from.rounds);
    expect(setup.workingGroups).toEqual(from.workingGroups);
    expect(setup.date).toBeNull();
    expect(setup.tables).not.toBe(from.tables);
  });

  it.each([
    ['same tables, no cards', { tables: 'same' as const, cardsAsPrompts: false }, [0, 0]],
    // c2 is hidden: a hidden highlight never becomes a prompt.
    ['same tables, highlights as prompts', { tables: 'same' as const, cardsAsPrompts: true }, [1, 1]],
  ])('%s', (_name, patch, addedPerTable) => {
    const from = ranEvening();
    const { setup } = nextSession(from, options(patch));
    for (const [i, added] of addedPerTable.entries())
      expect(setup.tables[i]!.prompts.length - from.tables[i]!.prompts.length).toBe(added);
    if (patch.cardsAsPrompts) expect(setup.tables[0]!.prompts).toContain('Een vast spreekuur in het buurthuis');
  });

  it('themes become the tables, oldest first, proposals left out, with their cards as prompts when asked', () => {
    const from = ranEvening();
    const plain = nextSession(from, options({ tables: 'themes' })).setup.tables;
    expect(plain.map((t) => [t.id, t.title, t.prompts])).toEqual([
      ['th1', 'Een plek in de wijk', []],
      ['th2', 'Elkaar ontmoeten', []],
    ]);
    const withCards = nextSession(from, options({ tables: 'themes', cardsAsPrompts: true })).setup.tables;
    expect(withCards.map((t) => t.prompts)).toEqual([
      ['Een vast spreekuur in het buurthuis', 'kaart c3'],
      ['Meer bankjes op het plein'],
    ]);
  });

  it('a working group linked to a table that does not come along loses the link', () => {
    const from = ranEvening();
    from.workingGroups = [{ id: 'wg1', title: 'Groen', description: '', tableId: from.tables[0]!.id }];
    expect(nextSession(from, options()).setup.workingGroups[0]!.tableId).toBe(from.tables[0]!.id);
    expect(nextSession(from, options({ tables: 'themes' })).setup.workingGroups[0]!.tableId).toBeNull();
    expect(nextSession(from, options({ workingGroups: false })).setup.workingGroups).toEqual([]);
  });

  it('open questions come along without their asker; answered, hidden and merged ones stay behind', () => {
    const { questions } = nextSession(ranEvening(), options());
    expect(questions.map((q) => [q.id, q.authorId, q.status, q.beforehand])).toEqual([
      ['q1', null, 'new', true],
      ['q2', null, 'new', true],
    ]);
    expect(nextSession(ranEvening(), options({ openQuestions: false })).questions).toEqual([]);
  });

  it('long texts are cut to the limits of a prompt and a table title, and at most LIMITS.prompts prompts', () => {
    const from = ranEvening();
    const t1 = from.tables[0]!.id;
    for (let i = 0; i < 20; i++) from.cards[`x${i}`] = card(`x${i}`, t1, { highlighted: true, text: 'a'.repeat(600) });
    from.themes!.th1!.label = 'b'.repeat(LIMITS.title);
    const same = nextSession(from, options({ cardsAsPrompts: true })).setup.tables[0]!;
    expect(same.prompts).toHaveLength(LIMITS.prompts);
    expect(Math.max(...same.prompts.map((p) => p.length))).toBeLessThanOrEqual(LIMITS.shortText);
  });

  it('unknown options are refused', () => {
    expect(CarryOptions.safeParse({ tables: 'cards' }).success).toBe(false);
    expect(CarryOptions.safeParse({ extra: true }).success).toBe(false);
  });
});
