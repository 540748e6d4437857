import { useCallback, useEffect, useState } from 'react';
import type { Report, ReportQuestion } from '../../../../shared/report/model';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { FollowUpLine } from '../../components/Recommendation';
import { useT } from '../../i18n';
import { deviceToken } from '../../net/secrets';
import { useStore } from '../../store';
import './followup.css';

type Followup = Report & { publishedAt: number };
type Load =
  | { state: 'loading' }
  | { state: 'ready'; data: Followup }
  | { state: 'not-yet' }
  | { state: 'not-found' }
  | { state: 'failed' };

/**
 * `/followup/<CODE>`: after the evening, the answers to the info-point questions and the public
 * report, for anyone with the join code (the same QR as the evening). A phone that joined the
 * session sends its device token, so its own questions are marked.
 */
export default function FollowupView({ joinCode }: { joinCode: string }) {
  const t = useT();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const suggestLanguage = useStore((s) => s.suggestLanguage);

  const fetchIt = useCallback(async () => {
    setLoad({ state: 'loading' });
    try {
      const token = deviceToken(joinCode);
      const res = await fetch(
        `/api/followup/${encodeURIComponent(joinCode)}`,
        token === null ? {} : { headers: { authorization: `Bearer ${token}` } },
      );
      if (res.status === 404) {
        const body = (await res.json().catch(() => null)) as { error?: { code?: string } } | null;
        // The server says NOT_PUBLISHED only to a phone that joined; to anyone else an unknown
        // code and an unpublished one look alike (no code oracle).
        return setLoad({ state: body?.error?.code === 'NOT_PUBLISHED' ? 'not-yet' : 'not-found' });
      }
      if (!res.ok) throw new Error(String(res.status));
      const data = (await res.json()) as Followup;
      setLoad({ state: 'ready', data });
      // The page speaks the session's language, like the report; the switch still works.
      suggestLanguage(data.language);
    } catch {
      setLoad({ state: 'failed' });
    }
  }, [joinCode, suggestLanguage]);

  useEffect(() => {
    void fetchIt();
  }, [fetchIt]);

  return (
    <main id="main" className="page page-narrow followup">
      <div className="topbar">
        <h1>{t('followup.title')}</h1>
        <LanguageSwitch />
      </div>
      {load.state === 'loading' && <p role="status">{t('followup.loading')}</p>}
      {load.state === 'not-yet' && <Message text={t('followup.notYet')} retry={fetchIt} />}
      {load.state === 'not-found' && <Message text={t('followup.notFound')} />}
      {load.state === 'failed' && <Message text={t('followup.failed')} retry={fetchIt} />}
      {load.state === 'ready' && <Published report={load.data} joinCode={joinCode} />}
    </main>
  );
}

function Message({ text, retry }: { text: string; retry?: () => void }) {
  const t = useT();
  return (
    <div className="panel">
      <p role="status">{text}</p>
      {retry !== undefined && (
        <button type="button" onClick={retry}>
          {t('followup.retry')}
        </button>
      )}
    </div>
  );
}

function Published({ report, joinCode }: { report: Followup; joinCode: string }) {
  const t = useT();
  const beforehand = report.questionsBeforehand;
  const mine = [...beforehand, ...report.questions].flatMap((c) => c.questions).filter((q) => q.mine === true);
  return (
    <>
      <p className="followup-title">{report.title}</p>
      {report.dateText !== null && <p className="muted">{report.dateText}</p>}

      <section aria-labelledby="fu-answers">
        <h2 id="fu-answers">{t('followup.answers')}</h2>
        {mine.length > 0 && (
          <ul className="list">
            {mine.map((q) => (
              <Answer key={q.id} q={q} />
            ))}
          </ul>
        )}
        {beforehand.some((c) => c.questions.some((q) => q.mine !== true)) && (
          <>
            <h3>{t('followup.beforehand')}</h3>
            <Categories groups={beforehand} level={4} />
          </>
        )}
        <Categories groups={report.questions} level={3} />
      </section>

      {report.vote.length > 0 && (
        <section aria-labelledby="fu-vote">
          <h2 id="fu-vote">{t('followup.vote')}</h2>
          <ol>
            {report.vote.map((v) => (
              <li key={v.card.id}>
                {v.card.text}{' '}
                <span className="muted">
                  ({v.tableTitle}, {t('followup.dots', { count: v.card.dots })})
                </span>
              </li>
            ))}
          </ol>
        </section>
      )}

      {/* Meant for the public: what the tables recommend, who takes it on and by when. */}
      {report.recommendations.length > 0 && (
        <section aria-labelledby="fu-recommendations">
          <h2 id="fu-recommendations">{t('followup.recommendations')}</h2>
          <ul className="list">
            {report.recommendations.map((rec) => (
              <li key={rec.card.id} className="item">
                <p>{rec.card.text}</p>
                <FollowUpLine card={rec.card} />
                <p className="muted">{rec.tableTitle}</p>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="fu-tables">
        <h2 id="fu-tables">{t('followup.tables')}</h2>
        {report.tables.map((table) => (
          <div key={table.id} className="panel">
            <h3>{table.title}</h3>
            {table.keyQuestion !== '' && <p className="muted">{table.keyQuestion}</p>}
            {table.summary !== null && <p>{table.summary}</p>}
            {table.highlights.length > 0 && (
              <ul>
                {table.highlights.map((c) => (
                  <li key={c.id}>{c.text}</li>
                ))}
              </ul>
            )}
          </div>
        ))}
      </section>

      <section aria-labelledby="fu-groups">
        <h2 id="fu-groups">{t('followup.groups')}</h2>
        <ul>
          {report.workingGroups.map((g) => (
            <li key={g.id}>
              <strong>{g.title}</strong>
              {g.description !== '' && <> — {g.description}</>}{' '}
              <span className="muted">({t('followup.signups', { count: g.signups })})</span>
            </li>
          ))}
        </ul>
      </section>

      <p>
        <a href={`/api/followup/${encodeURIComponent(joinCode)}/report.html`}>{t('followup.fullReport')}</a>
      </p>
    </>
  );
}

/** Questions by category, but not the reader's own: those are listed first, above. */
function Categories({ groups, level }: { groups: Report['questions']; level: 3 | 4 }) {
  const Heading = level === 3 ? 'h3' : 'h4';
  return groups.map((cat) => {
    const rest = cat.questions.filter((q) => q.mine !== true);
    if (rest.length === 0) return null;
    return (
      <div key={cat.categoryId}>
        <Heading>{cat.label}</Heading>
        <ul className="list">
          {rest.map((q) => (
            <Answer key={q.id} q={q} />
          ))}
        </ul>
      </div>
    );
  });
}

function Answer({ q }: { q: ReportQuestion }) {
  const t = useT();
  return (
    <li className={`item${q.mine === true ? ' followup-mine' : ''}`}>
      <article>
        {q.mine === true && <p className="followup-badge">{t('followup.mine')}</p>}
        <p className="followup-question">{q.text}</p>
        {q.duplicateIds.length > 0 && (
          <p className="muted">{t('followup.askedTimes', { count: q.duplicateIds.length + 1 })}</p>
        )}
        <p>{q.answer ?? <span className="muted">{t('followup.noAnswer')}</span>}</p>
      </article>
    </li>
  );
}
