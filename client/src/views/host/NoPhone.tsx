import type { SessionState } from '../../../../shared/model/session';
import { doorRound, noPhoneAt } from '../../../../shared/rules/door';
import { useT } from '../../i18n';

/**
 * The people without a phone (added at the door) who sit at this table in the round now or the
 * next one: the host calls them over by name, since no phone tells them where to go.
 */
export function NoPhone({ state, tableId }: { state: SessionState; tableId: string }) {
  const t = useT();
  const round = doorRound(state);
  const people = round === null ? [] : noPhoneAt(state, tableId, round).filter((p) => p.name !== null);
  if (people.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="no-phone-title">
      <h2 id="no-phone-title">{t('door.host.title')}</h2>
      <p className="hint">{t('door.host.hint')}</p>
      <ul className="no-phone">
        {people.map((p) => (
          <li key={p.id}>{p.name}</li>
        ))}
      </ul>
    </section>
  );
}
