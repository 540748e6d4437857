import { describe, expect, it } from 'vitest';
import type { ErrorCode } from '../../../shared/protocol/errors';
import type { Card } from '../../../shared/model/session';
import { redactCard } from '../../../shared/rules/view';
import { attempt, type Cmd, run, type Step, type Who } from './fixtures';
import { CARDS, ENDED, ROUND1 } from './decide/setups';

/**
 * decide for a recommendation's owner and date: which fields the event carries, or the code and
 * field a command is refused with.
 */
const REC: Step[] = [
  ...CARDS,
  [
    'host:wijkhub',
    {
      type: 'card.add',
      cardId: 'c-rec',
      kind: 'recommendation',
      text: 'Een buurtbudget',
      owner: 'Wijkteam',
      due: '2026-03-01',
    },
  ],
];

type Row = {
  name: string;
  setup: Step[];
  who: Who;
  cmd: Cmd;
  /** The fields of the one event besides its type, id and time; or the refusal. */
  expect: Record<string, unknown> | { code: ErrorCode; field: string };
};

// prettier-ignore
const ROWS: Row[] = [
  // card.add
  {
    name: 'a host adds a recommendation with owner and date',
    setup: ROUND1,
    who: 'host:wijkhub',
    cmd: {
      type: 'card.add',
      cardId: 'c1',
      kind: 'recommendation',
      text: 'Meer bankjes',
      owner: 'Gemeente, afdeling Openbare Ruimte',
      due: '2026-06-30',
    },
    expect: { kind: 'recommendation', owner: 'Gemeente, afdeling Openbare Ruimte', due: '2026-06-30' },
  },
  {
    name: 'a recommendation without owner and date has them as null',
    setup: ROUND1,
    who: 'host:wijkhub',
    cmd: { type: 'card.add', cardId: 'c1', kind: 'recommendation', text: 'Meer bankjes' },
    expect: { kind: 'recommendation', owner: null, due: null },
  },
  {
    name: 'a blank owner is no owner',
    setup: ROUND1,
    who: 'host:wijkhub',
    cmd: { type: 'card.add', cardId: 'c1', kind: 'recommendation', text: 'Meer bankjes', owner: ' \u200B ' },
    expect: { owner: null },
  },
  {
    name: 'the owner is cleaned like every text (a bidi override goes)',
    setup: ROUND1,
    who: 'host:wijkhub',
    cmd: { type: 'card.add', cardId: 'c1', kind: 'recommendation', text: 'Meer bankjes', owner: ' Wijk\u202Eteam ' },
    expect: { owner: 'Wijkteam' },
  },
  {
    name: 'an idea has neither field',
    setup: ROUND1,
    who: 'host:wijkhub',
    cmd: { type: 'card.add', cardId: 'c1', text: 'Meer bankjes' },
    expect: { kind: 'idea', owner: undefined, due: undefined },
  },
  {
    name: 'a date that is not in the calendar (30 February)',
    setup: ROUND1,
    who: 'host:wijkhub',
    cmd: { type: 'card.add', cardId: 'c1', kind: 'recommendation', text: 'x', due: '2026-02-30' },
    expect: { code: 'VALIDATION', field: 'due' },
  },
  {
    name: '29 February of a year that has none',
    setup: ROUND1,
    who: 'host:wijkhub',
    cmd: { type: 'card.add', cardId: 'c1', kind: 'recommendation', text: 'x', due: '2025-02-29' },
    expect: { code: 'VALIDATION', field: 'due' },
  },
  {
    name: 'a date as people write it (1-3-2026)',
    setup: ROUND1,
    who: 'host:wijkhub',
    cmd: { type: 'card.add', cardId: 'c1', kind: 'recommendation', text: 'x', due: '1-3-2026' },
    expect: { code: 'VALIDATION', field: 'due' },
  },
  {
    name: 'an owner longer than a name',
    setup: ROUND1,
    who: 'host:wijkhub',
    cmd: { type: 'card.add', cardId: 'c1', kind: 'recommendation', text: 'x', owner: 'a'.repeat(61) },
    expect: { code: 'VALIDATION', field: 'owner' },
  },
  {
    name: 'an owner on an idea',
    setup: ROUND1,
    who: 'host:wijkhub',
    cmd: { type: 'card.add', cardId: 'c1', text: 'x', owner: 'Wijkteam' },
    expect: { code: 'VALIDATION', field: 'owner' },
  },
  {
    name: 'a date on a concern',
    setup: ROUND1,
    who: 'host:wijkhub',
    cmd: { type: 'card.add', cardId: 'c1', kind: 'concern', text: 'x', due: '2026-03-01' },
    expect: { code: 'VALIDATION', field: 'due' },
  },

  // card.edit
  {
    name: 'the author changes the owner only',
    setup: REC,
    who: 'host:wijkhub',
    cmd: { type: 'card.edit', cardId: 'c-rec', owner: 'Stadsdeel Noord' },
    expect: { owner: 'Stadsdeel Noord', due: undefined, text: undefined },
  },
  {
    name: 'the author clears the date',
    setup: REC,
    who: 'host:wijkhub',
    cmd: { type: 'card.edit', cardId: 'c-rec', due: null },
    expect: { due: null, owner: undefined },
  },
  {
    name: 'the same owner again changes nothing',
    setup: REC,
    who: 'host:wijkhub',
    cmd: { type: 'card.edit', cardId: 'c-rec', owner: 'Wijkteam' },
    expect: {},
  },
  {
    name: "a facilitator sets the owner and date of a host's recommendation",
    setup: REC,
    who: 'fac',
    cmd: { type: 'card.edit', cardId: 'c-rec', owner: 'Wethouder', due: '2026-04-15' },
    expect: { owner: 'Wethouder', due: '2026-04-15' },
  },
  {
    name: '…also after the evening',
    setup: [...REC, ['fac', { type: 'session.end' }]],
    who: 'fac',
    cmd: { type: 'card.edit', cardId: 'c-rec', due: '2026-04-15' },
    expect: { due: '2026-04-15' },
  },
  {
    name: 'but not its words',
    setup: REC,
    who: 'fac',
    cmd: { type: 'card.edit', cardId: 'c-rec', text: 'tidied', owner: 'Wethouder' },
    expect: { code: 'FORBIDDEN', field: 'cardId' },
  },
  {
    name: "nor an owner on a host's idea",
    setup: REC,
    who: 'fac',
    cmd: { type: 'card.edit', cardId: 'c-host', owner: 'Wethouder' },
    expect: { code: 'FORBIDDEN', field: 'cardId' },
  },
  {
    name: 'an author puts an owner on their idea',
    setup: REC,
    who: 'host:wijkhub',
    cmd: { type: 'card.edit', cardId: 'c-host', owner: 'Wijkteam' },
    expect: { code: 'VALIDATION', field: 'owner' },
  },
  {
    name: 'an idea made a recommendation with an owner and date',
    setup: REC,
    who: 'host:wijkhub',
    cmd: { type: 'card.edit', cardId: 'c-host', kind: 'recommendation', owner: 'Wijkteam', due: '2026-05-01' },
    expect: { kind: 'recommendation', owner: 'Wijkteam', due: '2026-05-01' },
  },
  {
    name: 'an invalid date on edit',
    setup: REC,
    who: 'host:wijkhub',
    cmd: { type: 'card.edit', cardId: 'c-rec', due: '2026-02-30' },
    expect: { code: 'VALIDATION', field: 'due' },
  },
  {
    name: 'a kind changed away from recommendation clears owner and date',
    setup: REC,
    who: 'host:wijkhub',
    cmd: { type: 'card.edit', cardId: 'c-rec', kind: 'idea' },
    expect: { kind: 'idea', owner: null, due: null },
  },
  {
    name: 'changing kind away while naming an owner',
    setup: REC,
    who: 'host:wijkhub',
    cmd: { type: 'card.edit', cardId: 'c-rec', kind: 'idea', owner: 'Wijkteam' },
    expect: { code: 'VALIDATION', field: 'owner' },
  },
  {
    name: "a participant cannot edit the host's recommendation",
    setup: REC,
    who: 'p:ann',
    cmd: { type: 'card.edit', cardId: 'c-rec', owner: 'Ik' },
    expect: { code: 'FORBIDDEN', field: 'cardId' },
  },
  {
    name: 'the host cannot change it after the evening',
    setup: [...ENDED],
    who: 'host:wijkhub',
    cmd: { type: 'card.edit', cardId: 'c-host', kind: 'recommendation' },
    expect: { code: 'WRONG_PHASE', field: '' },
  },
];

