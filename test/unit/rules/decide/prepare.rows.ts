import { agenda, tables, PEOPLE, ROUND1, CARDS, QUESTION, SIGNED, type Row } from './setups';

/** decide, preparing: the session, agenda, tables, rounds, subjects and groups: accepted with these events, or refused with this code. */
// prettier-ignore
export const PREPARE_ROWS: Row[] = [
  // ── accepted: every command type at least once ──────────────────────────────────────────
  {
    name: 'facilitator renames the session',
    setup: [],
    who: 'fac',
    cmd: { type: 'session.update', title: 'Wijkavond Noord' },
    expect: ['session.updated'],
  },
  {
    name: 'facilitator drops the drinks from the agenda',
    setup: [],
    who: 'fac',
    cmd: { type: 'agenda.set', phases: agenda().slice(0, -1) },
    expect: ['agenda.set'],
  },
  {
    name: 'facilitator renames a table',
    setup: [],
    who: 'fac',
    cmd: { type: 'tables.set', tables: tables().map((t) => ({ ...t, host: 'Ineke' })) },
    expect: ['tables.set'],
  },
  {
    name: 'removing an empty table lets go of picks and groups',
    setup: PEOPLE,
    who: 'fac',
    cmd: { type: 'tables.set', tables: tables().slice(0, 2) },
    expect: ['tables.set', 'tables.picked', 'tables.picked', 'workingGroups.set'],
  },
  {
    name: 'facilitator shortens the rounds',
    setup: [],
    who: 'fac',
    cmd: { type: 'rounds.set', rounds: { count: 2, lengthMin: 40, tablesPerParticipant: 2 } },
    expect: ['rounds.set'],
  },
  {
    name: 'facilitator sets the info categories',
    setup: [],
    who: 'fac',
    cmd: { type: 'categories.set', categories: [{ id: 'other', label: 'Overig' }] },
    expect: ['categories.set'],
  },
  {
    name: 'facilitator sets the working groups',
    setup: [],
    who: 'fac',
    cmd: { type: 'workingGroups.set', groups: [{ id: 'wg-x', title: 'X', description: '', tableId: 'wijkhub' }] },
    expect: ['workingGroups.set'],
  },
  // ── CONFLICT ─────────────────────────────────────────────────────────────────────────────
  {
    name: 'removing a table that has cards',
    setup: CARDS,
    who: 'fac',
    cmd: { type: 'tables.set', tables: tables().slice(0, 2) },
    expect: 'CONFLICT',
  },
  {
    name: 'removing a table people are placed at',
    setup: [...PEOPLE, ['fac', { type: 'assignment.set', participantId: 'ann', round: 1, tableId: 'wijkstem' }]],
    who: 'fac',
    cmd: { type: 'tables.set', tables: tables().slice(0, 2) },
    expect: 'CONFLICT',
  },
  {
    name: 'removing the running phase from the agenda',
    setup: ROUND1,
    who: 'fac',
    cmd: { type: 'agenda.set', phases: agenda().filter((p) => p.id !== 'round-1' && p.id !== 'round-2') },
    expect: 'CONFLICT',
  },
  {
    name: 'fewer rounds than the agenda plays',
    setup: [],
    who: 'fac',
    cmd: { type: 'rounds.set', rounds: { count: 1, lengthMin: 45, tablesPerParticipant: 1 } },
    expect: 'CONFLICT',
  },
  {
    name: 'removing a category that has questions',
    setup: QUESTION,
    who: 'fac',
    cmd: { type: 'categories.set', categories: [{ id: 'other', label: 'Overig' }] },
    expect: 'CONFLICT',
  },
  {
    name: 'removing a group people signed up for',
    setup: SIGNED,
    who: 'fac',
    cmd: { type: 'workingGroups.set', groups: [] },
    expect: 'CONFLICT',
  },
  // ── NOT_FOUND ────────────────────────────────────────────────────────────────────────────
  {
    name: 'a working group at an unknown table',
    setup: [],
    who: 'fac',
    cmd: { type: 'workingGroups.set', groups: [{ id: 'wg', title: 'X', description: '', tableId: 'nope' }] },
    expect: 'NOT_FOUND',
  },
  // ── VALIDATION ───────────────────────────────────────────────────────────────────────────
  {
    name: 'duplicate phase ids in agenda.set',
    setup: [],
    who: 'fac',
    cmd: { type: 'agenda.set', phases: [...agenda(), { ...agenda()[0]!, title: 'Nog een inloop' }] },
    expect: 'VALIDATION',
  },
  {
    name: 'duplicate table ids in tables.set',
    setup: [],
    who: 'fac',
    cmd: { type: 'tables.set', tables: [...tables(), tables()[0]!] },
    expect: 'VALIDATION',
  },
  {
    name: 'an agenda round beyond the rounds',
    setup: [],
    who: 'fac',
    cmd: { type: 'agenda.set', phases: [{ ...agenda()[3]!, id: 'round-3', round: 3 }] },
    expect: 'VALIDATION',
  },
  // ── no-ops: acknowledged, nothing stored ─────────────────────────────────────────────────
  { name: 'an empty session.update', setup: [], who: 'fac', cmd: { type: 'session.update' }, expect: [] },
];
