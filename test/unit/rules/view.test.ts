import { describe, expect, it } from 'vitest';
import type { SessionState } from '../../../shared/model/session';
import { redactBatch } from '../../../shared/rules/redact';
import { type Audience, cardVisible, seatOf, view } from '../../../shared/rules/view';
import { card, highlight, join, run, type Step, to } from './fixtures';

/**
 * Round 1: ann sits at wijkhub, bob at wijkstem (bob is placed at wijksamenwerking for round 2).
 * Cards:  c-ann       ann,  wijkhub
 *         c-ann-hid   ann,  wijkhub, hidden
 *         c-bob       bob,  wijkstem
 *         c-bob-hl    bob,  wijkstem, highlighted
 *         c-hub       host, wijkhub
 *         c-stem      host, wijkstem
 *         c-sam-hl    fac,  wijksamenwerking, highlighted
 *         c-hid       fac,  wijkhub, hidden
 *         c-merged    host, wijkhub, merged into c-hub
 */
const ROUND1: Step[] = [
  ...join('ann', ['wijkhub', 'wijkstem']),
  ...join('bob', ['wijkstem', 'wijkhub']),
  ['p:ann', { type: 'profile.set', name: 'Ann', group: 'resident', sandwich: true }],
  ['p:bob', { type: 'profile.set', name: 'Bob', group: 'entrepreneur' }],
  ['fac', { type: 'assignment.set', participantId: 'bob', round: 2, tableId: 'wijksamenwerking' }],
  ...to('round-1'),
  card('p:ann', 'c-ann'),
  card('p:ann', 'c-ann-hid'),
  card('p:bob', 'c-bob'),
  card('p:bob', 'c-bob-hl'),
  card('host:wijkhub', 'c-hub'),
  card('host:wijkstem', 'c-stem'),
  card('fac', 'c-sam-hl', 'wijksamenwerking'),
  card('fac', 'c-hid', 'wijkhub'),
  card('host:wijkhub', 'c-merged'),
  ['fac', { type: 'card.hide', cardId: 'c-ann-hid', hidden: true }],
  ['fac', { type: 'card.hide', cardId: 'c-hid', hidden: true }],
  ['fac', { type: 'card.merge', cardId: 'c-merged', intoCardId: 'c-hub' }],
  highlight('c-bob-hl'),
  highlight('c-sam-hl'),
  ['fac', { type: 'voting.open', dots: 3 }],
  ['p:ann', { type: 'vote.cast', cardId: 'c-sam-hl' }],
  ['p:bob', { type: 'vote.cast', cardId: 'c-bob-hl' }],
  ['p:ann', { type: 'question.ask', questionId: 'q-ann', categoryId: 'bylaw', text: 'Wie beslist?' }],
  ['p:bob', { type: 'question.ask', questionId: 'q-bob', categoryId: 'funding', text: 'Hoeveel?' }],
  ['desk', { type: 'question.ask', questionId: 'q-desk', categoryId: 'other', text: 'Aan de balie' }],
  [
    'p:ann',
    {
      type: 'signup.add',
      signupId: 's-ann',
      groupId: 'wg-wijkhub',
      contact: { email: 'ann@example.org', phone: null },
      consent: true,
    },
  ],
  [
    'p:bob',
    {
      type: 'signup.add',
      signupId: 's-bob',
      groupId: 'wg-wijkstem',
      contact: { email: null, phone: '0612345678' },
      consent: true,
    },
  ],
];
const STATES = {
  'round-1': run(ROUND1).state,
  'break-2': run([...ROUND1, ...to('break-2')]).state,
  'round-2': run([...ROUND1, ...to('round-2')]).state,
} as const;
type When = keyof typeof STATES;

