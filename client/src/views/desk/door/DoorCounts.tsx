import type { SessionState } from '../../../../../shared/model/session';
import { registrationsOf } from '../../../../../shared/model/session';
import { attendance } from '../../../../../shared/rules/registrations';
import { useT } from '../../../i18n';

/**
 * The numbers at the top of the door. The desk is not sent who wants a sandwich among the people
 * who came by phone, so "present" counts the sandwiches of the registrations that arrived.
 */
export function DoorCounts({ state }: { state: SessionState }) {
  const t = useT();
  const a = attendance(state);
  const registrations = Object.values(registrationsOf(state));
  const here = (pid: string) => (state.participants[pid]?.checkedInAt ?? null) !== null;
  const lunchHere = registrations.filter((r) => r.status !== 'cancelled' && r.sandwich && here(r.participantId)).length;
  return (
    <section className="panel" aria-labelledby="door-counts-title">
      <h2 id="door-counts-title">{t('door.counts')}</h2>
      <dl className="counts door-counts" aria-live="polite">
        <Count label={t('door.count.registered')} value={a.registered} />
        <Count label={t('door.count.arrived')} value={a.arrived} />
        <Count label={t('door.count.walkIns')} value={a.walkIns} />
        <Count label={t('door.count.waiting')} value={a.waiting} />
        <Count
          label={t('door.count.sandwiches')}
          value={t('door.count.sandwichesOf', { present: lunchHere, expected: a.sandwiches.expected })}
        />
      </dl>
    </section>
  );
}

function Count({ label, value }: { label: string; value: number | string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
