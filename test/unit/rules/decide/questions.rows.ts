import { to } from '../fixtures';
import { PEOPLE, CARDS, QUESTION, TWO_QUESTIONS, MERGED, ENDED, type Row } from './setups';

/** decide, info-point questions and the follow-up: accepted with these events, or refused with this code. */
// prettier-ignore
export const QUESTIONS_ROWS: Row[] = [
  // ── accepted: every command type at least once ──────────────────────────────────────────
  {
    name: 'a participant asks the info point',
    setup: PEOPLE,
    who: 'p:ann',
    cmd: { type: 'question.ask', questionId: 'q1', categoryId: 'funding', text: 'Hoeveel geld?' },
    expect: ['question.asked'],
  },
  {
    name: 'the desk logs a question asked in person',
    setup: [],
    who: 'desk',
    cmd: { type: 'question.ask', questionId: 'q1', categoryId: 'funding', text: 'Hoeveel geld?' },
    expect: ['question.asked'],
  },
  {
    name: 'the desk triages a question',
    setup: QUESTION,
    who: 'desk',
    cmd: { type: 'question.triage', questionId: 'q1', categoryId: 'funding', status: 'follow-up' },
    expect: ['question.triaged'],
  },
  {
    name: 'the desk answers a question',
    setup: QUESTION,
    who: 'desk',
    cmd: { type: 'question.answer', questionId: 'q1', answer: 'De wijkraad' },
    expect: ['question.answered'],
  },
  {
    name: 'the desk hides a question',
    setup: QUESTION,
    who: 'desk',
    cmd: { type: 'question.hide', questionId: 'q1', hidden: true },
    expect: ['question.hidden'],
  },
  {
    name: 'the desk merges a duplicate',
    setup: TWO_QUESTIONS,
    who: 'desk',
    cmd: { type: 'question.merge', questionId: 'q2', intoQuestionId: 'q1' },
    expect: ['question.merged'],
  },
  {
    name: 'the facilitator undoes a merge after the end',
    setup: [...MERGED, ...to('round-1'), ['fac', { type: 'session.end' }]],
    who: 'fac',
    cmd: { type: 'question.merge', questionId: 'q2', intoQuestionId: null },
    expect: ['question.merged'],
  },
  {
    name: 'the facilitator publishes the follow-up after the end',
    setup: [...QUESTION, ...to('round-1'), ['fac', { type: 'session.end' }]],
    who: 'fac',
    cmd: { type: 'followup.publish', published: true },
    expect: ['followup.published'],
  },
  {
    name: 'and takes it offline again',
    setup: [
      ...QUESTION,
      ...to('round-1'),
      ['fac', { type: 'session.end' }],
      ['fac', { type: 'followup.publish', published: true }],
    ],
    who: 'fac',
    cmd: { type: 'followup.publish', published: false },
    expect: ['followup.published'],
  },
  {
    name: 'publishing before the end',
    setup: QUESTION,
    who: 'fac',
    cmd: { type: 'followup.publish', published: true },
    expect: 'WRONG_PHASE',
  },
  {
    name: 'the desk publishes the follow-up',
    setup: [...QUESTION, ...to('round-1'), ['fac', { type: 'session.end' }]],
    who: 'desk',
    cmd: { type: 'followup.publish', published: true },
    expect: 'FORBIDDEN',
  },
  {
    name: 'merging into a duplicate',
    setup: [...MERGED, ['desk', { type: 'question.ask', questionId: 'q3', categoryId: 'other', text: 'x' }]],
    who: 'desk',
    cmd: { type: 'question.merge', questionId: 'q3', intoQuestionId: 'q2' },
    expect: 'CONFLICT',
  },
  {
    name: 'merging a question into itself',
    setup: QUESTION,
    who: 'desk',
    cmd: { type: 'question.merge', questionId: 'q1', intoQuestionId: 'q1' },
    expect: 'VALIDATION',
  },
  {
    name: 'merging into an unknown question',
    setup: QUESTION,
    who: 'desk',
    cmd: { type: 'question.merge', questionId: 'q1', intoQuestionId: 'nope' },
    expect: 'NOT_FOUND',
  },
  {
    name: 'a merge that is already so',
    setup: MERGED,
    who: 'desk',
    cmd: { type: 'question.merge', questionId: 'q2', intoQuestionId: 'q1' },
    expect: [],
  },
  {
    name: 'publishing what is already public',
    setup: [
      ...QUESTION,
      ...to('round-1'),
      ['fac', { type: 'session.end' }],
      ['fac', { type: 'followup.publish', published: true }],
    ],
    who: 'fac',
    cmd: { type: 'followup.publish', published: true },
    expect: [],
  },
  {
    name: 'the follow-up: answering after the end',
    setup: [
      ...CARDS,
      ['p:ann', { type: 'question.ask', questionId: 'q0', categoryId: 'other', text: 'x' }],
      ['fac', { type: 'session.end' }],
    ],
    who: 'fac',
    cmd: { type: 'question.answer', questionId: 'q0', answer: 'Ja' },
    expect: ['question.answered'],
  },
  {
    name: 'the desk marks a question answered on the spot without writing it down',
    setup: QUESTION,
    who: 'desk',
    cmd: { type: 'question.triage', questionId: 'q1', status: 'answered-on-spot' },
    expect: ['question.triaged'],
  },
  {
    name: 'the desk marks an answered question answered again after a follow-up',
    setup: [
      ...QUESTION,
      ['desk', { type: 'question.answer', questionId: 'q1', answer: 'Morgen', status: 'follow-up' }],
    ],
    who: 'desk',
    cmd: { type: 'question.triage', questionId: 'q1', status: 'answered' },
    expect: ['question.triaged'],
  },
  // ── VALIDATION ───────────────────────────────────────────────────────────────────────────
  {
    name: '"answered" with no answer written',
    setup: QUESTION,
    who: 'desk',
    cmd: { type: 'question.triage', questionId: 'q1', status: 'answered' },
    expect: 'VALIDATION',
  },
  // ── FORBIDDEN ────────────────────────────────────────────────────────────────────────────
  {
    name: 'the screen asks a question',
    setup: [],
    who: 'screen',
    cmd: { type: 'question.ask', questionId: 'q1', categoryId: 'other', text: 'x' },
    expect: 'FORBIDDEN',
  },
  // ── WRONG_PHASE ──────────────────────────────────────────────────────────────────────────
  {
    name: 'a participant question after session.end',
    setup: ENDED,
    who: 'p:ann',
    cmd: { type: 'question.ask', questionId: 'q1', categoryId: 'other', text: 'x' },
    expect: 'WRONG_PHASE',
  },
  // ── CONFLICT ─────────────────────────────────────────────────────────────────────────────
  {
    name: 'a duplicate question id',
    setup: QUESTION,
    who: 'p:bob',
    cmd: { type: 'question.ask', questionId: 'q1', categoryId: 'other', text: 'x' },
    expect: 'CONFLICT',
  },
  // ── NOT_FOUND ────────────────────────────────────────────────────────────────────────────
  {
    name: 'an unknown category',
    setup: PEOPLE,
    who: 'p:ann',
    cmd: { type: 'question.ask', questionId: 'q1', categoryId: 'nope', text: 'x' },
    expect: 'NOT_FOUND',
  },
  {
    name: 'an unknown category in triage',
    setup: QUESTION,
    who: 'desk',
    cmd: { type: 'question.triage', questionId: 'q1', categoryId: 'nope' },
    expect: 'NOT_FOUND',
  },
  {
    name: 'an unknown question',
    setup: QUESTION,
    who: 'desk',
    cmd: { type: 'question.answer', questionId: 'nope', answer: 'x' },
    expect: 'NOT_FOUND',
  },
];
