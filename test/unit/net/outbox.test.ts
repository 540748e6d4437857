import { describe, expect, it } from 'vitest';
import type { Card } from '../../../shared/model/session';
import type { Command } from '../../../shared/protocol/commands';
import type { CommandAck } from '../../../shared/protocol/socket';
import {
  dismiss,
  enqueue,
  markSent,
  next,
  settle,
  streamCards,
  waiting,
  type Outbox,
} from '../../../client/src/net/outbox';

// Commands as the host view makes them; ids are short so the tables read well.
const add = (id: string, cardId: string, text: string): Command => ({
  id,
  type: 'card.add',
  cardId,
  tableId: 'T1',
  kind: 'idea',
  text,
  tags: [],
});
const edit = (id: string, cardId: string, text: string): Command => ({ id, type: 'card.edit', cardId, text });
const withdraw = (id: string, cardId: string): Command => ({ id, type: 'card.withdraw', cardId });
const highlight = (id: string, cardId: string, on: boolean): Command => ({ id, type: 'card.highlight', cardId, on });
const summary = (id: string, text: string): Command => ({ id, type: 'summary.set', tableId: 'T1', text });
const ok = (v: number): CommandAck => ({ ok: true, v });
const no = (code: 'WRONG_PHASE' | 'RATE_LIMITED' | 'UNAVAILABLE' | 'LIMIT_REACHED' | 'NOT_FOUND'): CommandAck => ({
  ok: false,
  error: { code, message: code },
});

function build(...commands: Command[]): Outbox {
  return commands.reduce<Outbox>((o, c, i) => enqueue(o, c, i).outbox, []);
}
/** One line per entry: "id type cardId text [sent] [refused:CODE]". */
function show(outbox: Outbox): string[] {
  return outbox.map((e) => {
    const c = e.command;
    const detail = 'cardId' in c ? ` ${c.cardId}` : '';
    const text =
      'text' in c && c.text !== undefined ? ` "${c.text}"` : c.type === 'card.highlight' ? ` ${String(c.on)}` : '';
    return `${c.id} ${c.type}${detail}${text}${e.sent ? ' sent' : ''}${e.refused === null ? '' : ` refused:${e.refused.code}`}`;
  });
}

describe('enqueue: what waits to be sent', () => {
  const cases: {
    name: string;
    before: Command[];
    sent?: string[];
    command: Command;
    after: string[];
    answeredBy: string | null;
  }[] = [
    {
      name: 'a new card goes to the back',
      before: [add('a', 'c1', 'one')],
      command: add('b', 'c2', 'two'),
      after: ['a card.add c1 "one"', 'b card.add c2 "two"'],
      answeredBy: 'b',
    },
    {
      name: 'an edit of an unsent card rewrites the add',
      before: [add('a', 'c1', 'one'), add('b', 'c2', 'two')],
      command: edit('e', 'c1', 'one!'),
      after: ['a card.add c1 "one!"', 'b card.add c2 "two"'],
      answeredBy: 'a',
    },
    {
      name: 'an edit of a card that was emitted goes behind it',
      before: [add('a', 'c1', 'one')],
      sent: ['a'],
      command: edit('e', 'c1', 'one!'),
      after: ['a card.add c1 "one" sent', 'e card.edit c1 "one!"'],
      answeredBy: 'e',
    },
    {
      name: 'a second unsent edit folds into the first',
      before: [edit('e', 'c1', 'x'), add('b', 'c2', 'two')],
      command: edit('f', 'c1', 'y'),
      after: ['e card.edit c1 "y"', 'b card.add c2 "two"'],
      answeredBy: 'e',
    },
    {
      name: 'withdrawing an unsent card forgets it',
      before: [add('a', 'c1', 'one'), add('b', 'c2', 'two')],
      command: withdraw('w', 'c1'),
      after: ['b card.add c2 "two"'],
      answeredBy: null,
    },
    {
      name: 'withdrawing an emitted card is sent behind it',
      before: [add('a', 'c1', 'one')],
      sent: ['a'],
      command: withdraw('w', 'c1'),
      after: ['a card.add c1 "one" sent', 'w card.withdraw c1'],
      answeredBy: 'w',
    },
    {
      name: 'an edit of a card on the server is queued',
      before: [],
      command: edit('e', 'c9', 'new'),
      after: ['e card.edit c9 "new"'],
      answeredBy: 'e',
    },
    {
      name: 'a second highlight toggle of the same card replaces the first',
      before: [highlight('h', 'c1', true)],
      command: highlight('i', 'c1', false),
      after: ['h card.highlight c1 false'],
      answeredBy: 'h',
    },
    {
      name: 'a newer summary replaces an unsent one',
      before: [summary('s', 'first')],
      command: summary('t', 'second'),
      after: ['s summary.set "second"'],
      answeredBy: 's',
    },
    {
      name: 'a summary already emitted is followed, not rewritten',
      before: [summary('s', 'first')],
      sent: ['s'],
      command: summary('t', 'second'),
      after: ['s summary.set "first" sent', 't summary.set "second"'],
      answeredBy: 't',
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      let outbox = build(...c.before);
      for (const id of c.sent ?? []) outbox = markSent(outbox, id);
      const result = enqueue(outbox, c.command, 100);
      expect(show(result.outbox)).toEqual(c.after);
      expect(result.answeredBy).toBe(c.answeredBy);
    });
  }
});

