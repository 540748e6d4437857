import { nanoid } from 'nanoid';
import { useId, useState } from 'react';
import type { QuestionStatus, SessionState } from '../../../../shared/model/session';
import { LIMITS } from '../../../../shared/protocol/limits';
import { CategoryField } from '../../components/CategoryField';
import { SendTextForm } from '../../components/SendTextForm';
import { type MessageKey, useT } from '../../i18n';
import { useCan } from '../../net/useCan';
import { questionAnchor } from './AnswerNotice';

/** The status in a resident's words: the desk's own names ("find out, answer later") are office talk. */
const RESIDENT_STATUS: Record<QuestionStatus, MessageKey> = {
  new: 'participant.qstatus.new',
  'follow-up': 'participant.qstatus.follow-up',
  'answered-on-spot': 'participant.qstatus.answered-on-spot',
  answered: 'participant.qstatus.answered',
};

/**
 * Ask the info point any time; your own questions, their status and (later) the answer. Before
 * the start (`beforehand`) the same form asks the panel: the server marks those questions.
 */
export function InfoPoint({
  state,
  me,
  beforehand = false,
}: {
  state: SessionState;
  me: string;
  beforehand?: boolean;
}) {
  const t = useT();
  const id = useId();
  const mine = Object.values(state.questions)
    .filter((q) => q.authorId === me)
    .sort((a, b) => b.createdAt - a.createdAt);
  const can = useCan(state);
  const open = can({
    type: 'question.ask',
    questionId: 'probe',
    categoryId: state.infoCategories[0]?.id ?? '',
    text: '?',
  }).ok;
  const category = (categoryId: string) => state.infoCategories.find((c) => c.id === categoryId)?.label ?? '';
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t(beforehand ? 'participant.before.ask' : 'participant.ask.title')}</h2>
      {open ? (
        <AskForm state={state} hint={t(beforehand ? 'participant.before.hint' : 'participant.ask.hint')} />
      ) : (
        <p className="muted">{t('participant.ask.closed')}</p>
      )}
      {mine.length > 0 && (
        <>
          <h3 id={`${id}-mine`}>{t('participant.ask.mine')}</h3>
          <ul className="list" aria-labelledby={`${id}-mine`}>
            {mine.map((q) => (
              <li key={q.id} id={questionAnchor(q.id)} className="item my-question" tabIndex={-1}>
                <p className="muted small">
                  {category(q.categoryId)}
                  {q.beforehand === true && <> · {t('participant.ask.beforehand')}</>}
                </p>
                <p>{q.text}</p>
                <p className="small">
                  {t('participant.ask.status')}: <strong>{t(RESIDENT_STATUS[q.status])}</strong>
                </p>
                {q.answer !== null && (
                  <p className="answer">
                    <strong>{t('participant.ask.answer')}:</strong> {q.answer}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function AskForm({ state, hint }: { state: SessionState; hint: string }) {
  const t = useT();
  const id = useId();
  const [categoryId, setCategoryId] = useState(state.infoCategories[0]?.id ?? '');
  return (
    <SendTextForm
      label={t('participant.ask.text')}
      hint={hint}
      maxLength={LIMITS.questionText}
      sendLabel={t('participant.ask.send')}
      sentText={t('participant.ask.sent')}
      command={(text) => ({ type: 'question.ask', questionId: nanoid(), categoryId, text })}
    >
      <CategoryField
        id={`${id}-category`}
        label={t('participant.ask.category')}
        categories={state.infoCategories}
        value={categoryId}
        onChange={setCategoryId}
      />
    </SendTextForm>
  );
}
