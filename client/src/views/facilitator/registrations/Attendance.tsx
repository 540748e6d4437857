import { StakeholderGroup, registrationsOf, type SessionState } from '../../../../../shared/model/session';
import { attendance } from '../../../../../shared/rules/registrations';
import { useT } from '../../../i18n';

/**
 * Sign-ups against turnout (docs/registrations.md, "The door"): before the evening who signed
 * up and the mix of groups, during it who came. Nothing when nobody signed up.
 */
export function Attendance({ state, headingLevel = 2 }: { state: SessionState; headingLevel?: 2 | 3 }) {
  const t = useT();
  const registrations = Object.values(registrationsOf(state));
  if (registrations.length === 0) return null;
  const a = attendance(state);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const signedUp = registrations.filter((r) => r.status === 'registered');
  const mix = [...StakeholderGroup.options, null]
    .map((g) => ({ g, n: signedUp.filter((r) => r.group === g).length }))
    .filter(({ n }) => n > 0);
  return (
    <section className={headingLevel === 2 ? 'panel door-attendance' : 'door-attendance'}>
      <Heading>{t('door.cockpit.title')}</Heading>
      <dl className="counts">
        <Count label={t('door.count.registered')} value={a.registered} />
        <Count label={t('door.count.arrived')} value={a.arrived} />
        <Count label={t('door.count.walkIns')} value={a.walkIns} />
        <Count label={t('door.count.waiting')} value={a.waiting} />
        <Count label={t('door.count.cancelled')} value={a.cancelled} />
        <Count
          label={t('door.count.sandwiches')}
          value={t('door.count.sandwichesOf', { present: a.sandwiches.present, expected: a.sandwiches.expected })}
        />
      </dl>
      {mix.length > 0 && (
        <p className="group-line">
          <span className="muted">{t('door.cockpit.groups')}: </span>
          {mix.map(({ g, n }) => `${g === null ? t('cockpit.groupUnknown') : t(`group.${g}`)} ${n}`).join(' · ')}
        </p>
      )}
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