describe('settle: the server answered', () => {
  // "a" was emitted before the edit was made, so the edit waits behind it as its own command.
  const base = () =>
    [edit('e', 'c1', 'x'), add('b', 'c2', 'two'), highlight('h', 'c2', true)].reduce<Outbox>(
      (o, c) => enqueue(o, c, 1).outbox,
      markSent(build(add('a', 'c1', 'one')), 'a'),
    );
  const cases: {
    name: string;
    outbox?: Outbox;
    id: string;
    ack: CommandAck;
    durable?: boolean;
    after: string[];
    outcome: string;
    dropped?: string[];
  }[] = [
    {
      name: 'an ack removes the command',
      id: 'a',
      ack: ok(7),
      after: ['e card.edit c1 "x"', 'b card.add c2 "two"', 'h card.highlight c2 true'],
      outcome: 'done',
    },
    {
      name: 'a second ack for the same id changes nothing',
      outbox: settle(base(), 'a', ok(7), true).outbox,
      id: 'a',
      ack: ok(7),
      after: ['e card.edit c1 "x"', 'b card.add c2 "two"', 'h card.highlight c2 true'],
      outcome: 'unknown',
    },
    {
      name: 'rate limited: it stays in its place',
      id: 'a',
      ack: no('RATE_LIMITED'),
      after: ['a card.add c1 "one" sent', 'e card.edit c1 "x"', 'b card.add c2 "two"', 'h card.highlight c2 true'],
      outcome: 'retry',
    },
    {
      name: 'server cannot write, durable outbox: it waits',
      id: 'a',
      ack: no('UNAVAILABLE'),
      durable: true,
      after: ['a card.add c1 "one" sent', 'e card.edit c1 "x"', 'b card.add c2 "two"', 'h card.highlight c2 true'],
      outcome: 'retry',
    },
    {
      name: 'server cannot write, in-memory outbox: the view shows the error',
      id: 'h',
      ack: no('UNAVAILABLE'),
      durable: false,
      after: ['a card.add c1 "one" sent', 'e card.edit c1 "x"', 'b card.add c2 "two"'],
      outcome: 'refused',
    },
    {
      name: 'a refused card is kept with its words; changes to it are dropped',
      id: 'a',
      ack: no('WRONG_PHASE'),
      after: ['a card.add c1 "one" sent refused:WRONG_PHASE', 'b card.add c2 "two"', 'h card.highlight c2 true'],
      outcome: 'refused',
      dropped: ['e'],
    },
    {
      name: 'a refused edit is kept with its words',
      id: 'e',
      ack: no('NOT_FOUND'),
      after: [
        'a card.add c1 "one" sent',
        'e card.edit c1 "x" refused:NOT_FOUND',
        'b card.add c2 "two"',
        'h card.highlight c2 true',
      ],
      outcome: 'refused',
    },
    {
      name: 'a refused highlight is dropped (no words to lose)',
      id: 'h',
      ack: no('LIMIT_REACHED'),
      after: ['a card.add c1 "one" sent', 'e card.edit c1 "x"', 'b card.add c2 "two"'],
      outcome: 'refused',
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const result = settle(c.outbox ?? base(), c.id, c.ack, c.durable ?? true);
      expect(show(result.outbox)).toEqual(c.after);
      expect(result.outcome).toBe(c.outcome);
      expect(result.dropped).toEqual(c.dropped ?? []);
    });
  }

  it('refused entries wait for the author: skipped by next(), not counted as waiting, gone after dismiss', () => {
    const refused = settle(build(add('a', 'c1', 'one'), add('b', 'c2', 'two')), 'a', no('WRONG_PHASE'), true).outbox;
    expect(next(refused)?.command.id).toBe('b');
    expect(waiting(refused)).toBe(1);
    expect(show(dismiss(refused, 'a'))).toEqual(['b card.add c2 "two"']);
    // Dismiss only lets go of refused entries, never of one still waiting.
    expect(show(dismiss(refused, 'b'))).toEqual(show(refused));
  });

  it('an edit of a refused card rewrites it, so the author copies the final words', () => {
    const refused = settle(build(add('a', 'c1', 'one')), 'a', no('WRONG_PHASE'), true).outbox;
    expect(show(enqueue(refused, edit('e', 'c1', 'one, better'), 5).outbox)).toEqual([
      'a card.add c1 "one, better" refused:WRONG_PHASE',
    ]);
  });
});

