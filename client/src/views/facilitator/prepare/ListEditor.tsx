import type { ReactNode } from 'react';
import { useT } from '../../../i18n';
import { move } from './move';

/**
 * A list the facilitator edits in place before saving it as one command: the agenda's phases,
 * the tables, the working groups, the info point's subjects. Each item gets its fields (from
 * `children`), remove (and, where order matters, up and down) buttons whose names say which item
 * they act on, and an add button that stops at the protocol's limit.
 */
export function ListEditor<T extends { id: string }>({
  items,
  onChange,
  name,
  legend,
  create,
  addLabel,
  max,
  ordered = false,
  children,
}: {
  items: readonly T[];
  onChange: (items: T[]) => void;
  /** The item's name for screen readers on its buttons ("Remove: Wijkhub"). */
  name: (item: T) => string;
  /** A fieldset legend per item; without one, an item is a single row (its one field and remove). */
  legend?: (item: T, i: number) => ReactNode;
  create: () => T;
  addLabel: string;
  max: number;
  /** Order matters (agenda, tables): numbered, with up and down buttons. */
  ordered?: boolean;
  children: (item: T, i: number, update: (patch: Partial<T>) => void) => ReactNode;
}) {
  const t = useT();
  const update = (i: number) => (patch: Partial<T>) =>
    onChange(items.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  const hidden = (item: T) => <span className="visually-hidden">: {name(item)}</span>;
  const remove = (item: T, i: number) => (
    <button type="button" className="small danger" onClick={() => onChange(items.filter((_, j) => j !== i))}>
      {t('prep.remove')}
      {hidden(item)}
    </button>
  );
  const List = ordered || legend !== undefined ? 'ol' : 'ul';
  return (
    <>
      <List className="edit-list">
        {items.map((item, i) =>
          legend === undefined ? (
            <li key={item.id} className="row row-end">
              {children(item, i, update(i))}
              {remove(item, i)}
            </li>
          ) : (
            <li key={item.id} className="edit-item">
              <fieldset>
                <legend>{legend(item, i)}</legend>
                {children(item, i, update(i))}
                <div className="buttons tight">
                  {ordered && (
                    <>
                      <button
                        type="button"
                        className="small"
                        disabled={i === 0}
                        onClick={() => onChange(move(items, i, -1))}
                      >
                        {t('prep.up')}
                        {hidden(item)}
                      </button>
                      <button
                        type="button"
                        className="small"
                        disabled={i === items.length - 1}
                        onClick={() => onChange(move(items, i, 1))}
                      >
                        {t('prep.down')}
                        {hidden(item)}
                      </button>
                    </>
                  )}
                  {remove(item, i)}
                </div>
              </fieldset>
            </li>
          ),
        )}
      </List>
      <div className="buttons">
        <button type="button" disabled={items.length >= max} onClick={() => onChange([...items, create()])}>
          {addLabel}
        </button>
      </div>
    </>
  );
}
