import type { Cmd, Step } from '../fixtures';
import { ENDED, PEOPLE, ROUND1, type Row } from './setups';

/** decide, registrations: the sign-up page, the import, cancelling, erasing, the door. */
type Input = { name: string; email?: string | null; picks?: string[]; sandwich?: boolean };
const entry = (pid: string, input: Partial<Input> = {}) => ({
  registrationId: `r-${pid}`,
  participantId: pid,
  input: { name: `Naam ${pid}`, ...input },
});
const page = (open: boolean, capacity: number | null = null, closesAt: number | null = null) =>
  ['fac', { type: 'signupPage.set', open, capacity, closesAt, askSandwich: true }] as const;
const signUp = (pid: string, input: Partial<Input> = {}): Cmd => ({
  type: 'registrations.add',
  source: 'form',
  entries: [entry(pid, input)],
});
const form = (pid: string, input: Partial<Input> = {}): Step => [`p:${pid}`, signUp(pid, input)];

/** The page is open for two; cat and dan took the places, eve waits. */
const FULL: Step[] = [page(true, 2), form('cat', { email: 'cat@example.org' }), form('dan'), form('eve')];
/** The facilitator's list: cat (with e-mail and a table wish) and dan. */
const IMPORTED: Step[] = [
  [
    'fac',
    {
      type: 'registrations.add',
      source: 'import',
      entries: [entry('cat', { email: 'Cat@Example.org', picks: ['wijkhub'], sandwich: true }), entry('dan')],
    },
  ],
];
const IMPORTED_LIVE: Step[] = [...IMPORTED, ...ROUND1];
const CAT_IN: Step[] = [
  ...IMPORTED_LIVE,
  ['desk', { type: 'registration.checkIn', registrationId: 'r-cat', on: true }],
];