/**
 * The delivery loop over a lossy link, against the server's contract: it applies a command id
 * once and acknowledges a repeat with the original version. Acks are lost, sends are lost,
 * the link drops; every card still arrives once, in order.
 */
describe('delivery over a lossy link', () => {
  function run(seed: number) {
    let s = seed;
    const random = () => {
      s = (s * 1103515245 + 12345) % 2 ** 31;
      return s / 2 ** 31;
    };
    const applied = new Map<string, number>(); // command id → version
    const cards: string[] = [];
    let outbox: Outbox = [];
    let made = 0;
    for (let step = 0; step < 400 && (made < 25 || waiting(outbox) > 0); step++) {
      if (made < 25 && random() < 0.4) {
        made++;
        outbox = enqueue(outbox, add(`cmd${made}`, `card${made}`, `card ${made}`), step).outbox;
        if (random() < 0.2) outbox = enqueue(outbox, edit(`edit${made}`, `card${made}`, `card ${made}`), step).outbox;
      }
      const head = next(outbox);
      if (head === null) continue;
      outbox = markSent(outbox, head.command.id);
      if (random() < 0.3) continue; // the send is lost: nothing reached the server
      const c = head.command;
      if (!applied.has(c.id)) {
        if (random() < 0.1) {
          const ack = no('RATE_LIMITED'); // refused before applying: the same command goes again
          outbox = settle(outbox, c.id, ack, true).outbox;
          continue;
        }
        applied.set(c.id, applied.size + 1);
        if (c.type === 'card.add') cards.push(c.text);
      }
      if (random() < 0.3) continue; // the ack is lost: the next turn sends the same id again
      outbox = settle(outbox, c.id, ok(applied.get(c.id) ?? 0), true).outbox;
    }
    return { cards, outbox };
  }
  for (const seed of [1, 2, 3, 42, 2024]) {
    it(`seed ${seed}: 25 cards, each once, in order`, () => {
      const { cards, outbox } = run(seed);
      expect(cards).toEqual(Array.from({ length: 25 }, (_, i) => `card ${i + 1}`));
      expect(outbox).toEqual([]);
    });
  }
});

