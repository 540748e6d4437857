import type {
  CreateSessionRequest,
  CreateSessionResponse,
  NextSessionRequest,
  MetBeforeResponse,
  PersonalCodesResponse,
  SessionLinks,
  SignupInfo,
  SignupRequest,
  SignupResponse,
  ImportDone,
  ImportPreview,
  ImportRequest,
} from '../../../shared/protocol/api';
import type { FollowupPreview, FollowupQueued, MailOverview } from '../../../shared/protocol/mail';

/** A failed REST call, with the server's error code when it sent one. */
export class ApiFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
    /** The field the server named (a form shows the error next to it). */
    readonly path?: string,
  ) {
    super(message);
  }
}

async function request<T>(path: string, init: RequestInit & { token?: string } = {}): Promise<T> {
  const headers = new Headers(init.headers);
  headers.set('Accept', 'application/json');
  if (init.body !== undefined && !headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
  if (init.token !== undefined) headers.set('Authorization', `Bearer ${init.token}`);
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers });
  } catch (error) {
    throw new ApiFailure('NETWORK', error instanceof Error ? error.message : 'network error');
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const err = (body as { error?: { code?: unknown; message?: unknown; path?: unknown } } | null)?.error;
    throw new ApiFailure(
      typeof err?.code === 'string' ? err.code : `HTTP_${response.status}`,
      typeof err?.message === 'string' ? err.message : response.statusText,
      typeof err?.path === 'string' ? err.path : undefined,
    );
  }
  return body as T;
}

export function createSession(req: CreateSessionRequest): Promise<CreateSessionResponse> {
  return request('/api/sessions', { method: 'POST', body: JSON.stringify(req) });
}

/** The next meeting of the programme, made from this one; its facilitator link is in the answer, once. */
export function createNextSession(
  sessionId: string,
  token: string,
  req: NextSessionRequest,
): Promise<CreateSessionResponse> {
  return request(`/api/sessions/${encodeURIComponent(sessionId)}/next`, {
    method: 'POST',
    token,
    body: JSON.stringify(req),
  });
}

export function fetchLinks(sessionId: string, token: string): Promise<SessionLinks> {
  return request(`/api/sessions/${encodeURIComponent(sessionId)}/links`, { token });
}

/** Everyone who signed up, with their personal code and link (facilitator). */
export function fetchPersonalCodes(sessionId: string, token: string): Promise<PersonalCodesResponse> {
  return request(`/api/sessions/${encodeURIComponent(sessionId)}/registrations/codes`, { token });
}

/** Programme members here who sat at one table in an earlier session of the series (facilitator). */
export function fetchMetBefore(sessionId: string, token: string): Promise<MetBeforeResponse> {
  return request(`/api/sessions/${encodeURIComponent(sessionId)}/met-before`, { token });
}

/** A new host code for a table whose code leaked; the old one stops working. Answers the links as they are now. */
export function replaceHostCode(sessionId: string, tableId: string, token: string): Promise<SessionLinks> {
  const path = `/api/sessions/${encodeURIComponent(sessionId)}/hosts/${encodeURIComponent(tableId)}/code`;
  return request(path, { method: 'POST', token, body: '{}' });
}

/** A link for a co-facilitator: a new secret, shown once. */
export function addFacilitator(sessionId: string, token: string): Promise<{ facilitator: string }> {
  return request(`/api/sessions/${encodeURIComponent(sessionId)}/facilitators`, { method: 'POST', token, body: '{}' });
}

/** Deletes the whole session and everything stored of it; the facilitator's link stops working. */
export async function deleteSession(sessionId: string, token: string): Promise<void> {
  const response = await fetch(`/api/sessions/${encodeURIComponent(sessionId)}`, {
    method: 'DELETE',
    headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
  }).catch((error: unknown) => {
    throw new ApiFailure('NETWORK', error instanceof Error ? error.message : 'network error');
  });
  if (response.status === 204) return;
  const body = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
  throw new ApiFailure(body?.error?.code ?? `HTTP_${response.status}`, body?.error?.message ?? response.statusText);
}

/** The public sign-up page's session: what it is, when, and whether it takes sign-ups. */
export function fetchSignup(joinCode: string): Promise<SignupInfo> {
  return request(`/api/signup/${encodeURIComponent(joinCode)}`);
}

export function signUp(joinCode: string, req: SignupRequest): Promise<SignupResponse> {
  return request(`/api/signup/${encodeURIComponent(joinCode)}`, { method: 'POST', body: JSON.stringify(req) });
}

/** The person cancels their own sign-up with their personal code. */
export function cancelSignup(code: string): Promise<{ status: 'cancelled' }> {
  return request('/api/signup/cancel', { method: 'POST', body: JSON.stringify({ code }) });
}

/** The session's e-mail: whether the server sends any, and the outbox without the texts (facilitator). */
export function fetchMail(sessionId: string, token: string): Promise<MailOverview> {
  return request(`/api/sessions/${encodeURIComponent(sessionId)}/mail`, { token });
}

/** The follow-up as it would be sent, per person who asked for it. */
export function fetchFollowupPreview(sessionId: string, token: string): Promise<FollowupPreview> {
  return request(`/api/sessions/${encodeURIComponent(sessionId)}/mail/followup-preview`, { token });
}

/** Sends the follow-up (only once it is published); answers how many were queued. */
export function sendFollowup(sessionId: string, token: string): Promise<FollowupQueued> {
  return request(`/api/sessions/${encodeURIComponent(sessionId)}/mail/followup`, { method: 'POST', token, body: '{}' });
}

/** Tries a message that failed for good once more. */
export function retryMail(sessionId: string, mailId: string, token: string): Promise<unknown> {
  const path = `/api/sessions/${encodeURIComponent(sessionId)}/mail/${encodeURIComponent(mailId)}/retry`;
  return request(path, { method: 'POST', token, body: '{}' });
}

/** Reads a sign-up list (CSV or Excel) on the server and answers what it would import; changes nothing. */
export function previewImport(sessionId: string, token: string, file: File): Promise<ImportPreview> {
  return request(`/api/sessions/${encodeURIComponent(sessionId)}/registrations/preview`, {
    method: 'POST',
    token,
    body: file,
    // The name only tells the kind (.csv, .xlsx); a header holds ASCII only.
    headers: { 'Content-Type': file.type || 'text/csv', 'X-File-Name': encodeURIComponent(file.name) },
  });
}

/** Imports the list as the facilitator confirmed it; all or nothing, and a retried `id` imports once. */
export function importRegistrations(sessionId: string, token: string, req: ImportRequest): Promise<ImportDone> {
  return request(`/api/sessions/${encodeURIComponent(sessionId)}/registrations/import`, {
    method: 'POST',
    token,
    body: JSON.stringify(req),
  });
}
