import type { InfoCategory } from '../../../shared/model/session';

/** The info-point category as a labelled choice: the same on the phone's question form and at the desk. */
export function CategoryField({
  id,
  label,
  categories,
  value,
  onChange,
  disabled = false,
}: {
  id: string;
  label: string;
  categories: readonly InfoCategory[];
  value: string;
  onChange: (categoryId: string) => void;
  disabled?: boolean;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)}>
        {categories.map((c) => (
          <option key={c.id} value={c.id}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}
