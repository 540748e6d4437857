import { useCallback, useState } from 'react';
import type { CommandError } from '../../../shared/protocol/errors';
import type { CommandAck } from '../../../shared/protocol/socket';
import type { CommandDraft } from './connection';
import { useLiveConnection } from './useConnection';

/**
 * Send commands from a form or a button, with the state a view needs to show: busy while the
 * ack is outstanding, the last error (typed, for a translated message) until the next try.
 */
export function useCommand(): {
  run: (draft: CommandDraft) => Promise<CommandAck>;
  busy: boolean;
  error: CommandError | null;
  clearError: () => void;
} {
  const connection = useLiveConnection();
  const [inFlight, setInFlight] = useState(0);
  const [error, setError] = useState<CommandError | null>(null);
  const run = useCallback(
    async (draft: CommandDraft) => {
      setInFlight((n) => n + 1);
      setError(null);
      try {
        const ack = await connection.send(draft);
        if (!ack.ok) setError(ack.error);
        return ack;
      } finally {
        setInFlight((n) => n - 1);
      }
    },
    [connection],
  );
  const clearError = useCallback(() => setError(null), []);
  return { run, busy: inFlight > 0, error, clearError };
}