/** What a view holds, flattened to ids so each row states it in one line. */
function seen(v: SessionState) {
  const ids = (r: Record<string, unknown>) => Object.keys(r).sort();
  return {
    people: Object.values(v.participants)
      .map((p) => `${p.id}:${p.name ?? '-'}`)
      .sort(),
    cards: ids(v.cards),
    /** Participant cards whose author the viewer knows. */
    authors: Object.values(v.cards)
      .filter((c) => c.authorRole === 'participant' && c.authorId !== null)
      .map((c) => c.id)
      .sort(),
    questions: ids(v.questions),
    signups: ids(v.signups),
    contacts: Object.values(v.signups)
      .filter((s) => s.contact !== null)
      .map((s) => s.id)
      .sort(),
    votes: ids(v.votes),
    seats: ids(v.assignments),
  };
}
type Seen = ReturnType<typeof seen>;

const AUDIENCES = {
  fac: { role: 'facilitator' },
  'host:wijkhub': { role: 'host', tableId: 'wijkhub' },
  'host:wijkstem': { role: 'host', tableId: 'wijkstem' },
  screen: { role: 'screen' },
  desk: { role: 'desk' },
  'p:ann': { role: 'participant', participantId: 'ann' },
  'p:bob': { role: 'participant', participantId: 'bob' },
  'anyone at wijksamenwerking': { role: 'participant', participantId: null, tables: () => 'wijksamenwerking' },
} satisfies Record<string, Audience>;

const ALL_CARDS = ['c-ann', 'c-ann-hid', 'c-bob', 'c-bob-hl', 'c-hid', 'c-hub', 'c-merged', 'c-sam-hl', 'c-stem'];
const SHOWN = ['c-ann', 'c-bob', 'c-bob-hl', 'c-hub', 'c-sam-hl', 'c-stem'];
const HIGHLIGHTS = ['c-bob-hl', 'c-sam-hl'];
const sorted = (xs: string[]) => [...xs].sort();

// prettier-ignore
const ROWS: { who: keyof typeof AUDIENCES; when: When; sees: Seen }[] = [
  {
    who: 'fac',
    when: 'round-1',
    sees: {
      people: ['ann:Ann', 'bob:Bob'],
      cards: ALL_CARDS,
      authors: ['c-ann', 'c-ann-hid', 'c-bob', 'c-bob-hl'],
      questions: ['q-ann', 'q-bob', 'q-desk'],
      signups: ['s-ann', 's-bob'],
      contacts: ['s-ann', 's-bob'],
      votes: ['ann', 'bob'],
      seats: ['bob'],
    },
  },
  {
    // Only who sits at wijkhub in some round: ann (round 1); bob never does (wijkstem, then his
    // assignment to wijksamenwerking overrides his second pick). The merged duplicate of this
    // table too, so the host can undo the merge, and its hidden cards as stubs (see DETAILS).
    who: 'host:wijkhub',
    when: 'round-1',
    sees: {
      people: ['ann:Ann'],
      cards: sorted(['c-ann', 'c-ann-hid', 'c-hid', 'c-hub', 'c-merged', ...HIGHLIGHTS]),
      authors: [],
      questions: [],
      signups: [],
      contacts: [],
      votes: [],
      seats: [],
    },
  },
  {
    // bob now, ann in round 2: the host sees who is coming too.
    who: 'host:wijkstem',
    when: 'round-1',
    sees: {
      people: ['ann:Ann', 'bob:Bob'],
      cards: sorted(['c-bob', 'c-stem', ...HIGHLIGHTS]),
      authors: [],
      questions: [],
      signups: [],
      contacts: [],
      votes: [],
      seats: ['bob'],
    },
  },
  {
    // Totals only: dots per card (votes keyed by card), no sign-ups.
    who: 'screen',
    when: 'round-1',
    sees: {
      people: ['ann:-', 'bob:-'],
      cards: SHOWN,
      authors: [],
      questions: [],
      signups: [],
      contacts: [],
      votes: HIGHLIGHTS,
      seats: ['bob'],
    },
  },
  {
    who: 'desk',
    when: 'round-1',
    sees: {
      people: ['ann:-', 'bob:-'],
      cards: [],
      authors: [],
      questions: ['q-ann', 'q-bob', 'q-desk'],
      signups: ['s-ann', 's-bob'],
      contacts: [],
      votes: [],
      seats: ['bob'],
    },
  },
  // ann: her table (wijkhub) + her own shown cards + every highlight; never the hidden one, even her own.
  {
    who: 'p:ann',
    when: 'round-1',
    sees: {
      people: ['ann:Ann'],
      cards: sorted(['c-ann', 'c-hub', ...HIGHLIGHTS]),
      authors: ['c-ann'],
      questions: ['q-ann'],
      signups: ['s-ann'],
      contacts: ['s-ann'],
      votes: ['ann'],
      seats: [],
    },
  },
  {
    who: 'p:bob',
    when: 'round-1',
    sees: {
      people: ['bob:Bob'],
      cards: sorted(['c-bob', 'c-stem', ...HIGHLIGHTS]),
      authors: ['c-bob', 'c-bob-hl'],
      questions: ['q-bob'],
      signups: ['s-bob'],
      contacts: ['s-bob'],
      votes: ['bob'],
      seats: ['bob'],
    },
  },
  {
    who: 'anyone at wijksamenwerking',
    when: 'round-1',
    sees: {
      people: [],
      cards: HIGHLIGHTS,
      authors: [],
      questions: [],
      signups: [],
      contacts: [],
      votes: [],
      seats: [],
    },
  },
  // In the break after round 1, people still see the table they just left.
  {
    who: 'p:ann',
    when: 'break-2',
    sees: {
      people: ['ann:Ann'],
      cards: sorted(['c-ann', 'c-hub', ...HIGHLIGHTS]),
      authors: ['c-ann'],
      questions: ['q-ann'],
      signups: ['s-ann'],
      contacts: ['s-ann'],
      votes: ['ann'],
      seats: [],
    },
  },
  // Round 2: ann follows her second pick (wijkstem); bob's assignment overrides his pick. Cards are
  // seen where one sits (b8e12bd): their own cards at the table they left go out of sight too.
  {
    who: 'p:ann',
    when: 'round-2',
    sees: {
      people: ['ann:Ann'],
      cards: sorted(['c-bob', 'c-stem', ...HIGHLIGHTS]),
      authors: [],
      questions: ['q-ann'],
      signups: ['s-ann'],
      contacts: ['s-ann'],
      votes: ['ann'],
      seats: [],
    },
  },
  {
    who: 'p:bob',
    when: 'round-2',
    sees: {
      people: ['bob:Bob'],
      cards: HIGHLIGHTS,
      authors: ['c-bob-hl'],
      questions: ['q-bob'],
      signups: ['s-bob'],
      contacts: ['s-bob'],
      votes: ['bob'],
      seats: ['bob'],
    },
  },
];

