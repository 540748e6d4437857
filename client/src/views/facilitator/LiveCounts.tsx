import type { SessionState } from '../../../../shared/model/session';
import { currentRound } from '../../../../shared/rules/phase';
import { useT } from '../../i18n';
import { useStore } from '../../store';
import { MovePerson } from './MovePerson';
import { Attendance } from './registrations/Attendance';
import { headcount, hostStatus, sandwiches, seatsPerRound, type HostStatus } from '../shared/counts';
import { useNow } from './useNow';

/** Who is here, where they sit per round, and which host tablets are online. */
export function LiveCounts({ state }: { state: SessionState }) {
  const t = useT();
  const now = useNow();
  const presence = useStore((s) => s.presence);
  const heads = headcount(state);
  const lunch = sandwiches(state);
  const rounds = seatsPerRound(state);
  const playing = currentRound(state);
  const groups = Object.entries(heads.byGroup).filter(([, n]) => n > 0);
  return (
    <section className="panel" aria-labelledby="counts-title">
      <h2 id="counts-title">{t('fac.counts')}</h2>
      <dl className="counts">
        <div>
          <dt>{t('cockpit.joined')}</dt>
          <dd>{heads.joined}</dd>
        </div>
        <div>
          <dt>{t('cockpit.checkedIn')}</dt>
          <dd>{heads.checkedIn}</dd>
        </div>
        <div>
          <dt>{t('cockpit.sandwiches')}</dt>
          <dd>{lunch.count}</dd>
        </div>
      </dl>
      {lunch.names.length > 0 && (
        <p className="group-line">
          {t('cockpit.sandwichNames')}: {lunch.names.join(', ')}
        </p>
      )}
      <Attendance state={state} headingLevel={3} />
      {groups.length > 0 && (
        <p className="group-line">
          {groups
            .map(([g, n]) => `${g === 'unknown' ? t('cockpit.groupUnknown') : t(`group.${g as 'resident'}`)} ${n}`)
            .join(' · ')}
        </p>
      )}
      {/* Many rounds on a phone: the table scrolls inside its box, the page does not. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1; axe's scrollable-region-focusable) */}
      <div className="table-scroll" tabIndex={0} role="group" aria-label={t('cockpit.seatsCaption')}>
        <table className="seat-table">
          <caption>{t('cockpit.seatsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('cockpit.table')}</th>
              <th scope="col">{t('cockpit.tablet')}</th>
              {rounds.map((r) => (
                <th scope="col" key={r.round} className={r.round === playing ? 'now' : undefined}>
                  {t('phase.round', { round: r.round })}
                  {r.round === playing && <span className="visually-hidden"> ({t('phase.current')})</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {state.tables.map((table) => (
              <tr key={table.id}>
                <th scope="row">{table.title}</th>
                <td>
                  <HostCell status={hostStatus(presence, table.id, now)} />
                </td>
                {rounds.map((r) => (
                  <td key={r.round} className={r.round === playing ? 'num now' : 'num'}>
                    {r.perTable[table.id] ?? 0}
                    {table.capacity > 0 && <span className="muted"> / {table.capacity}</span>}
                  </td>
                ))}
              </tr>
            ))}
            <tr>
              <th scope="row">{t('cockpit.unseated')}</th>
              <td />
              {rounds.map((r) => (
                <td key={r.round} className="num">
                  {r.unseated}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
      <MovePerson state={state} />
    </section>
  );
}

function HostCell({ status }: { status: HostStatus }) {
  const t = useT();
  switch (status.kind) {
    case 'online':
      return <span className="badge badge-ok">{t('cockpit.tabletOnline')}</span>;
    case 'offline':
      return <span className="badge badge-warn">{t('cockpit.tabletOffline', { min: status.sinceMin })}</span>;
    case 'never':
      return <span className="badge">{t('cockpit.tabletNever')}</span>;
    case 'unknown':
      return <span className="muted">–</span>;
  }
}
