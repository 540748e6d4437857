import type { Question, QuestionStatus } from '../model/session';

/**
 * Where a question stands for the info point: still to do (new, or being looked into to answer
 * later) or done (answered, in writing or at the desk). The desk's lists, the report's open
 * follow-ups and the "answer the open questions first" count all split questions this way.
 */
export type QuestionStage = 'to-do' | 'done';

const STAGE: Record<QuestionStatus, QuestionStage> = {
  new: 'to-do',
  'follow-up': 'to-do',
  'answered-on-spot': 'done',
  answered: 'done',
};

export function questionStage(status: QuestionStatus): QuestionStage {
  return STAGE[status];
}

/** Still waiting for the desk: not answered, not hidden as abuse, not a duplicate of another. */
export function questionToDo(q: Question): boolean {
  return !q.hidden && q.mergedInto === null && STAGE[q.status] === 'to-do';
}
