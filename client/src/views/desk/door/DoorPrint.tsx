import type { SessionState } from '../../../../../shared/model/session';
import { useT } from '../../../i18n';
import { doorRows } from './door-rows';

export type PrintKind = 'badges' | 'list';

/**
 * What the desk prints: name badges (8 to an A4 sheet: name and group) or the list to tick off
 * at the door. Shown on screen as it will print, so it reads with a screen reader too.
 * Cancelled sign-ups are left out of both; the waiting list is on the list, marked.
 */
export function DoorPrint({ state, kind, onBack }: { state: SessionState; kind: PrintKind; onBack: () => void }) {
  const t = useT();
  const { registrations, walkIns } = doorRows(state, '');
  const people = [...registrations.filter((r) => r.status !== 'cancelled'), ...walkIns];
  const group = (g: (typeof people)[number]['group']) => (g === null ? '' : t(`group.${g}`));
  return (
    <div className="door-print">
      <div className="no-print panel">
        <p>{kind === 'badges' ? t('door.print.badgesHint') : t('door.print.listHint')}</p>
        <div className="door-print-actions">
          <button type="button" className="primary" onClick={() => window.print()}>
            {t('door.print.print')}
          </button>
          <button type="button" onClick={onBack}>
            {t('door.print.back')}
          </button>
        </div>
      </div>
      {people.length === 0 ? (
        <p className="muted">{t('door.print.badgesEmpty')}</p>
      ) : kind === 'badges' ? (
        <section aria-labelledby="door-badges-title">
          <h2 id="door-badges-title" className="visually-hidden">
            {t('door.print.badgesTitle')}
          </h2>
          <ul className="door-badges">
            {people.map((p) => (
              <li key={p.participantId} className="door-badge">
                <span className="door-badge-name">{p.name}</span>
                <span className="door-badge-group">{group(p.group)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <section aria-labelledby="door-sheet-title" className="door-sheet">
          <h2 id="door-sheet-title">{t('door.print.listTitle')}</h2>
          <p className="muted">{state.title}</p>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('door.print.tick')}</th>
                <th scope="col">{t('door.print.name')}</th>
                <th scope="col">{t('door.print.group')}</th>
              </tr>
            </thead>
            <tbody>
              {people.map((p) => (
                <tr key={p.participantId}>
                  <td>
                    <span className="door-box" aria-hidden="true">
                      {p.here ? '✓' : ''}
                    </span>
                    <span className="visually-hidden">{p.here ? t('door.in') : ''}</span>
                  </td>
                  <th scope="row">
                    {p.name}
                    {p.status === 'waiting' && <> ({t('door.status.waiting')})</>}
                  </th>
                  <td>{group(p.group)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
