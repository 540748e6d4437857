import { useCallback, useEffect, useRef } from 'react';
import type { SessionState } from '../../../../../shared/model/session';
import type { PlanKind, PlanOutcome } from './compute';
import type { PlanScope, PublishedPlan } from '../../../../../shared/rotation/from-session';

type Reply = { id: number; outcome: PlanOutcome };

/** The planner only needs who is here, the tables, the rounds and the seats, not the evening's cards. */
function planningPart(state: SessionState): SessionState {
  return { ...state, cards: {}, questions: {}, signups: {}, votes: {}, summaries: {} };
}

/**
 * Runs the planner in a worker, started on first use and stopped with the panel. Resolves to
 * null when the worker itself failed (it could not load, or threw): the panel says so.
 */
export function usePlanner(): (
  kind: PlanKind,
  state: SessionState,
  published: PublishedPlan | null,
  scope: PlanScope,
  metBefore?: readonly (readonly [string, string])[],
) => Promise<PlanOutcome | null> {
  const worker = useRef<Worker | null>(null);
  const waiting = useRef(new Map<number, (o: PlanOutcome | null) => void>());
  const next = useRef(0);
  useEffect(
    () => () => {
      worker.current?.terminate();
      worker.current = null;
      for (const resolve of waiting.current.values()) resolve(null);
      waiting.current.clear();
    },
    [],
  );
  return useCallback((kind, state, published, scope, metBefore = []) => {
    if (worker.current === null) {
      let w: Worker;
      try {
        w = new Worker(new URL('./planner.worker.ts', import.meta.url), { type: 'module' });
      } catch {
        return Promise.resolve(null);
      }
      w.onmessage = (e: MessageEvent<Reply>) => {
        waiting.current.get(e.data.id)?.(e.data.outcome);
        waiting.current.delete(e.data.id);
      };
      w.onerror = () => {
        for (const resolve of waiting.current.values()) resolve(null);
        waiting.current.clear();
        w.terminate();
        worker.current = null;
      };
      worker.current = w;
    }
    const id = ++next.current;
    const w = worker.current;
    return new Promise<PlanOutcome | null>((resolve) => {
      waiting.current.set(id, resolve);
      w.postMessage({ id, kind, state: planningPart(state), published, scope, metBefore });
    });
  }, []);
}
