import type { Command } from '../../protocol/commands';
import { fail } from '../../protocol/errors';
import type { SessionState } from '../../model/session';
import type { Actor } from '../actor';
import { accept, type Decision, nothing } from './result';

type Of<T extends Command['type']> = Extract<Command, { type: T }>;

/** Questions at the info point: participants ask, the desk and facilitators triage and answer. */

export function questionAsk(state: SessionState, c: Of<'question.ask'>, actor: Actor, now: number): Decision {
  if (actor.role === 'participant' && state.status === 'ended') return fail('WRONG_PHASE', 'the info point has closed');
  if (!state.infoCategories.some((x) => x.id === c.categoryId))
    return fail('NOT_FOUND', 'no such category', 'categoryId');
  if (c.questionId in state.questions) return fail('CONFLICT', 'a question with this id exists', 'questionId');
  return accept({
    type: 'question.asked',
    question: {
      id: c.questionId,
      // The desk logs questions asked in person: those have no participant behind them.
      authorId: actor.role === 'participant' ? actor.participantId : null,
      categoryId: c.categoryId,
      text: c.text,
      status: 'new',
      answer: null,
      hidden: false,
      mergedInto: null,
      createdAt: now,
      // From the session's status, never from the client (the command has no such field): a
      // question sent while the session is still a draft is one for the panel to answer on the day.
      ...(state.status === 'draft' ? { beforehand: true } : {}),
    },
  });
}

export function questionTriage(state: SessionState, c: Of<'question.triage'>): Decision {
  const q = state.questions[c.questionId];
  if (q === undefined) return fail('NOT_FOUND', 'no such question', 'questionId');
  if (c.categoryId !== undefined && !state.infoCategories.some((x) => x.id === c.categoryId)) {
    return fail('NOT_FOUND', 'no such category', 'categoryId');
  }
  // "Answered" tells the asker to look for an answer: it comes with one (question.answer), or
  // the follow-up page would promise one that never comes. At the desk itself: answered-on-spot.
  if (c.status === 'answered' && q.answer === null)
    return fail('VALIDATION', 'write the answer with question.answer, or use answered-on-spot', 'status');
  const changes = {
    ...(c.categoryId !== undefined && c.categoryId !== q.categoryId ? { categoryId: c.categoryId } : {}),
    ...(c.status !== undefined && c.status !== q.status ? { status: c.status } : {}),
  };
  return Object.keys(changes).length === 0
    ? nothing
    : accept({ type: 'question.triaged', questionId: q.id, ...changes });
}

export function questionAnswer(state: SessionState, c: Of<'question.answer'>): Decision {
  const q = state.questions[c.questionId];
  if (q === undefined) return fail('NOT_FOUND', 'no such question', 'questionId');
  const status = c.status ?? 'answered';
  if (q.answer === c.answer && q.status === status) return nothing;
  return accept({ type: 'question.answered', questionId: q.id, answer: c.answer, status });
}

export function questionHide(state: SessionState, c: Of<'question.hide'>): Decision {
  const q = state.questions[c.questionId];
  if (q === undefined) return fail('NOT_FOUND', 'no such question', 'questionId');
  return q.hidden === c.hidden ? nothing : accept({ type: 'question.hidden', questionId: q.id, hidden: c.hidden });
}

/**
 * Merging duplicates: the duplicate keeps its own text but is answered (and reported) with the
 * question it repeats. Merges never chain: the target may not itself be a duplicate, and the
 * duplicates of the merged question move along with it (see apply).
 */
export function questionMerge(state: SessionState, c: Of<'question.merge'>): Decision {
  const q = state.questions[c.questionId];
  if (q === undefined) return fail('NOT_FOUND', 'no such question', 'questionId');
  if (c.intoQuestionId === null)
    return q.mergedInto === null
      ? nothing
      : accept({ type: 'question.merged', questionId: q.id, intoQuestionId: null });
  const into = state.questions[c.intoQuestionId];
  if (into === undefined) return fail('NOT_FOUND', 'no such question', 'intoQuestionId');
  if (into.id === q.id) return fail('VALIDATION', 'a question cannot be merged into itself', 'intoQuestionId');
  if (into.mergedInto !== null)
    return fail('CONFLICT', 'that question is itself a duplicate; merge into the one it repeats', 'intoQuestionId');
  if (q.mergedInto === into.id) return nothing;
  return accept({ type: 'question.merged', questionId: q.id, intoQuestionId: into.id });
}

/** The follow-up goes public only after the evening: before that, the answers are not final. */
export function followupPublish(state: SessionState, c: Of<'followup.publish'>, now: number): Decision {
  const published = (state.followupPublishedAt ?? null) !== null;
  if (published === c.published) return nothing;
  if (state.status !== 'ended') return fail('WRONG_PHASE', 'publish the follow-up after the session has ended');
  return accept({ type: 'followup.published', at: c.published ? now : null });
}
