import type { Question } from '../../../../shared/model/session';

/**
 * What this phone already showed of its own questions' news (an answer, a new status), kept on
 * the device per session and participant, so a reload does not announce an answer again. What
 * was seen is a fingerprint of status and answer (a hash: the answer's text stays off the
 * device's storage), so a changed answer is news again.
 */
type Seen = Record<string, string>;

const key = (sessionId: string, me: string) => `tafelronde:seen-answers:${sessionId}:${me}`;

/** Null while there is nothing to tell: a question just asked, not yet looked at. */
export function newsOf(q: Question): string | null {
  return q.status === 'new' && q.answer === null ? null : `${q.status}:${hash(q.answer ?? '')}`;
}

// FNV-1a, 32 bits: enough to tell one answer from its edit, not meant to be secret.
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

export function loadSeen(sessionId: string, me: string): Seen {
  try {
    const raw = localStorage.getItem(key(sessionId, me));
    const parsed: unknown = raw === null ? {} : JSON.parse(raw);
    return typeof parsed === 'object' && parsed !== null ? (parsed as Seen) : {};
  } catch {
    return {};
  }
}

export function saveSeen(sessionId: string, me: string, seen: Seen): void {
  try {
    localStorage.setItem(key(sessionId, me), JSON.stringify(seen));
  } catch {
    // Storage blocked: the notice may come back after a reload, nothing worse.
  }
}

/** "Erase my data": the device forgets this too. */
export function forgetSeen(sessionId: string, me: string): void {
  try {
    localStorage.removeItem(key(sessionId, me));
  } catch {
    // Storage blocked: nothing was kept.
  }
}
