import type { Sessions } from './sessions';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

export type Retention = {
  /** Deletes every session past the retention period now; resolves with their ids. */
  sweep(): Promise<string[]>;
  stop(): void;
};

/**
 * Deletes sessions `days` after they ended (AVG/GDPR: personal data is not kept longer than
 * needed). A session nobody ended counts from its last change. Runs when the server starts and
 * then every hour; a sweep that fails (database away) is logged and tried again at the next.
 */
export function startRetention(
  sessions: Sessions,
  options: { days: number; now: () => number; log: (message: string) => void },
): Retention {
  let running: Promise<string[]> | null = null;
  const sweep = (): Promise<string[]> => {
    running ??= (async () => {
      const expired = await sessions.idleSince(options.now() - options.days * DAY_MS);
      for (const id of expired) await sessions.delete(id);
      if (expired.length > 0)
        options.log(`retention: deleted ${expired.length} session(s) that ended more than ${options.days} days ago`);
      return expired;
    })().finally(() => {
      running = null;
    });
    return running;
  };
  const timer = setInterval(() => {
    sweep().catch((error: unknown) =>
      options.log(`retention: sweep failed, trying again in an hour: ${String(error)}`),
    );
  }, HOUR_MS);
  timer.unref();
  return { sweep, stop: () => clearInterval(timer) };
}
