import { useCallback, useMemo } from 'react';
import type { SessionState } from '../../../shared/model/session';
import { type Allowed, afterPending, type CommandDraft, can } from '../../../shared/rules/can';
import { useStore } from '../store';

const NO_ACTOR: Allowed = { ok: false, error: { code: 'UNAUTHORIZED', message: 'not connected yet' } };

/**
 * Whether the server would accept a command now, asked of the shared rules on this device's
 * view with its unanswered commands on top (the server takes those first): the answer a view
 * uses to show, hide or enable an action. Offline too: it is pure.
 */
export function useCan(state: SessionState): (draft: CommandDraft) => Allowed {
  const actor = useStore((s) => s.session.actor);
  const offset = useStore((s) => s.connection.clockOffset);
  const outbox = useStore((s) => s.connection.outbox);
  const ahead = useMemo(() => {
    const pending = outbox.filter((e) => e.refused === null).map((e) => e.command);
    return actor === null || pending.length === 0 ? state : afterPending(state, actor, pending, Date.now() + offset);
  }, [state, actor, outbox, offset]);
  return useCallback(
    (draft: CommandDraft) => (actor === null ? NO_ACTOR : can(ahead, actor, draft, Date.now() + offset)),
    [ahead, actor, offset],
  );
}
