import express, { type Request, type Response, type Router } from 'express';
import type { SessionState } from '../../shared/model/session';
import {
  type ApiError,
  CancelSignupRequest,
  type SignupInfo,
  SignupRequest,
  type SignupResponse,
} from '../../shared/protocol/api';
import type { CommandError } from '../../shared/protocol/errors';
import { JoinCode } from '../../shared/protocol/ids';
import { LIMITS } from '../../shared/protocol/limits';
import { placesLeft, signupPageOpen } from '../../shared/rules/registrations';
import { eveningPlan } from '../../shared/rules/schedule';
import { newId } from '../security/secrets';
import type { Limiter } from '../security/rate-limit';
import { personalLink, type Registered, RegistrationService } from '../session/registrations';
import type { SessionRoom } from '../session/room';
import type { Sessions } from '../session/sessions';
import { StorageUnavailableError } from '../storage/errors';
import { calendarEntry, calendarFile, calendarFileName } from './calendar';
import { requireJson } from './request-errors';

/**
 * The public sign-up page's API (docs/registrations.md), without a token: the join code names the
 * session, as on the join page.
 *   GET  /api/signup/:joinCode               → SignupInfo
 *   POST /api/signup/:joinCode               → 201 SignupResponse (registered or waiting)
 *   POST /api/signup/cancel                  → the person cancels with their personal code
 *   GET  /api/signup/:joinCode/calendar.ics  → the session in a calendar file
 *   GET  /api/signup/:joinCode/programme.ics → every known session of its programme
 * An unknown join code or personal code counts as a wrong code for the address, with the
 * handshake's allowance: this page is no way around it.
 */
export type SignupOptions = {
  now: () => number;
  /** The handshake's failed-code allowance per address. */
  joinFailures: Limiter;
  /** Sign-ups per address: one household signs up a few people, a script not a hundred. */
  signups: Limiter;
  addressOf: (req: Request) => string;
  /** The origin the calendar's links name (PUBLIC_URL or the address the server chose). */
  origin: () => string;
  /** Called after a sign-up was stored (the confirmation e-mail goes out through it). */
  onRegistered?: ((sessionId: string, registered: Registered[]) => void) | undefined;
};

function error(res: Response, status: number, code: string, message: string, path?: string): void {
  const body: ApiError = { error: { code, message, ...(path === undefined ? {} : { path }) } };
  res.status(status).json(body);
}

/** A refused sign-up as the page shows it: the field's path without the command's wrapping. */
function refused(res: Response, e: CommandError): void {
  const path = e.path?.replace(/^entries\.\d+\.(input\.)?/, '');
  const status: Record<string, number> = {
    VALIDATION: 400,
    NOT_FOUND: 400,
    WRONG_PHASE: 409,
    CONFLICT: 409,
    LIMIT_REACHED: 409,
    RATE_LIMITED: 429,
    UNAVAILABLE: 503,
  };
  error(res, status[e.code] ?? 400, e.code, e.message, path);
}

const calendarPath = (joinCode: string) => `/api/signup/${joinCode}/calendar.ics`;
const programmePath = (joinCode: string) => `/api/signup/${joinCode}/programme.ics`;

function infoOf(s: SessionState, now: number): SignupInfo {
  const phases = eveningPlan(s, { now }).phases;
  const dated = s.date !== null && phases.length > 0;
  return {
    joinCode: s.joinCode,
    title: s.title,
    date: s.date,
    venue: s.venue,
    language: s.language,
    startsAt: dated ? phases[0]!.plannedStart : null,
    endsAt: dated ? phases.at(-1)!.plannedEnd : null,
    open: signupPageOpen(s, now),
    placesLeft: placesLeft(s),
    closesAt: s.signupPage?.closesAt ?? null,
    askSandwich: s.signupPage?.askSandwich ?? false,
    tables: s.tables.map((t) => ({ id: t.id, title: t.title })),
    programmeTitle: s.programme?.title ?? null,
    calendar: dated ? calendarPath(s.joinCode) : null,
    programmeCalendar: (s.programme ?? null) === null ? null : programmePath(s.joinCode),
  };
}

