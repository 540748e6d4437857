import { QrCode } from '../../components/QrCode';
import { useT } from '../../i18n';

/** The big QR with the join code; its heading says why to scan it now. */
export function JoinBox({ joinCode, kind }: { joinCode: string; kind: 'join' | 'groups' | 'report' }) {
  const t = useT();
  const url = new URL(`/join/${joinCode}`, window.location.origin).toString();
  return (
    <aside className="screen2-join" aria-labelledby="join-title">
      <h2 id="join-title">{t(`screen2.qr.${kind}`)}</h2>
      <QrCode value={url} alt={t('screen.qrAlt')} size={360} />
      <p>{t('screen.goTo', { host: window.location.host })}</p>
      <p className="screen2-code">
        <span aria-hidden="true">{joinCode}</span>
        <span className="visually-hidden">{t('screen2.codeLabel', { code: joinCode.split('').join(' ') })}</span>
      </p>
    </aside>
  );
}
