import { describe, expect, it } from 'vitest';
import type { Question } from '../../../shared/model/session';
import { questionStage, questionToDo } from '../../../shared/rules/questions';

/** Where a question stands for the desk's lists, one row per status and flag. */
const base: Question = {
  id: 'q1',
  authorId: 'ann',
  categoryId: 'other',
  text: 'Wie beslist?',
  status: 'new',
  answer: null,
  hidden: false,
  mergedInto: null,
  createdAt: 0,
};

const rows: { is: string; q: Partial<Question>; stage: 'to-do' | 'done'; toDo: boolean }[] = [
  { is: 'new', q: {}, stage: 'to-do', toDo: true },
  { is: 'being looked into', q: { status: 'follow-up', answer: 'Morgen' }, stage: 'to-do', toDo: true },
  { is: 'answered', q: { status: 'answered', answer: 'De raad' }, stage: 'done', toDo: false },
  { is: 'answered at the desk', q: { status: 'answered-on-spot' }, stage: 'done', toDo: false },
  { is: 'new but hidden as abuse', q: { hidden: true }, stage: 'to-do', toDo: false },
  { is: 'new but a duplicate', q: { mergedInto: 'q0' }, stage: 'to-do', toDo: false },
];

describe('questionStage and questionToDo', () => {
  for (const row of rows)
    it(`a question ${row.is}: ${row.stage}, ${row.toDo ? 'on' : 'off'} the to-do list`, () => {
      const q = { ...base, ...row.q };
      expect(questionStage(q.status)).toBe(row.stage);
      expect(questionToDo(q)).toBe(row.toDo);
    });
});
