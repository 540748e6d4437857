import { toDataURL } from 'qrcode';
import { useEffect, useState } from 'react';

/** A QR code as an image. Kept out of the participant's bundle: only staff views import it. */
export function QrCode({ value, alt, size = 240 }: { value: string; alt: string; size?: number }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    toDataURL(value, { margin: 1, width: size * 2, errorCorrectionLevel: 'M' })
      .then((url) => live && setSrc(url))
      .catch(() => live && setSrc(null));
    return () => {
      live = false;
    };
  }, [value, size]);
  if (src === null) return <div className="qr-placeholder" style={{ width: size, height: size }} />;
  return <img className="qr" src={src} alt={alt} width={size} height={size} />;
}