describe('streamCards: what the host sees', () => {
  const serverCard = (id: string, text: string, extra: Partial<Card> = {}): Card => ({
    id,
    tableId: 'T1',
    round: 1,
    kind: 'idea',
    text,
    tags: [],
    authorRole: 'host',
    authorId: 'host:T1',
    createdAt: 10,
    editedAt: null,
    hidden: false,
    highlighted: false,
    mergedInto: null,
    ...extra,
  });
  const view = (cards: Card[], outbox: Outbox) =>
    streamCards(Object.fromEntries(cards.map((c) => [c.id, c])), outbox, 'T1', 'host:T1', 1).map(
      (c) => `${c.id} "${c.text}" ${c.delivery}${c.highlighted ? ' ★' : ''}`,
    );
  const cases: { name: string; cards: Card[]; outbox: Outbox; shown: string[] }[] = [
    {
      name: 'server cards are acknowledged',
      cards: [serverCard('c1', 'one')],
      outbox: [],
      shown: ['c1 "one" acknowledged'],
    },
    {
      name: 'an unsent card shows at once',
      cards: [serverCard('c1', 'one')],
      outbox: build(add('a', 'c2', 'two')),
      shown: ['c1 "one" acknowledged', 'c2 "two" unsent'],
    },
    {
      name: 'an unsent edit shows its text, marked unsent',
      cards: [serverCard('c1', 'one')],
      outbox: build(edit('e', 'c1', 'uno')),
      shown: ['c1 "uno" unsent'],
    },
    {
      name: 'an unsent withdrawal hides the card',
      cards: [serverCard('c1', 'one')],
      outbox: build(withdraw('w', 'c1')),
      shown: [],
    },
    {
      name: 'an unsent highlight shows',
      cards: [serverCard('c1', 'one')],
      outbox: build(highlight('h', 'c1', true)),
      shown: ['c1 "one" unsent ★'],
    },
    {
      name: 'a refused card stays, marked refused',
      cards: [],
      outbox: settle(build(add('a', 'c2', 'two')), 'a', no('WRONG_PHASE'), true).outbox,
      shown: ['c2 "two" refused'],
    },
    {
      name: 'other tables and hidden cards are left out',
      cards: [serverCard('c1', 'one', { tableId: 'T2' }), serverCard('c3', 'three', { hidden: true })],
      outbox: [],
      shown: [],
    },
  ];
  for (const c of cases) it(c.name, () => expect(view(c.cards, c.outbox)).toEqual(c.shown));
});

describe('outbox: a recommendation’s owner and date fold like the server decides', () => {
  const rec: Command = {
    id: 'a',
    type: 'card.add',
    cardId: 'r1',
    tableId: 'T1',
    kind: 'recommendation',
    text: 'Een buurtbudget',
    tags: [],
    owner: 'Wijkteam',
    due: '2026-03-01',
  };
  const folded = (...commands: Command[]) => build(...commands)[0]!.command;
  const shown = (...commands: Command[]) => streamCards({}, build(...commands), 'T1', 'host:T1', 1)[0];
  it.each([
    {
      name: 'a new owner on the unsent add',
      edits: [{ id: 'e', type: 'card.edit', cardId: 'r1', owner: 'Stadsdeel' }] as Command[],
      is: { kind: 'recommendation', owner: 'Stadsdeel', due: '2026-03-01' },
    },
    {
      name: 'the date cleared',
      edits: [{ id: 'e', type: 'card.edit', cardId: 'r1', due: null }] as Command[],
      is: { kind: 'recommendation', owner: 'Wijkteam', due: null },
    },
    {
      name: 'made an idea: owner and date go, or the server would refuse the add',
      edits: [{ id: 'e', type: 'card.edit', cardId: 'r1', kind: 'idea' }] as Command[],
      is: { kind: 'idea', owner: undefined, due: undefined },
    },
  ])('$name', ({ edits, is }) => {
    const add = folded(rec, ...edits) as Record<string, unknown>;
    expect({ kind: add.kind, owner: add.owner, due: add.due }).toEqual(is);
    const card = shown(rec, ...edits);
    expect({ kind: card?.kind, owner: card?.owner, due: card?.due }).toEqual(is);
  });

  it('an edit making a stored recommendation an idea shows it without owner and date', () => {
    const card: Card = {
      id: 'r1',
      tableId: 'T1',
      round: 1,
      kind: 'recommendation',
      text: 'Een buurtbudget',
      tags: [],
      authorRole: 'host',
      authorId: 'host:T1',
      createdAt: 0,
      editedAt: null,
      hidden: false,
      highlighted: false,
      mergedInto: null,
      owner: 'Wijkteam',
      due: '2026-03-01',
    };
    const outbox = build({ id: 'e', type: 'card.edit', cardId: 'r1', kind: 'idea' });
    const after = streamCards({ r1: card }, outbox, 'T1', 'host:T1', 1)[0];
    expect([after?.kind, after?.owner, after?.due]).toEqual(['idea', null, null]);
  });
});
