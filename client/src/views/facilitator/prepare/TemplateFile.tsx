import { useId, useState } from 'react';
import type { SessionState } from '../../../../../shared/model/session';
import type { CommandError } from '../../../../../shared/protocol/errors';
import { useT } from '../../../i18n';
import { useLiveConnection } from '../../../net/useConnection';
import { commandsFor, parseTemplateFile, setupOf, type Problem } from './templateFile';

/** Save this evening's setup as a JSON file, or load one (checked before anything is sent). */
export function TemplateFile({ state }: { state: SessionState }) {
  const t = useT();
  const connection = useLiveConnection();
  const fileId = useId();
  const [problems, setProblems] = useState<Problem[] | null>(null);
  const [refused, setRefused] = useState<{ step: string; error: CommandError } | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [busy, setBusy] = useState(false);

  const save = () => {
    const blob = new Blob([JSON.stringify(setupOf(state), null, 2)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `${state.title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'tafelronde'}.json`;
    a.click();
    URL.revokeObjectURL(url);
  };

  const load = async (file: File) => {
    setProblems(null);
    setRefused(null);
    setLoaded(false);
    const parsed = parseTemplateFile(await file.text());
    if (!parsed.ok) return setProblems(parsed.problems);
    setBusy(true);
    try {
      for (const command of commandsFor(parsed.setup, state)) {
        const ack = await connection.send(command);
        if (!ack.ok) return setRefused({ step: command.type, error: ack.error });
      }
      setLoaded(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="prep-template">
      <h2 id="prep-template">{t('prep.template')}</h2>
      <p className="hint">{t('prep.templateHint')}</p>
      <div className="buttons">
        <button type="button" onClick={save}>
          {t('prep.templateSave')}
        </button>
      </div>
      <div className="field">
        <label htmlFor={fileId}>{t('prep.templateLoad')}</label>
        <input
          id={fileId}
          type="file"
          accept="application/json,.json"
          disabled={busy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file !== undefined) void load(file);
            e.target.value = '';
          }}
        />
      </div>
      <div role="alert">
        {problems !== null && (
          <div className="problem">
            <p>{t('prep.templateBad')}</p>
            <ul>
              {problems.map((p, i) => (
                <li key={i}>
                  {p.where === '' ? t('prep.templateNotJson') : <strong>{p.where}</strong>}: {p.what}
                </li>
              ))}
            </ul>
          </div>
        )}
        {refused !== null && (
          <p className="error">
            {t('prep.templateRefused', { step: refused.step })} {t(`error.${refused.error.code}`)} (
            {refused.error.message}
            {refused.error.path !== undefined ? ` — ${refused.error.path}` : ''})
          </p>
        )}
      </div>
      <p role="status" className="ok">
        {loaded ? t('prep.templateLoaded') : busy ? t('prep.templateLoading') : ''}
      </p>
    </section>
  );
}
