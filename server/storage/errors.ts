/**
 * The database cannot take writes (disk full, read-only, I/O error, file gone, locked by another
 * process). Thrown by every storage implementation alike, so the server can answer "try again
 * later" and report the state in its health check without knowing which database it runs on.
 * Whatever caused it was rolled back: nothing of the failed call is stored.
 */
export class StorageUnavailableError extends Error {
  override readonly name = 'StorageUnavailableError';
  /** The driver's error code when it has one (e.g. `SQLITE_FULL`), for logs and health checks. */
  readonly code: string | null;

  constructor(message: string, cause: unknown) {
    super(message, { cause });
    this.code = codeOf(cause);
  }
}

function codeOf(cause: unknown): string | null {
  if (typeof cause !== 'object' || cause === null || !('code' in cause)) return null;
  return typeof cause.code === 'string' ? cause.code : null;
}