export function signupRouter(sessions: Sessions, options: SignupOptions): Router {
  const router = express.Router();
  const json = express.json({ limit: LIMITS.messageBytes });
  const service = new RegistrationService(sessions);

  /** The session of a join code, or null after answering (a wrong code counts for the address). */
  async function sessionOf(req: Request, res: Response): Promise<SessionRoom | null> {
    const address = options.addressOf(req);
    if (!(await options.joinFailures.allows(address))) {
      error(res, 429, 'RATE_LIMITED', 'too many wrong codes; wait a minute');
      return null;
    }
    const code = JoinCode.safeParse(String(req.params['joinCode'] ?? ''));
    const resolved = code.success ? await sessions.resolve({ kind: 'participant', joinCode: code.data }) : null;
    const room = resolved === null ? null : await sessions.room(resolved.sessionId);
    if (room === null) {
      await options.joinFailures.take(address);
      error(res, 404, 'NOT_FOUND', 'no session has this code');
      return null;
    }
    return room;
  }

  // Before `/:joinCode`, which would take "cancel" for a join code.
  router.post('/signup/cancel', requireJson, json, async (req, res) => {
    const address = options.addressOf(req);
    if (!(await options.joinFailures.allows(address)))
      return error(res, 429, 'RATE_LIMITED', 'too many wrong codes; wait a minute');
    const parsed = CancelSignupRequest.safeParse(req.body ?? {});
    const resolved = parsed.success ? await sessions.resolve({ kind: 'personal', code: parsed.data.code }) : null;
    const room = resolved === null ? null : await sessions.room(resolved.sessionId);
    const participantId = resolved !== null && 'registered' in resolved ? resolved.registered.participantId : null;
    const registration =
      room === null
        ? undefined
        : Object.values(room.state.registrations ?? {}).find((r) => r.participantId === participantId);
    if (room === null || participantId === null || registration === undefined) {
      await options.joinFailures.take(address);
      return error(res, 404, 'NOT_FOUND', 'no registration has this code', 'code');
    }
    const ack = await room.execute(
      { id: newId(), type: 'registration.cancel', registrationId: registration.id },
      { role: 'participant', participantId },
    );
    if (!ack.ok) return refused(res, ack.error);
    res.json({ status: 'cancelled' });
  });

  router.get('/signup/:joinCode', async (req, res) => {
    const room = await sessionOf(req, res);
    if (room === null) return;
    res.set('Cache-Control', 'no-store');
    res.json(infoOf(room.state, options.now()));
  });

  router.post('/signup/:joinCode', requireJson, json, async (req, res) => {
    if (!(await options.signups.take(options.addressOf(req))))
      return error(res, 429, 'RATE_LIMITED', 'many sign-ups from here; wait a while');
    const parsed = SignupRequest.safeParse(req.body ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return error(res, 400, 'VALIDATION', issue?.message ?? 'invalid', issue?.path.map(String).join('.'));
    }
    const room = await sessionOf(req, res);
    if (room === null) return;
    const { id, ...input } = parsed.data;
    let result: Awaited<ReturnType<RegistrationService['add']>>;
    try {
      result = await service.add(room, service.reserve(), { id, source: 'form', inputs: [input] });
    } catch (e) {
      if (e instanceof StorageUnavailableError)
        return error(res, 503, 'UNAVAILABLE', 'the server cannot save right now');
      throw e;
    }
    if (!result.ack.ok) return refused(res, result.ack.error);
    const person = result.registered[0];
    const registration = person === undefined ? undefined : room.state.registrations?.[person.registrationId];
    // A retried command id: the first request stored the sign-up; its code is not made twice.
    if (person === undefined || registration === undefined)
      return error(res, 409, 'DUPLICATE', 'this sign-up was already received');
    options.onRegistered?.(room.id, result.registered);
    const info = infoOf(room.state, options.now());
    const body: SignupResponse = {
      status: registration.status === 'waiting' ? 'waiting' : 'registered',
      code: person.code,
      personalLink: personalLink(person.code),
      calendar: info.calendar,
      programmeCalendar: info.programmeCalendar,
    };
    res.status(201).json(body);
  });

  function sendCalendar(res: Response, s: SessionState, body: string, name: string): void {
    res.set({
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${calendarFileName(name, s.date)}"`,
      'Cache-Control': 'no-store',
    });
    res.send(body);
  }

  router.get('/signup/:joinCode/calendar.ics', async (req, res) => {
    const room = await sessionOf(req, res);
    if (room === null) return;
    const s = room.state;
    const entry = calendarEntry(s, options.origin());
    if (entry === null) return error(res, 404, 'NOT_FOUND', 'this session has no date yet');
    sendCalendar(res, s, calendarFile([entry], s.title), s.title);
  });

  // The earlier sessions of the programme are known to this one (state.programme.sessionIds);
  // later ones do not exist yet when people sign up for this one.
  router.get('/signup/:joinCode/programme.ics', async (req, res) => {
    const room = await sessionOf(req, res);
    if (room === null) return;
    const s = room.state;
    const programme = s.programme ?? null;
    if (programme === null) return error(res, 404, 'NOT_FOUND', 'this session is in no programme');
    const earlier = await Promise.all(programme.sessionIds.map((id) => sessions.room(id)));
    const states = [...earlier.filter((r) => r !== null).map((r) => r.state), s];
    const entries = states.map((state) => calendarEntry(state, options.origin())).filter((e) => e !== null);
    if (entries.length === 0) return error(res, 404, 'NOT_FOUND', 'no session of this programme has a date yet');
    sendCalendar(res, s, calendarFile(entries, programme.title), programme.title);
  });

  return router;
}
