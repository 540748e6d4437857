import { PEOPLE, SIGNED, ENDED, type Row } from './setups';

/** decide, working-group sign-ups: accepted with these events, or refused with this code. */
// prettier-ignore
export const GROUPS_ROWS: Row[] = [
  // ── accepted: every command type at least once ──────────────────────────────────────────
  {
    name: 'a participant signs up with contact and consent',
    setup: PEOPLE,
    who: 'p:ann',
    cmd: {
      type: 'signup.add',
      signupId: 's1',
      groupId: 'wg-wijkstem',
      contact: { email: 'a@b.nl', phone: null },
      consent: true,
    },
    expect: ['signup.added'],
  },
  {
    name: 'a participant withdraws their sign-up',
    setup: SIGNED,
    who: 'p:ann',
    cmd: { type: 'signup.withdraw', signupId: 's1' },
    expect: ['signup.withdrawn'],
  },
  // ── WRONG_PHASE ──────────────────────────────────────────────────────────────────────────
  {
    name: 'a sign-up after session.end',
    setup: ENDED,
    who: 'p:ann',
    cmd: { type: 'signup.add', signupId: 's1', groupId: 'wg-wijkhub', consent: false },
    expect: 'WRONG_PHASE',
  },
  // ── CONFLICT ─────────────────────────────────────────────────────────────────────────────
  {
    name: 'signing up twice for one group',
    setup: SIGNED,
    who: 'p:ann',
    cmd: { type: 'signup.add', signupId: 's2', groupId: 'wg-wijkhub', consent: false },
    expect: 'CONFLICT',
  },
  {
    name: 'a duplicate sign-up id',
    setup: SIGNED,
    who: 'p:bob',
    cmd: { type: 'signup.add', signupId: 's1', groupId: 'wg-wijkstem', consent: false },
    expect: 'CONFLICT',
  },
  // ── NOT_FOUND ────────────────────────────────────────────────────────────────────────────
  {
    name: 'an unknown working group',
    setup: PEOPLE,
    who: 'p:ann',
    cmd: { type: 'signup.add', signupId: 's1', groupId: 'nope', consent: false },
    expect: 'NOT_FOUND',
  },
  {
    name: "someone else's sign-up answers like a missing one",
    setup: SIGNED,
    who: 'p:bob',
    cmd: { type: 'signup.withdraw', signupId: 's1' },
    expect: 'NOT_FOUND',
  },
  // ── VALIDATION ───────────────────────────────────────────────────────────────────────────
  {
    name: 'contact details without consent',
    setup: PEOPLE,
    who: 'p:ann',
    cmd: {
      type: 'signup.add',
      signupId: 's1',
      groupId: 'wg-wijkhub',
      contact: { email: null, phone: '+31 6 1234 5678' },
      consent: false,
    },
    expect: 'VALIDATION',
  },
];