describe('view', () => {
  it.each(ROWS)('$who in $when', ({ who, when, sees }) => {
    expect(seen(view(STATES[when], AUDIENCES[who]))).toEqual(sees);
  });

  it('the facilitator view is the whole state', () => {
    expect(view(STATES['round-1'], AUDIENCES.fac)).toEqual(STATES['round-1']);
  });

  // Details the id table cannot show.
  // prettier-ignore
  const DETAILS: { name: string; who: keyof typeof AUDIENCES; look: (v: SessionState) => unknown; is: unknown }[] = [
    { name: 'the screen sees no sandwich orders', who: 'screen', look: (v) => v.participants.ann?.sandwich, is: false },
    {
      name: 'a host sees that a card of their table was hidden, not its words or its author',
      who: 'host:wijkhub',
      look: (v) => {
        const c = v.cards['c-ann-hid'];
        return c && { hidden: c.hidden, text: c.text, tags: c.tags, authorRole: c.authorRole, authorId: c.authorId };
      },
      is: { hidden: true, text: '', tags: [], authorRole: 'participant', authorId: null },
    },
    {
      name: "a host does not hold another table's hidden card",
      who: 'host:wijkstem',
      look: (v) => v.cards['c-hid'],
      is: undefined,
    },
    {
      name: 'a host sees no sandwich orders',
      who: 'host:wijkhub',
      look: (v) => v.participants.ann?.sandwich,
      is: false,
    },
    {
      name: 'a participant sees their own sandwich order',
      who: 'p:ann',
      look: (v) => v.participants.ann?.sandwich,
      is: true,
    },
    {
      name: 'the screen sees a stakeholder group, not a name',
      who: 'screen',
      look: (v) => [v.participants.ann?.name, v.participants.ann?.group],
      is: [null, 'resident'],
    },
    {
      name: 'the screen sees the text of a card, not its author',
      who: 'screen',
      look: (v) => [v.cards['c-ann']?.text, v.cards['c-ann']?.authorId],
      is: ['text of c-ann', null],
    },
    {
      name: 'a host card keeps its host as author',
      who: 'p:ann',
      look: (v) => v.cards['c-hub']?.authorId,
      is: 'host:wijkhub',
    },
    {
      name: 'a participant sees a highlight without its author',
      who: 'p:ann',
      look: (v) => v.cards['c-bob-hl']?.authorId,
      is: null,
    },
    {
      name: 'the desk sees every question with its author',
      who: 'desk',
      look: (v) => v.questions['q-bob']?.authorId,
      is: 'bob',
    },
    { name: 'the desk sees sign-ups without contact', who: 'desk', look: (v) => v.signups['s-ann']?.contact, is: null },
    {
      name: 'a participant sees their own contact details',
      who: 'p:bob',
      look: (v) => v.signups['s-bob']?.contact,
      is: { email: null, phone: '0612345678' },
    },
    { name: 'a participant sees their own dots only', who: 'p:ann', look: (v) => v.votes, is: { ann: ['c-sam-hl'] } },
    {
      name: 'no contact detail appears anywhere in a host view',
      who: 'host:wijkhub',
      look: (v) => /example\.org|0612345678/.test(JSON.stringify(v)),
      is: false,
    },
    {
      name: 'no one from another table appears anywhere in a host view, not even by id',
      who: 'host:wijkhub',
      look: (v) => /"bob"|Bob/.test(JSON.stringify(v)),
      is: false,
    },
    {
      name: 'a host sees the group of who sits at its table',
      who: 'host:wijkhub',
      look: (v) => [v.participants.ann?.name, v.participants.ann?.group],
      is: ['Ann', 'resident'],
    },
    {
      name: 'the screen holds the dots per card, not whose they are',
      who: 'screen',
      look: (v) => v.votes,
      is: { 'c-sam-hl': ['c-sam-hl'], 'c-bob-hl': ['c-bob-hl'] },
    },
    {
      name: 'no contact detail appears anywhere in the screen view',
      who: 'screen',
      look: (v) => /example\.org|0612345678/.test(JSON.stringify(v)),
      is: false,
    },
    {
      name: "no other participant appears anywhere in ann's view",
      who: 'p:ann',
      look: (v) => /"bob"|Bob|0612345678|Hoeveel|q-bob|s-bob/.test(JSON.stringify(v)),
      is: false,
    },
    {
      name: 'the test above can see bob where he is',
      who: 'fac',
      look: (v) => /"bob"|Bob|0612345678|Hoeveel|q-bob|s-bob/.test(JSON.stringify(v)),
      is: true,
    },
  ];

  it.each(DETAILS)('$name', ({ who, look, is }) => {
    expect(look(view(STATES['round-1'], AUDIENCES[who]))).toEqual(is);
  });
});

