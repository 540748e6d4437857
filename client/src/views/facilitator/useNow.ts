import { useEffect, useState } from 'react';

/** The time, refreshed every `everyMs`: enough for "12 min behind" and "offline for 3 min". */
export function useNow(everyMs = 10_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const handle = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(handle);
  }, [everyMs]);
  return now;
}
