import { useState } from 'react';
import type { SessionState } from '../../../../../shared/model/session';
import { useT } from '../../../i18n';
import { CheckInList } from './CheckInList';
import { DoorCounts } from './DoorCounts';
import { DoorPrint, type PrintKind } from './DoorPrint';
import { WalkInForm } from './WalkInForm';
import './door.css';

/** The desk's door (docs/registrations.md, "The door"): counts, the list to tick people in, walk-ins, printouts. */
export function Door({ state }: { state: SessionState }) {
  const t = useT();
  const [printing, setPrinting] = useState<PrintKind | null>(null);
  if (printing !== null) return <DoorPrint state={state} kind={printing} onBack={() => setPrinting(null)} />;
  return (
    <div className="door">
      <DoorCounts state={state} />
      {/* The list first: at the door people are looked up; a walk-in and printing come after. */}
      <div className="desk-layout door-layout">
        <div className="desk-main">
          <CheckInList state={state} />
        </div>
        <div className="desk-side">
          <WalkInForm />
          <section className="panel" aria-labelledby="door-print-title">
            <h2 id="door-print-title">{t('door.print.title')}</h2>
            <div className="door-print-actions">
              <button type="button" onClick={() => setPrinting('badges')}>
                {t('door.print.badges')}
              </button>
              <button type="button" onClick={() => setPrinting('list')}>
                {t('door.print.list')}
              </button>
            </div>
          </section>
        </div>
      </div>
    </div>
  );
}
