import { useEffect, useState } from 'react';
import type { SessionLinks } from '../../../../shared/protocol/api';
import { fetchLinks } from '../../net/api';

/** The session's links and codes (host codes for the table cards, the join code for the poster). */
export function useLinks(
  sessionId: string,
  token: string,
): { links: SessionLinks | null; failed: boolean; replaced: (links: SessionLinks) => void } {
  const [links, setLinks] = useState<SessionLinks | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    fetchLinks(sessionId, token)
      .then((l) => live && setLinks(l))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [sessionId, token]);
  return { links, failed, replaced: setLinks };
}
