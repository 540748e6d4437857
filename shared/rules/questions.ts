import type { InfoCategory, Question, QuestionStatus, SessionState } from '../model/session';

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

/** One category's questions, in the order of the session's categories. */
export type CategoryGroup<Q> = { categoryId: string; label: string; questions: Q[]; count: number };

/**
 * Questions grouped by their category, in the order the session lists its categories; a group
 * per category that has any. A question whose category was removed since keeps a group of its
 * own at the end, labelled with that id, so no question silently drops out of a list or report.
 */
export function groupByCategory<Q extends { categoryId: string }>(
  questions: readonly Q[],
  categories: readonly InfoCategory[],
): CategoryGroup<Q>[] {
  const order = categories.map((c) => ({ categoryId: c.id, label: c.label }));
  for (const q of questions) {
    if (!order.some((c) => c.categoryId === q.categoryId))
      order.push({ categoryId: q.categoryId, label: q.categoryId });
  }
  return order
    .map((c) => {
      const own = questions.filter((q) => q.categoryId === c.categoryId);
      return { ...c, questions: own, count: own.length };
    })
    .filter((g) => g.count > 0);
}

/**
 * The questions sent before the session began, for the panel's chair: each once (a duplicate is
 * shown with the question it repeats), none hidden as abuse, oldest first.
 */
export function questionsBeforehand(
  state: Pick<SessionState, 'questions' | 'infoCategories'>,
): CategoryGroup<Question>[] {
  const roots = Object.values(state.questions)
    .filter((q) => q.beforehand === true && !q.hidden && q.mergedInto === null)
    .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  return groupByCategory(roots, state.infoCategories);
}
