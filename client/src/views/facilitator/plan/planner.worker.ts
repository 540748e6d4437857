import { computePlan, type PlanRequest } from './compute';

/**
 * The planner off the page's thread: a fresh plan searches for its whole budget (a few hundred
 * milliseconds for 1000 people), which would freeze the cockpit's buttons and timer meanwhile.
 * A separate chunk too, so the cockpit's first load does not carry the planner.
 */
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<PlanRequest & { id: number }>) => void) | null;
  postMessage: (message: unknown) => void;
};

scope.onmessage = (e) => {
  const { id, ...request } = e.data;
  scope.postMessage({ id, outcome: computePlan(request) });
};
