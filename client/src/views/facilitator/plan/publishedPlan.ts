import type { PlanScope, PublishedPlan } from '../../../../../shared/rotation/from-session';

/**
 * The plan as this cockpit last published it, kept on this device per session. The session's
 * state merges a published plan with every later move, so only this copy tells which seats the
 * facilitator changed by hand afterwards (a re-plan keeps those). It belongs to one publication:
 * stored with the `planPublishedAt` it got, it is ignored once someone publishes another plan.
 */
const key = (sessionId: string) => `tafelronde:plan:${sessionId}`;

type Stored = { at: number; plan: PublishedPlan };

export function loadPublished(sessionId: string, at: number | null | undefined): PublishedPlan | null {
  if (at == null) return null;
  try {
    const raw = localStorage.getItem(key(sessionId));
    if (raw === null) return null;
    const stored = JSON.parse(raw) as Stored;
    return stored.at === at ? stored.plan : null;
  } catch {
    return null;
  }
}

export function savePublished(sessionId: string, at: number, plan: PublishedPlan): void {
  try {
    localStorage.setItem(key(sessionId), JSON.stringify({ at, plan } satisfies Stored));
  } catch {
    // Storage full or blocked: a re-plan then cannot tell moves by hand apart, and keeps none of them.
  }
}

const scopeKey = (sessionId: string) => `tafelronde:plan-scope:${sessionId}`;

/** The facilitator's choice to plan only the checked-in people, kept with the plan on this device. */
export function loadScope(sessionId: string): PlanScope {
  try {
    return localStorage.getItem(scopeKey(sessionId)) === 'checkedIn' ? 'checkedIn' : 'everyone';
  } catch {
    return 'everyone';
  }
}

export function saveScope(sessionId: string, scope: PlanScope): void {
  try {
    localStorage.setItem(scopeKey(sessionId), scope);
  } catch {
    // Not remembered after a reload; the choice still holds on this page.
  }
}
