/**
 * Where the client keeps its secrets. A link carries its secret in the URL fragment
 * (`/host#CODE`), which browsers never send to a server; we copy it to localStorage, per role and
 * session, so the page still works after a reload or when opened again without the fragment.
 * Secrets leave the device only in the socket handshake or as a Bearer header.
 */
export type SecretRole = 'facilitator' | 'host' | 'desk' | 'screen';

const secretKey = (role: SecretRole, sessionId: string) => `tafelronde:secret:${role}:${sessionId}`;
const lastKey = (role: SecretRole) => `tafelronde:last:${role}`;
const deviceKey = (joinCode: string) => `tafelronde:device:${joinCode}`;

function get(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function put(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Storage blocked: the page still works, but a reload without the link's fragment will not.
  }
}

export function fragment(): string | null {
  const raw = window.location.hash.slice(1).trim();
  if (raw === '') return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** The secret from the link, else the one this device used last for this role. */
export function secretFor(role: SecretRole): string | null {
  const fromLink = fragment();
  if (fromLink !== null) return fromLink;
  const sessionId = get(lastKey(role));
  return sessionId === null ? null : get(secretKey(role, sessionId));
}

/** Called once the server accepted the secret and told us which session it opens. */
export function rememberSecret(role: SecretRole, sessionId: string, secret: string): void {
  put(secretKey(role, sessionId), secret);
  put(lastKey(role), sessionId);
}

/** After the session was deleted: this device keeps no key to it. */
export function forgetSecret(role: SecretRole, sessionId: string): void {
  put(secretKey(role, sessionId), null);
  if (get(lastKey(role)) === sessionId) put(lastKey(role), null);
}

export function deviceToken(joinCode: string): string | null {
  return get(deviceKey(joinCode));
}

export function saveDeviceToken(joinCode: string, token: string | null): void {
  put(deviceKey(joinCode), token);
}

/**
 * A programme member's code, kept like the device token: per programme (the series this session
 * is part of), or per session for a first session that is in no programme yet. The next session
 * finds it under its programme, or under one of the earlier sessions it lists.
 */
type Series = { id: string; programme?: { id: string; sessionIds: string[] } | null };
const memberKey = (key: string) => `tafelronde:member:${key}`;
const welcomedKey = (sessionId: string) => `tafelronde:member-welcomed:${sessionId}`;
const seriesKeys = (s: Series): string[] => [
  ...(s.programme == null ? [] : [s.programme.id, ...s.programme.sessionIds.map((id) => `session:${id}`)]),
  `session:${s.id}`,
];

export function memberCode(s: Series): string | null {
  for (const key of seriesKeys(s)) {
    const code = get(memberKey(key));
    if (code !== null) return code;
  }
  return null;
}

/** A new code (agreed, or recognised here), or none: taken back, so forgotten for the whole series. */
export function saveMemberCode(s: Series, code: string | null): void {
  if (code === null) for (const key of seriesKeys(s)) put(memberKey(key), null);
  else put(memberKey(seriesKeys(s)[0]!), code);
}

/** Whether this phone was recognised in this session ("Welkom terug" stays after a reload). */
export function memberWelcomed(sessionId: string): boolean {
  return get(welcomedKey(sessionId)) !== null;
}

export function saveMemberWelcomed(sessionId: string, welcomed: boolean): void {
  put(welcomedKey(sessionId), welcomed ? '1' : null);
}

/**
 * A registered person's personal code (/p#CODE): kept as the last one this phone opened, and per
 * join code once the session is known, so the join page of that session connects as them too.
 */
const personalKey = (key: string) => `tafelronde:personal:${key}`;

export function personalCode(joinCode: string | null): string | null {
  return get(personalKey(joinCode ?? 'last'));
}

export function savePersonalCode(joinCode: string | null, code: string | null): void {
  put(personalKey(joinCode ?? 'last'), code);
}
