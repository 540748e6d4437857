import type { Signup } from '../../../../shared/model/session';
import { type Step, to } from '../fixtures';
import { ENDED, PEOPLE, type Row } from './setups';

/** decide, programme members: the checks before the member service's work, and the link it sends. */
const signup = (id: string, groupId: string, extra: Partial<Signup> = {}): Signup => ({
  id,
  groupId,
  participantId: 'ann',
  contact: { email: 'ann@example.org', phone: null },
  consent: true,
  createdAt: 0,
  ...extra,
});
const link = (memberId: string | null, signups: Signup[] = []) =>
  ({ type: 'member.link', participantId: 'ann', memberId, signups }) as const;
const ANN_MEMBER: Step[] = [...PEOPLE, ['p:ann', link('m-1')]];
const ANN_IN_HUB: Step[] = [
  ...PEOPLE,
  ['p:ann', { type: 'signup.add', signupId: 's-hub', groupId: 'wg-wijkhub', consent: false }],
];

// prettier-ignore
export const MEMBERS_ROWS: Row[] = [
  // ── the checks: nothing stored by decide itself ─────────────────────────────────────────
  {
    name: 'a participant may agree to be remembered',
    setup: PEOPLE,
    who: 'p:ann',
    cmd: { type: 'member.remember', on: true },
    expect: [],
  },
  { name: 'and take it back', setup: PEOPLE, who: 'p:ann', cmd: { type: 'member.remember', on: false }, expect: [] },
  { name: 'also after the end', setup: ENDED, who: 'p:ann', cmd: { type: 'member.remember', on: true }, expect: [] },
  {
    name: 'an erased participant may not',
    setup: [...PEOPLE, ['p:ann', { type: 'participant.erase' }]],
    who: 'p:ann',
    cmd: { type: 'member.remember', on: true },
    expect: 'FORBIDDEN',
  },
  {
    name: 'a participant may bring a code',
    setup: PEOPLE,
    who: 'p:ann',
    cmd: { type: 'member.claim', code: 'abcd efgh jkmn' },
    expect: [],
  },
  {
    name: 'not after the end',
    setup: ENDED,
    who: 'p:ann',
    cmd: { type: 'member.claim', code: 'ABCDEFGHJKMN' },
    expect: 'WRONG_PHASE',
  },
  {
    name: 'a code of the wrong length is refused at the door',
    setup: PEOPLE,
    who: 'p:ann',
    cmd: { type: 'member.claim', code: 'ABCDEF' },
    expect: 'VALIDATION',
  },
  {
    name: 'a code with a look-alike letter is refused at the door',
    setup: PEOPLE,
    who: 'p:ann',
    cmd: { type: 'member.claim', code: 'ABCDEFGHJKM0' },
    expect: 'VALIDATION',
  },
  {
    name: 'a host may not',
    setup: PEOPLE,
    who: 'host:wijkhub',
    cmd: { type: 'member.remember', on: true },
    expect: 'FORBIDDEN',
  },

  // ── the link the member service sends ───────────────────────────────────────────────────
  { name: 'links ann to her member id', setup: PEOPLE, who: 'p:ann', cmd: link('m-1'), expect: ['member.linked'] },
  { name: 'the same member id again: nothing', setup: ANN_MEMBER, who: 'p:ann', cmd: link('m-1'), expect: [] },
  { name: 'no longer remembered', setup: ANN_MEMBER, who: 'p:ann', cmd: link(null), expect: ['member.linked'] },
  { name: 'not remembered and off: nothing', setup: PEOPLE, who: 'p:ann', cmd: link(null), expect: [] },
  {
    name: 'after the end it may be taken back',
    setup: [...ANN_MEMBER, ...to('round-1'), ['fac', { type: 'session.end' }]],
    who: 'p:ann',
    cmd: link(null),
    expect: ['member.linked'],
  },
  {
    name: 'someone else here holds that member id',
    setup: ANN_MEMBER,
    who: 'p:bob',
    cmd: { ...link('m-1'), participantId: 'bob' },
    expect: 'CONFLICT',
  },
  { name: 'a link for someone else', setup: PEOPLE, who: 'p:bob', cmd: link('m-1'), expect: 'FORBIDDEN' },
  {
    name: 'her consented sign-ups come along',
    setup: PEOPLE,
    who: 'p:ann',
    cmd: link('m-1', [signup('n1', 'wg-wijkhub'), signup('n2', 'wg-wijkstem')]),
    expect: ['member.linked', 'signup.added', 'signup.added'],
  },
  {
    name: 'a group this session lacks is left out',
    setup: PEOPLE,
    who: 'p:ann',
    cmd: link('m-1', [signup('n1', 'wg-gone')]),
    expect: ['member.linked'],
  },
  {
    name: 'a group she already joined here is left out',
    setup: ANN_IN_HUB,
    who: 'p:ann',
    cmd: link('m-1', [signup('n1', 'wg-wijkhub')]),
    expect: ['member.linked'],
  },
  {
    name: 'a sign-up without consent is left out',
    setup: PEOPLE,
    who: 'p:ann',
    cmd: link('m-1', [signup('n1', 'wg-wijkhub', { consent: false })]),
    expect: ['member.linked'],
  },
  {
    name: 'sign-ups alone, for a member already linked',
    setup: ANN_MEMBER,
    who: 'p:ann',
    cmd: link('m-1', [signup('n1', 'wg-wijkhub')]),
    expect: ['signup.added'],
  },
];