describe('seatOf and cardVisible', () => {
  const s = STATES['round-1'];
  // prettier-ignore
  const SEATS: { who: keyof typeof AUDIENCES; when: When; seat: string | null }[] = [
    { who: 'p:ann', when: 'round-1', seat: 'wijkhub' },
    { who: 'p:ann', when: 'break-2', seat: 'wijkhub' },
    { who: 'p:ann', when: 'round-2', seat: 'wijkstem' },
    { who: 'p:bob', when: 'round-2', seat: 'wijksamenwerking' },
    { who: 'anyone at wijksamenwerking', when: 'round-1', seat: 'wijksamenwerking' },
    { who: 'host:wijkhub', when: 'round-1', seat: null },
  ];
  it.each(SEATS)('$who sits at $seat in $when', ({ who, when, seat }) => {
    expect(seatOf(STATES[when], AUDIENCES[who])).toBe(seat);
  });

  it('before any round a participant has no seat and sees no cards of any table', () => {
    const walkIn = run([
      ...join('ann', ['wijkhub']),
      ['fac', { type: 'phase.advance' }],
      card('fac', 'c1', 'wijkhub'),
    ]).state;
    const ann = AUDIENCES['p:ann'];
    expect([seatOf(walkIn, ann), Object.keys(view(walkIn, ann).cards)]).toEqual([null, []]);
  });

  it('cardVisible agrees with view for every card and audience', () => {
    for (const [name, audience] of Object.entries(AUDIENCES)) {
      const visible = Object.values(s.cards)
        .filter((c) => cardVisible(s, c, audience))
        .map((c) => c.id)
        .sort();
      expect(visible, name).toEqual(Object.keys(view(s, audience).cards).sort());
    }
  });
});

