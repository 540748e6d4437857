/**
 * The whole routing table: a few fixed paths, so a path switch is enough (no router library,
 * which keeps the participant's phone download small). Links are plain <a href>: each role is
 * opened from its own link and never navigates to another role.
 */
export type Route =
  | { view: 'start' }
  | { view: 'facilitator' }
  | { view: 'host' }
  | { view: 'desk' }
  | { view: 'screen' }
  | { view: 'participant'; joinCode: string }
  | { view: 'followup'; joinCode: string }
  /** The public sign-up page of a session (docs/registrations.md). */
  | { view: 'signup'; joinCode: string }
  /** A registered person's personal link, `/p#CODE`: their phone becomes them. */
  | { view: 'personal' }
  | { view: 'not-found' };

export function routeFor(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  switch (path) {
    case '/':
      return { view: 'start' };
    case '/facilitator':
      return { view: 'facilitator' };
    case '/host':
      return { view: 'host' };
    case '/desk':
      return { view: 'desk' };
    case '/screen':
      return { view: 'screen' };
    case '/p':
      return { view: 'personal' };
  }
  const join = /^\/join\/([^/]+)$/.exec(path);
  if (join?.[1] !== undefined)
    return { view: 'participant', joinCode: decodeURIComponent(join[1]).trim().toUpperCase() };
  const followup = /^\/followup\/([^/]+)$/.exec(path);
  if (followup?.[1] !== undefined)
    return { view: 'followup', joinCode: decodeURIComponent(followup[1]).trim().toUpperCase() };
  const signup = /^\/signup\/([^/]+)$/.exec(path);
  if (signup?.[1] !== undefined)
    return { view: 'signup', joinCode: decodeURIComponent(signup[1]).trim().toUpperCase() };
  return { view: 'not-found' };
}
