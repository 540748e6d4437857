import { useId, useState } from 'react';
import type { SessionState } from '../../../../../shared/model/session';
import { ErrorText } from '../../../components/ErrorText';
import { useT } from '../../../i18n';
import { useCommand } from '../../../net/useCommand';
import { type DoorRow, doorRows, seatOf } from './door-rows';

/**
 * The list at the door: search by name, tick someone in (or undo it). After a tick the line
 * below the search says it aloud for a screen reader, with the table to tell them once a plan is out.
 */
export function CheckInList({ state }: { state: SessionState }) {
  const t = useT();
  const id = useId();
  const [query, setQuery] = useState('');
  const [last, setLast] = useState<{ participantId: string; name: string; on: boolean } | null>(null);
  const { run, busy, error } = useCommand();
  const { registrations, walkIns } = doorRows(state, query);
  const total = Object.keys(state.registrations ?? {}).length;

  async function tick(row: DoorRow, on: boolean) {
    if (row.registrationId === null) return;
    const ack = await run({ type: 'registration.checkIn', registrationId: row.registrationId, on });
    if (ack.ok) setLast({ participantId: row.participantId, name: row.name, on });
  }
  // Read from the state, so the seat the server gave with the tick shows as soon as it arrives.
  const lastSeat = last?.on ? seatOf(state, last.participantId) : null;
  const said =
    last === null
      ? null
      : !last.on
        ? t('door.unticked', { name: last.name })
        : lastSeat === null
          ? t('door.ticked', { name: last.name })
          : t('door.tickedSeat', { name: last.name, table: lastSeat.table, round: lastSeat.round });

  return (
    <section className="panel door-list" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('door.list')}</h2>
      <label htmlFor={`${id}-search`}>{t('door.search')}</label>
      <input
        id={`${id}-search`}
        type="search"
        className="door-search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        aria-describedby={`${id}-hint ${id}-shown`}
        autoComplete="off"
      />
      <p id={`${id}-hint`} className="hint">
        {t('door.searchHint')}
      </p>
      <p id={`${id}-shown`} className="muted">
        {t('door.shown', { shown: registrations.length, total })}
      </p>
      <p className="door-said" role="status">
        {said}
      </p>
      <ErrorText error={error} />
      {total === 0 ? (
        <p className="muted">{t('door.none')}</p>
      ) : registrations.length === 0 ? (
        <p className="muted">{t('door.noMatch')}</p>
      ) : (
        <ul className="door-rows">
          {registrations.map((row) => (
            <Row key={row.participantId} row={row} busy={busy} onTick={(on) => tick(row, on)} />
          ))}
        </ul>
      )}
      <h3>{t('door.walkIns')}</h3>
      {walkIns.length === 0 ? (
        <p className="muted">{t('door.walkInsNone')}</p>
      ) : (
        <ul className="door-rows">
          {walkIns.map((row) => (
            <Row key={row.participantId} row={row} busy={busy} onTick={null} />
          ))}
        </ul>
      )}
    </section>
  );
}

function Row({ row, busy, onTick }: { row: DoorRow; busy: boolean; onTick: ((on: boolean) => void) | null }) {
  const t = useT();
  const facts = [
    row.group === null ? t('door.noGroup') : t(`group.${row.group}`),
    ...(row.sandwich ? [t('door.sandwich')] : []),
    ...(row.onPhone ? [t('door.onPhone')] : []),
  ];
  return (
    <li className={row.here ? 'door-row door-row-here' : 'door-row'}>
      <div className="door-who">
        <span className="door-name">{row.name}</span>
        {row.status === 'waiting' && <span className="badge badge-warn">{t('door.status.waiting')}</span>}
        {row.status === 'cancelled' && <span className="badge">{t('door.status.cancelled')}</span>}
        <span className="door-facts muted">{facts.join(' · ')}</span>
        {row.remarks !== '' && (
          <span className="door-remarks">
            {t('door.remarks')}: {row.remarks}
          </span>
        )}
        {row.here && row.seat !== null && (
          <strong className="door-seat">{t('door.seat', { table: row.seat.table, round: row.seat.round })}</strong>
        )}
      </div>
      {onTick === null ? (
        <span className="badge badge-ok">{t('door.in')}</span>
      ) : (
        <label className="door-tick">
          <input
            type="checkbox"
            checked={row.here}
            disabled={busy}
            onChange={(e) => onTick(e.target.checked)}
            aria-label={t('door.tickOf', { name: row.name })}
          />
          <span aria-hidden="true">{t('door.in')}</span>
        </label>
      )}
    </li>
  );
}
