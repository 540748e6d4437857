import { nanoid } from 'nanoid';
import { GroupSelect } from '../../../components/GroupSelect';
import { type FormEvent, useId, useRef, useState } from 'react';
import type { StakeholderGroup as Group } from '../../../../../shared/model/session';
import { LIMITS } from '../../../../../shared/protocol/limits';
import { ErrorText } from '../../../components/ErrorText';
import { useT } from '../../../i18n';
import { useCommand } from '../../../net/useCommand';

/**
 * Someone at the door without a sign-up (or without a phone): added by name, checked in. The id
 * is made here once per person, so a retry after a lost answer is the same person, not two.
 */
export function WalkInForm() {
  const t = useT();
  const id = useId();
  const { run, busy, error } = useCommand();
  const [name, setName] = useState('');
  const [group, setGroup] = useState<Group | ''>('');
  const [sandwich, setSandwich] = useState(false);
  const [said, setSaid] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const participantId = useRef(nanoid());
  const nameField = useRef<HTMLInputElement>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const typed = name.trim();
    if (typed === '') {
      setMissing(true);
      nameField.current?.focus();
      return;
    }
    setMissing(false);
    const ack = await run({
      type: 'participant.walkIn',
      participantId: participantId.current,
      name: typed,
      group: group === '' ? null : group,
      sandwich,
    });
    if (!ack.ok) return;
    participantId.current = nanoid();
    setName('');
    setGroup('');
    setSandwich(false);
    setSaid(t('door.walkIn.added', { name: typed }));
  }

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('door.walkIn.title')}</h2>
      <p className="hint">{t('door.walkIn.hint')}</p>
      <form className="door-walkin" onSubmit={submit} noValidate>
        <label htmlFor={`${id}-name`}>{t('door.walkIn.name')}</label>
        <input
          id={`${id}-name`}
          ref={nameField}
          value={name}
          onChange={(e) => setName(e.target.value)}
          maxLength={LIMITS.name}
          autoComplete="off"
          required
          aria-invalid={missing}
          aria-describedby={missing ? `${id}-missing` : undefined}
        />
        {missing && (
          <p id={`${id}-missing`} className="error">
            {t('door.walkIn.needName')}
          </p>
        )}
        <label htmlFor={`${id}-group`}>{t('door.walkIn.group')}</label>
        <GroupSelect id={`${id}-group`} value={group} noneLabel={t('door.walkIn.groupNone')} onChange={setGroup} />
        <label className="door-check">
          <input type="checkbox" checked={sandwich} onChange={(e) => setSandwich(e.target.checked)} />
          {t('door.walkIn.sandwich')}
        </label>
        <button type="submit" className="primary" disabled={busy}>
          {t('door.walkIn.add')}
        </button>
        <ErrorText error={error} />
        <p className="door-said" role="status">
          {said}
        </p>
      </form>
    </section>
  );
}
