import { useId, useState, type FormEvent } from 'react';
import { GroupSelect } from '../../components/GroupSelect';
import type { Participant, StakeholderGroup } from '../../../../shared/model/session';
import { LIMITS } from '../../../../shared/protocol/limits';
import { ErrorText } from '../../components/ErrorText';
import { useT } from '../../i18n';
import { useCommand } from '../../net/useCommand';

/**
 * Name, stakeholder group, (before the evening) the sandwich and (when the session has online
 * tables) taking part from home: all optional, one save.
 */
export function Profile({
  participant,
  sandwich,
  remote,
}: {
  participant: Participant;
  sandwich: boolean;
  remote: boolean;
}) {
  const t = useT();
  const id = useId();
  const { run, busy, error } = useCommand();
  const [name, setName] = useState(participant.name ?? '');
  const [group, setGroup] = useState<StakeholderGroup | ''>(participant.group ?? '');
  const [wantsSandwich, setWantsSandwich] = useState(participant.sandwich);
  const [fromHome, setFromHome] = useState(participant.remote ?? false);
  const [saved, setSaved] = useState(false);
  const dirty =
    name.trim() !== (participant.name ?? '') ||
    group !== (participant.group ?? '') ||
    (sandwich && wantsSandwich !== participant.sandwich) ||
    (remote && fromHome !== (participant.remote ?? false));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const trimmed = name.trim();
    const ack = await run({
      type: 'profile.set',
      name: trimmed === '' ? null : trimmed,
      group: group === '' ? null : group,
      ...(sandwich ? { sandwich: wantsSandwich } : {}),
      ...(remote ? { remote: fromHome } : {}),
    });
    setSaved(ack.ok);
  };
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('participant.profile.title')}</h2>
      <p className="hint">{t('participant.profile.hint')}</p>
      <form onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('participant.profile.name')}</label>
          <input
            id={`${id}-name`}
            type="text"
            autoComplete="given-name"
            maxLength={LIMITS.name}
            value={name}
            onChange={(e) => {
              setName(e.target.value);
              setSaved(false);
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-group`}>{t('participant.profile.group')}</label>
          <GroupSelect
            id={`${id}-group`}
            value={group}
            noneLabel={t('participant.profile.groupNone')}
            onChange={(g) => {
              setGroup(g);
              setSaved(false);
            }}
          />
        </div>
        {sandwich && (
          <label className="check">
            <input
              type="checkbox"
              checked={wantsSandwich}
              onChange={(e) => {
                setWantsSandwich(e.target.checked);
                setSaved(false);
              }}
            />
            <span>{t('participant.profile.sandwich')}</span>
          </label>
        )}
        {remote && (
          <div className="field">
            <label className="check">
              <input
                type="checkbox"
                checked={fromHome}
                aria-describedby={`${id}-remote-hint`}
                onChange={(e) => {
                  setFromHome(e.target.checked);
                  setSaved(false);
                }}
              />
              <span>{t('participant.profile.remote')}</span>
            </label>
            <p id={`${id}-remote-hint`} className="hint">
              {t('participant.profile.remoteHint')}
            </p>
          </div>
        )}
        <button type="submit" className={dirty ? 'primary' : undefined} disabled={busy}>
          {t('participant.profile.save')}
        </button>
        <p role="status" className={saved && !dirty ? 'ok' : 'hint'}>
          {saved && !dirty ? t('participant.saved') : dirty ? t('participant.notSaved') : null}
        </p>
        <ErrorText error={error} />
      </form>
    </section>
  );
}
