import { useEffect, useId, useRef } from 'react';
import { createPortal } from 'react-dom';
import type { SessionState } from '../../../../../shared/model/session';
import { useT } from '../../../i18n';
import { tableLists } from './tableLists';
import './table-lists.css';

/**
 * Who sits where, one sheet per table with its rounds, to print and hand to the hosts. Shown
 * over the cockpit and put straight under <body>, so that on paper it is the only thing there
 * (the print rules hide the page it covers). The page under it is inert while it is open.
 */
export function TableLists({ state, onClose }: { state: SessionState; onClose: () => void }) {
  const t = useT();
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const root = document.getElementById('root');
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (root !== null) root.inert = true;
    heading.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      if (root !== null) root.inert = false;
      opener?.focus();
    };
  }, [onClose]);
  const lists = tableLists(state);
  return createPortal(
    <div className="table-lists" role="dialog" aria-modal="true" aria-labelledby={titleId}>
      <div className="table-lists-bar no-print">
        <h2 id={titleId} ref={heading} tabIndex={-1}>
          {t('plan.lists')}
        </h2>
        <div className="buttons">
          <button type="button" className="primary" onClick={() => window.print()}>
            {t('print.print')}
          </button>
          <button type="button" onClick={onClose}>
            {t('plan.listsClose')}
          </button>
        </div>
      </div>
      {lists.map((list) => (
        <section key={list.tableId} className="table-list-sheet" aria-labelledby={`list-${list.tableId}`}>
          <p className="table-list-kicker">{state.title}</p>
          <h3 id={`list-${list.tableId}`}>{list.title}</h3>
          {list.rounds.map((people, r) => (
            <div key={r} className="table-list-round">
              <h4>
                {t('phase.round', { round: r + 1 })} <span className="table-list-count">({people.length})</span>
              </h4>
              {/* Nobody there: the heading's "(0)" says so. */}
              {people.length > 0 && (
                <ol>
                  {people.map((p) => (
                    <li key={p.id}>{p.name ?? t('cockpit.personN', { n: p.number })}</li>
                  ))}
                </ol>
              )}
            </div>
          ))}
        </section>
      ))}
    </div>,
    document.body,
  );
}