describe("decide: a recommendation's owner and date", () => {
  it.each(ROWS)('$name', ({ setup, who, cmd, expect: expected }) => {
    const world = run(setup);
    const d = attempt(world.state, who, cmd, world.now);
    if ('code' in expected) {
      expect(d.ok ? 'accepted' : [d.error.code, d.error.path ?? '']).toEqual([expected.code, expected.field]);
      return;
    }
    if (!d.ok) throw new Error(`refused: ${d.error.code} ${d.error.message}`);
    if (Object.keys(expected).length === 0) {
      expect(d.events).toEqual([]);
      return;
    }
    expect(d.events).toHaveLength(1);
    const event = d.events[0]!;
    const fields = event.type === 'card.added' ? event.card : event;
    for (const [key, value] of Object.entries(expected)) {
      expect([key, (fields as Record<string, unknown>)[key]]).toEqual([key, value]);
      if (value === undefined) expect(Object.hasOwn(fields, key)).toBe(false);
    }
  });
});

describe('redaction: owner and date are as visible as the words', () => {
  const rec: Card = {
    id: 'c-rec',
    tableId: 'wijkhub',
    round: 1,
    kind: 'recommendation',
    text: 'Een buurtbudget',
    tags: [],
    authorRole: 'host',
    authorId: 'host:wijkhub',
    createdAt: 0,
    editedAt: null,
    hidden: false,
    highlighted: false,
    mergedInto: null,
    owner: 'Wijkteam',
    due: '2026-03-01',
  };
  const host = { role: 'host', tableId: 'wijkhub' } as const;
  it.each([
    {
      name: 'the screen sees a shown one whole',
      card: rec,
      audience: { role: 'screen' } as const,
      is: ['Een buurtbudget', 'Wijkteam', '2026-03-01'],
    },
    {
      name: 'its host sees a hidden one as a stub, without owner or date',
      card: { ...rec, hidden: true },
      audience: host,
      is: ['', null, null],
    },
    {
      name: 'the facilitator sees a hidden one whole',
      card: { ...rec, hidden: true },
      audience: { role: 'facilitator' } as const,
      is: ['Een buurtbudget', 'Wijkteam', '2026-03-01'],
    },
  ])('$name', ({ card, audience, is }) => {
    const seen = redactCard(card, audience);
    expect([seen.text, seen.owner, seen.due]).toEqual(is);
  });
});
