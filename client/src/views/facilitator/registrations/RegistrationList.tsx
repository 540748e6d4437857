import { useState } from 'react';
import { registrationsOf, type Registration, type SessionState } from '../../../../../shared/model/session';
import { attendance } from '../../../../../shared/rules/registrations';
import { useT } from '../../../i18n';
import { useCommand } from '../../../net/useCommand';
import { ErrorLine } from '../ErrorLine';

/** Everyone who signed up, with their status; cancel or erase one (erasing asks first). */
export function RegistrationList({ state }: { state: SessionState }) {
  const t = useT();
  const { run, busy, error } = useCommand();
  const [erasing, setErasing] = useState<string | null>(null);
  const people = Object.values(registrationsOf(state)).sort(
    (a, b) => a.name.localeCompare(b.name, state.language) || a.id.localeCompare(b.id),
  );
  const counts = attendance(state);
  return (
    <section className="panel" aria-labelledby="reg-list-title">
      <h2 id="reg-list-title">{t('reg.list.title')}</h2>
      <p role="status">
        {t('reg.list.counts', { registered: counts.registered, waiting: counts.waiting, cancelled: counts.cancelled })}
      </p>
      {people.length === 0 ? (
        <p className="muted">{t('reg.list.empty')}</p>
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1; axe's scrollable-region-focusable)
        <div className="table-scroll" role="region" aria-labelledby="reg-list-title" tabIndex={0}>
          <table className="reg-table">
            <thead>
              <tr>
                <th scope="col">{t('reg.col.name')}</th>
                <th scope="col">{t('reg.col.contact')}</th>
                <th scope="col">{t('reg.col.status')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('reg.col.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {people.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{r.name}</th>
                  <td>{[r.email, r.phone].filter((x) => x !== null).join(' · ')}</td>
                  <td>{t(`reg.status.${r.status}`)}</td>
                  <td>
                    <RowActions
                      r={r}
                      busy={busy}
                      asking={erasing === r.id}
                      ask={(on) => setErasing(on ? r.id : null)}
                      cancel={() => void run({ type: 'registration.cancel', registrationId: r.id })}
                      erase={() =>
                        void run({ type: 'registration.erase', registrationId: r.id }).then(() => setErasing(null))
                      }
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ErrorLine error={error} />
    </section>
  );
}

function RowActions(props: {
  r: Registration;
  busy: boolean;
  asking: boolean;
  ask: (on: boolean) => void;
  cancel: () => void;
  erase: () => void;
}) {
  const t = useT();
  const { r, busy } = props;
  if (props.asking) {
    return (
      <div role="group" aria-label={t('reg.eraseAsk', { name: r.name })} className="buttons">
        <button type="button" className="danger primary" disabled={busy} onClick={props.erase}>
          {t('reg.eraseConfirm')}
        </button>
        <button type="button" autoFocus onClick={() => props.ask(false)}>
          {t('reg.eraseCancel')}
        </button>
      </div>
    );
  }
  return (
    <div className="buttons">
      {r.status !== 'cancelled' && (
        <button type="button" disabled={busy} onClick={props.cancel} aria-label={t('reg.cancelOf', { name: r.name })}>
          {t('reg.cancel')}
        </button>
      )}
      <button
        type="button"
        disabled={busy}
        onClick={() => props.ask(true)}
        aria-label={t('reg.eraseOf', { name: r.name })}
      >
        {t('reg.erase')}
      </button>
    </div>
  );
}