describe('view: themes and the vote split by group', () => {
  const THEMES: Step[] = [
    ...ROUND1,
    ['fac', { type: 'theme.create', themeId: 't-eve', label: 'Een plek', cardIds: ['c-hub', 'c-bob'] }],
    ['host:wijkhub', { type: 'theme.create', themeId: 't-prop', label: 'Voorstel', cardIds: ['c-ann'] }],
    ['fac', { type: 'voting.close' }],
  ];
  const state = run(THEMES).state;
  const rows: { who: string; audience: Audience; themes: string[]; split: boolean }[] = [
    { who: 'facilitator', audience: { role: 'facilitator' }, themes: ['t-eve', 't-prop'], split: true },
    {
      who: 'the proposing host',
      audience: { role: 'host', tableId: 'wijkhub' },
      themes: ['t-eve', 't-prop'],
      split: false,
    },
    { who: 'another host', audience: { role: 'host', tableId: 'wijkstem' }, themes: ['t-eve'], split: false },
    { who: 'the screen', audience: { role: 'screen' }, themes: ['t-eve'], split: true },
    { who: 'a participant', audience: { role: 'participant', participantId: 'ann' }, themes: ['t-eve'], split: false },
    { who: 'the desk', audience: { role: 'desk' }, themes: [], split: false },
  ];
  it.each(rows)('$who holds these themes, and the split only where it is shown', ({ audience, themes, split }) => {
    const v = view(state, audience);
    expect(Object.keys(v.themes ?? {}).sort()).toEqual(themes);
    expect(v.voting.byGroup != null).toBe(split);
  });
  it('the split was counted (the rows above can fail)', () => {
    expect(state.voting.byGroup?.voters).toEqual({ resident: 1, entrepreneur: 1 });
  });
});

describe('member ids are for facilitators only', () => {
  const MEMBERS: Step[] = [
    ...join('ann', ['wijkhub', 'wijkstem']),
    ...join('bob', ['wijkhub', 'wijkstem']),
    ['p:ann', { type: 'member.link', participantId: 'ann', memberId: 'm-ann', signups: [] }],
    ...to('round-1'),
  ];
  const AUDIENCES: Audience[] = [
    { role: 'participant', participantId: 'ann' },
    { role: 'participant', participantId: 'bob' },
    { role: 'host', tableId: 'wijkhub' },
    { role: 'desk' },
    { role: 'screen' },
  ];

  it('the facilitator sees them', () => {
    const { state } = run(MEMBERS);
    expect(view(state, { role: 'facilitator' }).participants.ann?.memberId).toBe('m-ann');
  });

  it.each(AUDIENCES)('$role $participantId$tableId holds none, the member included', (audience) => {
    const { state } = run(MEMBERS);
    const shown = view(state, audience);
    expect(Object.values(shown.participants).some((p) => 'memberId' in p)).toBe(false);
    // Not hidden by accident: the host holds ann (she sits at its table), the member herself too.
    if (audience.role === 'host' || ('participantId' in audience && audience.participantId === 'ann'))
      expect(shown.participants.ann).toBeDefined();
  });

  it.each(AUDIENCES)('member.linked reaches $role $participantId$tableId as nothing', (audience) => {
    const { state } = run(MEMBERS);
    const events = [{ type: 'member.linked', participantId: 'ann', memberId: null } as const];
    expect(redactBatch(state, events, audience)).toEqual([]);
    expect(redactBatch(state, events, { role: 'facilitator' })).toEqual(events);
  });
});
