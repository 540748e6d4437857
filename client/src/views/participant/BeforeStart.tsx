import { useId } from 'react';
import type { SessionState } from '../../../../shared/model/session';
import { dayText } from '../../../../shared/rules/schedule';
import { useT } from '../../i18n';
import { useStore } from '../../store';

/**
 * The top of the phone while the session is still a draft: what it is, when and where, and that
 * a question for the panel can be sent already (when there is an info point to send it to).
 */
export function BeforeStart({ state, me }: { state: SessionState; me: string }) {
  const t = useT();
  const id = useId();
  const language = useStore((s) => s.ui.language);
  const date = state.date === null ? null : dayText(state.date, language);
  const mine = state.participants[me];
  // Came through their personal link: greeted by the name they signed up with.
  const registered = (mine?.registrationId ?? null) !== null && mine?.name;
  return (
    <section className="panel before-start" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>{state.title}</h1>
      {(date !== null || state.venue !== '') && (
        <p className="before-when">
          {date !== null && <time dateTime={state.date ?? undefined}>{date}</time>}
          {date !== null && state.venue !== '' && <br />}
          {state.venue}
        </p>
      )}
      {registered && <p className="ok">{t('personal.hello', { name: mine.name ?? '' })}</p>}
      {date !== null && state.agenda.length > 0 && (
        <p>
          <a href={`/api/signup/${encodeURIComponent(state.joinCode)}/calendar.ics`} download>
            {t('personal.calendar')}
          </a>
        </p>
      )}
      <p>{t(state.infoCategories.length > 0 ? 'participant.before.notYet' : 'phase.none')}</p>
    </section>
  );
}
