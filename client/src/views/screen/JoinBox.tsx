import { QrCode } from '../../components/QrCode';
import { UnreachableWarning } from '../../components/UnreachableWarning';
import { useT } from '../../i18n';
import { linkAt, typedHost, usePublicAddress } from '../../net/publicAddress';

/** The big QR with the join code; its heading says why to scan it now. */
export function JoinBox({ joinCode, kind }: { joinCode: string; kind: 'join' | 'groups' | 'report' }) {
  const t = useT();
  const address = usePublicAddress();
  return (
    <aside className="screen2-join" aria-labelledby="join-title">
      <h2 id="join-title">{t(`screen.qr.${kind}`)}</h2>
      {address === null ? (
        <div className="qr-placeholder" style={{ width: 360, height: 360 }} />
      ) : address.reachable ? (
        <>
          <QrCode value={linkAt(address, `/join/${joinCode}`)} alt={t('screen.qrAlt')} size={360} />
          <p>{t('screen.goTo', { host: typedHost(address) })}</p>
        </>
      ) : (
        // The room reads the screen: a QR that cannot work would only send a hundred phones nowhere.
        <UnreachableWarning address={address} />
      )}
      <p className="screen2-code">
        <span aria-hidden="true">{joinCode}</span>
        <span className="visually-hidden">{t('screen.codeLabel', { code: joinCode.split('').join(' ') })}</span>
      </p>
    </aside>
  );
}

/**
 * A small QR and code in the corner of every other phase, for latecomers. With an address phones
 * cannot open it shows nothing: the big warning belongs to the walk-in, not to every round.
 */
export function CornerJoin({ joinCode }: { joinCode: string }) {
  const t = useT();
  const address = usePublicAddress();
  if (address === null || !address.reachable) return null;
  return (
    <aside className="screen2-corner" aria-label={t('screen.corner')}>
      <QrCode value={linkAt(address, `/join/${joinCode}`)} alt={t('screen.qrAlt')} size={120} />
      <p>
        <span className="screen2-corner-call">{t('screen.corner')}</span>
        <span className="screen2-corner-host">{typedHost(address)}</span>
        <span className="screen2-corner-code" aria-hidden="true">
          {joinCode}
        </span>
        <span className="visually-hidden">{t('screen.codeLabel', { code: joinCode.split('').join(' ') })}</span>
      </p>
    </aside>
  );
}
