import { LIMITS } from '../../../../shared/protocol/limits';
import { join, type Step, to } from '../fixtures';
import { PEOPLE, type Row } from './setups';

/** ann, bob, cas and dan have joined; ann, bob and cas are kept together as t-1. */
export const FOUR: Step[] = [...PEOPLE, ...join('cas'), ...join('dan')];
export const TRIO: Step[] = [
  ...FOUR,
  ['fac', { type: 'team.set', teamId: 't-1', label: 'Werkplaats A', memberIds: ['ann', 'bob', 'cas'] }],
];
const many = (n: number) => Array.from({ length: n }, (_, i) => `p${i}`);
/** As many teams as a session may hold, each a pair; two people in none. */
const FULL: Step[] = [
  ...many(LIMITS.teams * 2 + 2).flatMap((id) => join(id)),
  ...Array.from(
    { length: LIMITS.teams },
    (_, i): Step => [
      'fac',
      { type: 'team.set', teamId: `t${i}`, label: `Team ${i}`, memberIds: [`p${2 * i}`, `p${2 * i + 1}`] },
    ],
  ),
];
const pair = (teamId: string, memberIds: string[]) =>
  ({ type: 'team.set', teamId, label: 'Samen', memberIds }) as const;

/** decide, keep-together teams: accepted with these events, or refused with this code. */
// prettier-ignore
export const TEAMS_ROWS: Row[] = [
  // ── accepted ─────────────────────────────────────────────────────────────────────────────
  {
    name: 'a facilitator keeps two people together',
    setup: PEOPLE,
    who: 'fac',
    cmd: pair('t-1', ['ann', 'bob']),
    expect: ['team.set'],
  },
  {
    name: 'a trio at one table all evening',
    setup: FOUR,
    who: 'fac',
    cmd: { type: 'team.set', teamId: 't-1', label: 'Werkplaats', memberIds: ['ann', 'bob', 'cas'], stays: true },
    expect: ['team.set'],
  },
  {
    name: 'a person moving to another team',
    setup: TRIO,
    who: 'fac',
    cmd: pair('t-2', ['cas', 'dan']),
    expect: ['team.set'],
  },
  {
    name: 'a team replaced with other members',
    setup: TRIO,
    who: 'fac',
    cmd: { type: 'team.set', teamId: 't-1', label: 'Werkplaats A', memberIds: ['dan', 'ann'] },
    expect: ['team.set'],
  },
  {
    name: 'also during the evening',
    setup: [...TRIO, ...to('round-1')],
    who: 'fac',
    cmd: pair('t-2', ['cas', 'dan']),
    expect: ['team.set'],
  },
  {
    name: 'as many members as a team may have',
    setup: many(LIMITS.teamMembers).flatMap((id) => join(id)),
    who: 'fac',
    cmd: pair('t-1', many(LIMITS.teamMembers)),
    expect: ['team.set'],
  },
  {
    name: 'a team deleted',
    setup: TRIO,
    who: 'fac',
    cmd: { type: 'team.delete', teamId: 't-1' },
    expect: ['team.removed'],
  },
  {
    name: 'a full session still changes a team it has',
    setup: FULL,
    who: 'fac',
    cmd: pair('t0', ['p0', `p${LIMITS.teams * 2}`]),
    expect: ['team.set'],
  },
  // ── no-ops ───────────────────────────────────────────────────────────────────────────────
  {
    name: 'the same team again',
    setup: TRIO,
    who: 'fac',
    cmd: { type: 'team.set', teamId: 't-1', label: 'Werkplaats A', memberIds: ['ann', 'bob', 'cas'] },
    expect: [],
  },
  // ── VALIDATION (at the door) ─────────────────────────────────────────────────────────────
  { name: 'one person is no team', setup: PEOPLE, who: 'fac', cmd: pair('t-1', ['ann']), expect: 'VALIDATION' },
  {
    name: 'more members than a team may have',
    setup: many(LIMITS.teamMembers + 1).flatMap((id) => join(id)),
    who: 'fac',
    cmd: pair('t-1', many(LIMITS.teamMembers + 1)),
    expect: 'VALIDATION',
  },
  { name: 'a person named twice', setup: PEOPLE, who: 'fac', cmd: pair('t-1', ['ann', 'ann']), expect: 'VALIDATION' },
  {
    name: 'a team without a name',
    setup: PEOPLE,
    who: 'fac',
    cmd: { type: 'team.set', teamId: 't-1', label: ' ', memberIds: ['ann', 'bob'] },
    expect: 'VALIDATION',
  },
  // ── NOT_FOUND ────────────────────────────────────────────────────────────────────────────
  {
    name: 'a person who is not in the session',
    setup: PEOPLE,
    who: 'fac',
    cmd: pair('t-1', ['ann', 'zed']),
    expect: 'NOT_FOUND',
  },
  {
    name: 'a person who erased their data',
    setup: [...PEOPLE, ['p:bob', { type: 'participant.erase' }]],
    who: 'fac',
    cmd: pair('t-1', ['ann', 'bob']),
    expect: 'NOT_FOUND',
  },
  {
    name: 'deleting a team that is not there',
    setup: TRIO,
    who: 'fac',
    cmd: { type: 'team.delete', teamId: 't-9' },
    expect: 'NOT_FOUND',
  },
  // ── LIMIT_REACHED ────────────────────────────────────────────────────────────────────────
  {
    name: 'one team more than a session may hold',
    setup: FULL,
    who: 'fac',
    cmd: pair('t-new', [`p${LIMITS.teams * 2}`, `p${LIMITS.teams * 2 + 1}`]),
    expect: 'LIMIT_REACHED',
  },
  // ── FORBIDDEN: teams are the facilitator's ───────────────────────────────────────────────
  {
    name: 'a participant makes a team',
    setup: PEOPLE,
    who: 'p:ann',
    cmd: pair('t-1', ['ann', 'bob']),
    expect: 'FORBIDDEN',
  },
  {
    name: 'a host makes a team',
    setup: PEOPLE,
    who: 'host:wijkhub',
    cmd: pair('t-1', ['ann', 'bob']),
    expect: 'FORBIDDEN',
  },
  { name: 'the desk makes a team', setup: PEOPLE, who: 'desk', cmd: pair('t-1', ['ann', 'bob']), expect: 'FORBIDDEN' },
  {
    name: 'the screen makes a team',
    setup: PEOPLE,
    who: 'screen',
    cmd: pair('t-1', ['ann', 'bob']),
    expect: 'FORBIDDEN',
  },
  {
    name: 'a participant deletes a team',
    setup: TRIO,
    who: 'p:ann',
    cmd: { type: 'team.delete', teamId: 't-1' },
    expect: 'FORBIDDEN',
  },
  // ── WRONG_PHASE ──────────────────────────────────────────────────────────────────────────
  {
    name: 'a team after the end',
    setup: [...FOUR, ...to('round-1'), ['fac', { type: 'session.end' }]],
    who: 'fac',
    cmd: pair('t-1', ['ann', 'bob']),
    expect: 'WRONG_PHASE',
  },
];
