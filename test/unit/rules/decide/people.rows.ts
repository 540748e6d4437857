import { join, to } from '../fixtures';
import { PEOPLE, ENDED, type Row } from './setups';

/** decide, people: joining, profile, picks, erasing: accepted with these events, or refused with this code. */
// prettier-ignore
export const PEOPLE_ROWS: Row[] = [
  // ── accepted: every command type at least once ──────────────────────────────────────────
  {
    name: 'someone the published plan seats cannot change their picks',
    setup: [...PEOPLE, ['fac', { type: 'plan.publish', plan: { ann: ['wijkstem', 'wijkhub'] } }]],
    who: 'p:ann',
    cmd: { type: 'tables.pick', picks: ['wijkstem', 'wijkhub'] },
    expect: 'WRONG_PHASE',
  },
  {
    name: 'a latecomer in round 2 gets one seat, at the table they picked',
    setup: [
      ...PEOPLE,
      ['fac', { type: 'plan.publish', plan: { ann: ['wijkstem', 'wijkhub'] } }],
      ...to('round-2'),
      ...join('cas'),
    ],
    who: 'p:cas',
    cmd: { type: 'tables.pick', picks: ['wijksamenwerking'] },
    expect: ['tables.picked', 'assignment.set'],
  },
  {
    name: 'someone the plan gave no table (not checked in) may still pick, and is seated',
    setup: [...PEOPLE, ['fac', { type: 'plan.publish', plan: { ann: [null, null] } }]],
    who: 'p:ann',
    cmd: { type: 'tables.pick', picks: ['wijkstem', 'wijkhub'] },
    expect: ['tables.picked', 'assignment.set', 'assignment.set'],
  },
  {
    name: 'a participant joins',
    setup: [],
    who: 'p:cas',
    cmd: { type: 'participant.join', participantId: 'cas' },
    expect: ['participant.joined'],
  },
  {
    name: 'a participant gives a name',
    setup: PEOPLE,
    who: 'p:ann',
    cmd: { type: 'profile.set', name: 'Ann', group: 'resident' },
    expect: ['profile.set'],
  },
  {
    name: 'a participant picks tables',
    setup: PEOPLE,
    who: 'p:ann',
    cmd: { type: 'tables.pick', picks: ['wijkstem', 'wijkhub'] },
    expect: ['tables.picked'],
  },
  {
    name: 'a participant erases their data',
    setup: PEOPLE,
    who: 'p:ann',
    cmd: { type: 'participant.erase' },
    expect: ['participant.erased'],
  },
  {
    name: 'a participant who joined before the door closed goes on as usual',
    setup: [...PEOPLE, ['fac', { type: 'door.set', open: false }]],
    who: 'p:ann',
    cmd: { type: 'profile.set', name: 'Ann' },
    expect: ['profile.set'],
  },
  {
    name: 'erasing stays possible after the end',
    setup: ENDED,
    who: 'p:ann',
    cmd: { type: 'participant.erase' },
    expect: ['participant.erased'],
  },
  // ── FORBIDDEN ────────────────────────────────────────────────────────────────────────────
  {
    name: 'a participant joins as someone else',
    setup: [],
    who: 'p:ann',
    cmd: { type: 'participant.join', participantId: 'bob' },
    expect: 'FORBIDDEN',
  },
  // ── CONFLICT ─────────────────────────────────────────────────────────────────────────────
  {
    name: 'joining twice',
    setup: PEOPLE,
    who: 'p:ann',
    cmd: { type: 'participant.join', participantId: 'ann' },
    expect: 'CONFLICT',
  },
  // ── NOT_FOUND ────────────────────────────────────────────────────────────────────────────
  {
    name: 'an unknown table to pick',
    setup: PEOPLE,
    who: 'p:ann',
    cmd: { type: 'tables.pick', picks: ['wijkhub', 'nope'] },
    expect: 'NOT_FOUND',
  },
  // ── DOOR_CLOSED ──────────────────────────────────────────────────────────────────────────
  {
    name: 'a new participant while the door is closed',
    setup: [...PEOPLE, ['fac', { type: 'door.set', open: false }]],
    who: 'p:cas',
    cmd: { type: 'participant.join', participantId: 'cas' },
    expect: 'DOOR_CLOSED',
  },
  // ── VALIDATION ───────────────────────────────────────────────────────────────────────────
  {
    name: 'a table picked twice',
    setup: PEOPLE,
    who: 'p:ann',
    cmd: { type: 'tables.pick', picks: ['wijkhub', 'wijkhub'] },
    expect: 'VALIDATION',
  },
  // ── no-ops: acknowledged, nothing stored ─────────────────────────────────────────────────
  {
    name: 'the same profile again',
    setup: [...PEOPLE, ['p:ann', { type: 'profile.set', name: 'Ann' }]],
    who: 'p:ann',
    cmd: { type: 'profile.set', name: 'Ann' },
    expect: [],
  },
  {
    name: 'the same picks again',
    setup: PEOPLE,
    who: 'p:ann',
    cmd: { type: 'tables.pick', picks: ['wijkhub', 'wijkstem'] },
    expect: [],
  },
];
