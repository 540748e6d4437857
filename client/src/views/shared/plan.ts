import type { SessionState } from '../../../../shared/model/session';
import { clockText, type EveningPlan, eveningPlan } from '../../../../shared/rules/schedule';
import { useStore } from '../../store';

/**
 * The evening's plan (shared/rules/schedule.ts) with its planned times as the clock shows them in
 * the chosen language: the cockpit and the projector read every planned time from here, so they
 * show the same time for a phase, and the report does too.
 */
export function usePlan(state: SessionState, now?: number): EveningPlan & { plannedAt: (phaseId: string) => string } {
  const language = useStore((s) => s.ui.language);
  const plan = eveningPlan(state, now === undefined ? {} : { now });
  const byId = new Map(plan.phases.map((p) => [p.phaseId, p.plannedStart]));
  return {
    ...plan,
    plannedAt: (phaseId) => {
      const at = byId.get(phaseId);
      return at === undefined ? '' : clockText(at, language);
    },
  };
}
