import type { PublicAddress } from '../../../shared/protocol/api';
import { useT } from '../i18n';

/**
 * Said wherever a join QR code is shown when the server listens on this computer only: a phone
 * that scans a loopback address finds nothing, and nobody in the room would know why.
 */
export function UnreachableWarning({ address }: { address: PublicAddress | null }) {
  const t = useT();
  if (address === null || address.reachable) return null;
  return (
    <div className="unreachable" role="alert">
      <p>
        <strong>{t('venue.unreachable.title')}</strong>
      </p>
      <p>{t('venue.unreachable.why', { url: address.url })}</p>
      <p>{t('venue.unreachable.fix')}</p>
    </div>
  );
}
