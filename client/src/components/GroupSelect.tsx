import { StakeholderGroup } from '../../../shared/model/session';
import { useT } from '../i18n';

/**
 * The stakeholder-group choice, as the phone's profile, the sign-up page and the desk's walk-in
 * form all ask it: every group in the visitor's language, and a first option for "none" whose
 * words each form gives (`noneLabel`). Its `<label>` is the caller's, for `id`.
 */
export function GroupSelect(props: {
  id: string;
  value: StakeholderGroup | '';
  noneLabel: string;
  onChange: (group: StakeholderGroup | '') => void;
}) {
  const t = useT();
  return (
    <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.target.value as StakeholderGroup | '')}>
      <option value="">{props.noneLabel}</option>
      {StakeholderGroup.options.map((g) => (
        <option key={g} value={g}>
          {t(`group.${g}`)}
        </option>
      ))}
    </select>
  );
}