// prettier-ignore
export const REGISTRATIONS_ROWS: Row[] = [
  // ── the sign-up page ───────────────────────────────────────────────────────────────────
  {
    name: 'the facilitator opens the page',
    setup: [],
    who: 'fac',
    cmd: page(true)[1] as Cmd,
    expect: ['signupPage.set'],
  },
  { name: 'the same settings again: nothing', setup: [page(true)], who: 'fac', cmd: page(true)[1] as Cmd, expect: [] },
  {
    name: 'someone signs up on the open page',
    setup: [page(true)],
    who: 'p:cat',
    cmd: signUp('cat'),
    expect: ['registrations.added'],
  },
  {
    name: 'not while the page is closed',
    setup: [page(false)],
    who: 'p:cat',
    cmd: signUp('cat'),
    expect: 'WRONG_PHASE',
  },
  { name: 'not without a page', setup: [], who: 'p:cat', cmd: signUp('cat'), expect: 'WRONG_PHASE' },
  // run() starts at T0; a page that closed before then takes nobody.
  {
    name: 'not after its closing moment',
    setup: [page(true, null, 0)],
    who: 'p:cat',
    cmd: signUp('cat'),
    expect: 'WRONG_PHASE',
  },
  {
    name: 'not once the session has begun',
    setup: [page(true), ...ROUND1],
    who: 'p:cat',
    cmd: signUp('cat'),
    expect: 'WRONG_PHASE',
  },
  {
    name: 'a full page: onto the waiting list (still added)',
    setup: FULL.slice(0, 3),
    who: 'p:eve',
    cmd: signUp('eve'),
    expect: ['registrations.added'],
  },
  {
    name: 'the same e-mail twice, any case: CONFLICT',
    setup: FULL,
    who: 'p:fay',
    cmd: signUp('fay', { email: 'CAT@example.org' }),
    expect: 'CONFLICT',
  },
  {
    name: 'a person signs up only themselves',
    setup: [page(true)],
    who: 'p:cat',
    cmd: signUp('dan'),
    expect: 'FORBIDDEN',
  },
  {
    name: 'a wish for a table that does not exist',
    setup: [page(true)],
    who: 'p:cat',
    cmd: signUp('cat', { picks: ['nope'] }),
    expect: 'NOT_FOUND',
  },
  {
    name: 'a name is needed',
    setup: [page(true)],
    who: 'p:cat',
    cmd: signUp('cat', { name: '  ' }),
    expect: 'VALIDATION',
  },
  {
    name: 'a facilitator imports, never "signs up"',
    setup: [page(true)],
    who: 'fac',
    cmd: signUp('cat'),
    expect: 'FORBIDDEN',
  },

  // ── the import ─────────────────────────────────────────────────────────────────────────
  {
    name: 'the facilitator imports a list',
    setup: [],
    who: 'fac',
    cmd: IMPORTED[0]![1] as Cmd,
    expect: ['registrations.added'],
  },
  {
    name: 'also while the page is closed and the evening runs',
    setup: [page(false), ...ROUND1],
    who: 'fac',
    cmd: IMPORTED[0]![1] as Cmd,
    expect: ['registrations.added'],
  },
  {
    name: 'a list with an e-mail twice is refused whole',
    setup: [],
    who: 'fac',
    cmd: {
      type: 'registrations.add',
      source: 'import',
      entries: [entry('cat', { email: 'a@b.nl' }), entry('dan', { email: 'A@b.nl' })],
    },
    expect: 'VALIDATION',
  },
  {
    name: 'an e-mail already registered is refused',
    setup: IMPORTED,
    who: 'fac',
    cmd: { type: 'registrations.add', source: 'import', entries: [entry('eve', { email: 'cat@example.org' })] },
    expect: 'VALIDATION',
  },
  {
    name: 'the same registration twice: CONFLICT',
    setup: IMPORTED,
    who: 'fac',
    cmd: { type: 'registrations.add', source: 'import', entries: [entry('cat')] },
    expect: 'CONFLICT',
  },
  {
    name: 'a reserved id of someone already here: CONFLICT',
    setup: PEOPLE,
    who: 'fac',
    cmd: { type: 'registrations.add', source: 'import', entries: [entry('ann')] },
    expect: 'CONFLICT',
  },
  {
    name: 'a participant may not import',
    setup: PEOPLE,
    who: 'p:ann',
    cmd: { type: 'registrations.add', source: 'import', entries: [entry('ann')] },
    expect: 'FORBIDDEN',
  },

  // ── cancelling and the waiting list ────────────────────────────────────────────────────
  {
    name: 'cancelling a place moves the first waiting up',
    setup: FULL,
    who: 'fac',
    cmd: { type: 'registration.cancel', registrationId: 'r-cat' },
    expect: ['registration.cancelled', 'registration.promoted'],
  },
  {
    name: 'the person cancels their own, before arriving',
    setup: FULL,
    who: 'p:dan',
    cmd: { type: 'registration.cancel', registrationId: 'r-dan' },
    expect: ['registration.cancelled', 'registration.promoted'],
  },
  {
    name: 'cancelling from the waiting list frees no place',
    setup: FULL,
    who: 'p:eve',
    cmd: { type: 'registration.cancel', registrationId: 'r-eve' },
    expect: ['registration.cancelled'],
  },
  {
    name: 'nobody cancels another person',
    setup: FULL,
    who: 'p:eve',
    cmd: { type: 'registration.cancel', registrationId: 'r-cat' },
    expect: 'NOT_FOUND',
  },
  {
    name: 'cancelled twice: nothing',
    setup: [...FULL, ['fac', { type: 'registration.cancel', registrationId: 'r-eve' }]],
    who: 'fac',
    cmd: { type: 'registration.cancel', registrationId: 'r-eve' },
    expect: [],
  },

  // ── erasing ────────────────────────────────────────────────────────────────────────────
  {
    name: 'erasing one who never came',
    setup: IMPORTED,
    who: 'fac',
    cmd: { type: 'registration.erase', registrationId: 'r-dan' },
    expect: ['registration.erased'],
  },
  {
    name: 'erasing one on the page frees their place',
    setup: FULL,
    who: 'fac',
    cmd: { type: 'registration.erase', registrationId: 'r-dan' },
    expect: ['registration.erased', 'registration.promoted'],
  },
  {
    name: 'erasing one who came erases the participant too',
    setup: CAT_IN,
    who: 'fac',
    cmd: { type: 'registration.erase', registrationId: 'r-cat' },
    expect: ['registration.erased', 'participant.erased'],
  },
  {
    name: 'also after the end',
    setup: [...IMPORTED, ...ENDED],
    who: 'fac',
    cmd: { type: 'registration.erase', registrationId: 'r-cat' },
    expect: ['registration.erased'],
  },
  {
    name: 'an unknown registration',
    setup: IMPORTED,
    who: 'fac',
    cmd: { type: 'registration.erase', registrationId: 'r-nobody' },
    expect: 'NOT_FOUND',
  },

  // ── the door ───────────────────────────────────────────────────────────────────────────
  {
    name: 'ticked in before arriving: a participant without a phone',
    setup: IMPORTED_LIVE,
    who: 'desk',
    cmd: { type: 'registration.checkIn', registrationId: 'r-cat', on: true },
    expect: ['participant.joined'],
  },
  {
    name: 'ticked in twice: nothing',
    setup: CAT_IN,
    who: 'desk',
    cmd: { type: 'registration.checkIn', registrationId: 'r-cat', on: true },
    expect: [],
  },
  {
    name: 'the tick undone',
    setup: CAT_IN,
    who: 'desk',
    cmd: { type: 'registration.checkIn', registrationId: 'r-cat', on: false },
    expect: ['participant.checkedOut'],
  },
  {
    name: 'undoing a tick never made: nothing',
    setup: IMPORTED_LIVE,
    who: 'desk',
    cmd: { type: 'registration.checkIn', registrationId: 'r-cat', on: false },
    expect: [],
  },
  {
    name: 'came by phone (personal link), then ticked in',
    setup: [...IMPORTED_LIVE, ['p:dan', { type: 'participant.join', participantId: 'dan', registrationId: 'r-dan' }]],
    who: 'desk',
    cmd: { type: 'registration.checkIn', registrationId: 'r-dan', on: true },
    expect: ['participant.checkedIn'],
  },
  {
    name: 'a cancelled person who came anyway',
    setup: [...IMPORTED_LIVE, ['fac', { type: 'registration.cancel', registrationId: 'r-cat' }]],
    who: 'desk',
    cmd: { type: 'registration.checkIn', registrationId: 'r-cat', on: true },
    expect: ['participant.joined'],
  },
  {
    name: 'once the plan is out, seated like a latecomer',
    setup: [
      ...IMPORTED,
      ...PEOPLE,
      ['fac', { type: 'plan.publish', plan: { ann: ['wijkhub', 'wijkstem'], bob: ['wijkstem', 'wijkhub'] } }],
      ...ROUND1.slice(PEOPLE.length),
    ],
    who: 'desk',
    cmd: { type: 'registration.checkIn', registrationId: 'r-cat', on: true },
    expect: ['participant.joined', 'assignment.set', 'assignment.set'],
  },
  {
    name: 'a walk-in without a phone',
    setup: ROUND1,
    who: 'desk',
    cmd: { type: 'participant.walkIn', participantId: 'w-1', name: 'Els', group: 'resident', sandwich: true },
    expect: ['participant.joined'],
  },
  {
    name: 'the same walk-in retried: nothing',
    setup: [...ROUND1, ['desk', { type: 'participant.walkIn', participantId: 'w-1', name: 'Els' }]],
    who: 'desk',
    cmd: { type: 'participant.walkIn', participantId: 'w-1', name: 'Els' },
    expect: [],
  },
  {
    name: 'a walk-in with a participant id in use',
    setup: ROUND1,
    who: 'desk',
    cmd: { type: 'participant.walkIn', participantId: 'ann', name: 'Els' },
    expect: 'CONFLICT',
  },
  {
    name: "a walk-in with a registration's reserved id",
    setup: IMPORTED_LIVE,
    who: 'desk',
    cmd: { type: 'participant.walkIn', participantId: 'cat', name: 'Els' },
    expect: 'CONFLICT',
  },
  {
    name: 'a host may not tick people in',
    setup: IMPORTED_LIVE,
    who: 'host:wijkhub',
    cmd: { type: 'registration.checkIn', registrationId: 'r-cat', on: true },
    expect: 'FORBIDDEN',
  },
];

/** The personal link is a join (the people family): a phone made from the registration. */
// prettier-ignore
export const PERSONAL_LINK_ROWS: Row[] = [
  // ── the personal link ──────────────────────────────────────────────────────────────────
  {
    name: 'a phone with the personal code becomes that person',
    setup: IMPORTED,
    who: 'p:cat',
    cmd: { type: 'participant.join', participantId: 'cat', registrationId: 'r-cat' },
    expect: ['participant.joined'],
  },
  {
    name: 'also when the door is closed',
    setup: [...IMPORTED, ['fac', { type: 'door.set', open: false }]],
    who: 'p:cat',
    cmd: { type: 'participant.join', participantId: 'cat', registrationId: 'r-cat' },
    expect: ['participant.joined'],
  },
  {
    name: "not as someone else's registration",
    setup: IMPORTED,
    who: 'p:cat',
    cmd: { type: 'participant.join', participantId: 'cat', registrationId: 'r-dan' },
    expect: 'NOT_FOUND',
  },
];
