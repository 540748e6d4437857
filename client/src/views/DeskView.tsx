import { nanoid } from 'nanoid';
import { useId, useState, type FormEvent } from 'react';
import { QuestionStatus, type Question, type SessionState } from '../../../shared/model/session';
import { LIMITS } from '../../../shared/protocol/limits';
import type { Credential } from '../../../shared/protocol/socket';
import { BroadcastBanner } from '../components/BroadcastBanner';
import { ErrorText } from '../components/ErrorText';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { PhaseNow } from '../components/PhaseNow';
import { RoleShell } from '../components/RoleShell';
import { useT } from '../i18n';
import { rememberSecret, secretFor } from '../net/secrets';
import { useCommand } from '../net/useCommand';
import { useStore } from '../store';

const STATUSES = QuestionStatus.options;

/** `/desk#<CODE>`: the info point collects, triages and answers questions. */
export default function DeskView() {
  const [code] = useState(() => secretFor('desk'));
  const credential: Credential | null = code === null ? null : { kind: 'desk', code };
  return (
    <RoleShell credential={credential} hooks={{ onWelcome: (w) => code !== null && rememberSecret('desk', w.sessionId, code) }}>
      {(state) => <Desk state={state} />}
    </RoleShell>
  );
}

function Desk({ state }: { state: SessionState }) {
  const t = useT();
  const questions = Object.values(state.questions)
    .filter((q) => q.mergedInto === null)
    .sort((a, b) => b.createdAt - a.createdAt);
  return (
    <main id="main" className="page">
      <div className="topbar">
        <div>
          <p className="muted" style={{ margin: 0 }}>
            {t('desk.title')}
          </p>
          <h1>{state.title}</h1>
        </div>
        <LanguageSwitch />
      </div>
      <BroadcastBanner />
      <div className="grid">
        <div className="panel">
          <PhaseNow state={state} />
        </div>
        <LogQuestion state={state} />
      </div>
      <section aria-labelledby="questions-title">
        <h2 id="questions-title">
          {t('desk.questions')} <span className="muted">({questions.length})</span>
        </h2>
        {questions.length === 0 ? (
          <p className="muted">{t('fac.noQuestions')}</p>
        ) : (
          <ul className="list">
            {questions.map((q) => (
              <QuestionItem key={q.id} state={state} question={q} />
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}

function QuestionItem({ state, question }: { state: SessionState; question: Question }) {
  const t = useT();
  const id = useId();
  const language = useStore((s) => s.ui.language);
  const { run, busy, error } = useCommand();
  const [answer, setAnswer] = useState(question.answer ?? '');
  const category = state.infoCategories.find((c) => c.id === question.categoryId)?.label ?? question.categoryId;
  const time = new Date(question.createdAt).toLocaleTimeString(language, { hour: '2-digit', minute: '2-digit' });

  const saveAnswer = (e: FormEvent) => {
    e.preventDefault();
    const text = answer.trim();
    if (text !== '') void run({ type: 'question.answer', questionId: question.id, answer: text });
  };

  return (
    <li className="item">
      <article aria-labelledby={`${id}-text`}>
        <p className="muted" style={{ margin: 0 }}>
          {category} · {t('desk.asked', { time })}
        </p>
        <p id={`${id}-text`} style={{ fontSize: '1.1rem' }}>
          {question.text}
        </p>
        <div className="grid">
          <div className="field">
            <label htmlFor={`${id}-category`}>{t('desk.category')}</label>
            <select
              id={`${id}-category`}
              value={question.categoryId}
              disabled={busy}
              onChange={(e) => void run({ type: 'question.triage', questionId: question.id, categoryId: e.target.value })}
            >
              {state.infoCategories.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-status`}>{t('desk.status')}</label>
            <select
              id={`${id}-status`}
              value={question.status}
              disabled={busy}
              onChange={(e) =>
                void run({ type: 'question.triage', questionId: question.id, status: e.target.value as QuestionStatus })
              }
            >
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`qstatus.${s}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <form onSubmit={saveAnswer}>
          <div className="field">
            <label htmlFor={`${id}-answer`}>{t('desk.answer')}</label>
            <textarea id={`${id}-answer`} maxLength={LIMITS.answerText} value={answer} onChange={(e) => setAnswer(e.target.value)} />
          </div>
          <button type="submit" disabled={busy || answer.trim() === '' || answer.trim() === question.answer}>
            {t('desk.saveAnswer')}
          </button>
        </form>
        <ErrorText error={error} />
      </article>
    </li>
  );
}

function LogQuestion({ state }: { state: SessionState }) {
  const t = useT();
  const id = useId();
  const { run, busy, error } = useCommand();
  const [categoryId, setCategoryId] = useState(state.infoCategories[0]?.id ?? '');
  const [text, setText] = useState('');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const value = text.trim();
    if (value === '' || categoryId === '') return;
    const ack = await run({ type: 'question.ask', questionId: nanoid(), categoryId, text: value });
    if (ack.ok) setText('');
  };

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('desk.log')}</h2>
      <form onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${id}-category`}>{t('desk.category')}</label>
          <select id={`${id}-category`} value={categoryId} onChange={(e) => setCategoryId(e.target.value)}>
            {state.infoCategories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-text`}>{t('desk.logText')}</label>
          <textarea id={`${id}-text`} maxLength={LIMITS.questionText} value={text} onChange={(e) => setText(e.target.value)} />
        </div>
        <button type="submit" className="primary" disabled={busy || text.trim() === '' || categoryId === ''}>
          {t('desk.logButton')}
        </button>
        <ErrorText error={error} />
      </form>
    </section>
  );
}
