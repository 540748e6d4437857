import { useEffect, useRef, useState } from 'react';
import type { Question, SessionState } from '../../../../shared/model/session';
import { questionStage } from '../../../../shared/rules/questions';
import { useT } from '../../i18n';
import { loadSeen, newsOf, saveSeen } from './seenNews';

/** The element id of a question in "your questions", where the notice's button moves focus. */
export const questionAnchor = (questionId: string) => `my-question-${questionId}`;

/**
 * News about your own questions, at the top of the phone and staying there while the page
 * scrolls: the answer lands far down the page, where nobody sees it arrive. A polite live region,
 * so a screen reader reads it out; the button moves focus to the answer. Once followed, or once
 * the answer itself was on screen, it is marked seen on this device and does not come back after
 * a reload.
 */
export function AnswerNotice({ state, me }: { state: SessionState; me: string }) {
  const t = useT();
  const [seen, setSeen] = useState(() => loadSeen(state.id, me));
  const news = Object.values(state.questions)
    .filter((q) => q.authorId === me && !q.hidden)
    .filter((q) => {
      const n = newsOf(q);
      return n !== null && seen[q.id] !== n;
    })
    .sort((a, b) => rank(a) - rank(b) || b.createdAt - a.createdAt);
  const first = news[0];

  // Seen on this device, so a reload does not say it again. `shown` too: the notice goes.
  const remember = (questions: Question[]) => {
    const stored = loadSeen(state.id, me);
    for (const q of questions) stored[q.id] = newsOf(q) ?? '';
    saveSeen(state.id, me, stored);
  };
  const markSeen = (questions: Question[]) => {
    remember(questions);
    setSeen((before) => {
      const after = { ...before };
      for (const q of questions) after[q.id] = newsOf(q) ?? '';
      return after;
    });
  };

  // An answer read where it stands (the page scrolled to it) is not told again after a reload;
  // the notice itself stays until followed, so it is read out even to someone looking at the
  // answer as it comes in. The observer is made again only when the news changes, not on every
  // render: `latest` holds this render's.
  const latest = useRef({ news, remember });
  latest.current = { news, remember };
  const newsKey = news.map((q) => `${q.id}=${newsOf(q)}`).join();
  useEffect(() => {
    if (newsKey === '' || typeof IntersectionObserver === 'undefined') return;
    const byElement = new Map<Element, Question>();
    for (const q of latest.current.news) {
      const el = document.getElementById(questionAnchor(q.id));
      if (el !== null) byElement.set(el, q);
    }
    const observer = new IntersectionObserver(
      (entries) => {
        // Most of it on screen; an answer taller than half the screen counts when it fills that half.
        const read = entries
          .filter((e) => e.isIntersecting)
          .filter((e) => e.intersectionRatio >= 0.5 || e.intersectionRect.height >= (e.rootBounds?.height ?? 0) / 2)
          .map((e) => byElement.get(e.target)!);
        if (read.length > 0) latest.current.remember(read);
      },
      { threshold: [0, 0.25, 0.5, 0.75, 1] },
    );
    for (const el of byElement.keys()) observer.observe(el);
    return () => observer.disconnect();
  }, [newsKey]);

  return (
    <div role="status" aria-live="polite" className="answer-live">
      {first !== undefined && (
        <div className="answer-notice">
          <p>
            <strong>
              {questionStage(first.status) === 'done'
                ? t('participant.notice.answered')
                : t('participant.notice.followUp')}
            </strong>
          </p>
          <button
            type="button"
            className="primary"
            onClick={() => {
              markSeen(news);
              // After the notice has gone: the page shifts up by its height.
              requestAnimationFrame(() => document.getElementById(questionAnchor(first.id))?.focus());
            }}
          >
            {first.answer !== null ? t('participant.notice.read') : t('participant.notice.show')}
          </button>
        </div>
      )}
    </div>
  );
}

/** An answer comes before a status without one. */
const rank = (q: Question) => (questionStage(q.status) === 'done' ? 0 : 1);
