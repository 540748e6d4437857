import { useState } from 'react';
import { useT } from '../i18n';
import { copyText } from '../net/clipboard';

/** A copy button for a link, named for a screen reader, with the outcome said beside it. */
export function CopyLink({ text, name }: { text: string; name: string }) {
  const t = useT();
  const [result, setResult] = useState<'copied' | 'failed' | null>(null);
  return (
    <>
      <button
        type="button"
        aria-label={t('start.copyLink', { name })}
        onClick={() => void copyText(text).then((ok) => setResult(ok ? 'copied' : 'failed'))}
      >
        {t('start.copy')}
      </button>{' '}
      <span role="status">{result === null ? null : t(result === 'copied' ? 'start.copied' : 'start.copyFailed')}</span>
    </>
  );
}
