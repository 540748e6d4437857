import express, { type Request, type Response, type Router } from 'express';
import {
  CreateSessionRequest,
  NextSessionRequest,
  type ApiError,
  type CreateSessionResponse,
  type Health,
  type MetBeforeResponse,
  type PersonalCodesResponse,
  type SessionSummary,
} from '../../shared/protocol/api';
import { LIMITS } from '../../shared/protocol/limits';
import { currentPhase } from '../../shared/rules/phase';
import { type Limiter, type LimiterFactory, memoryLimiters } from '../security/rate-limit';
import { MemberService } from '../session/members';
import { personalLink, RegistrationService } from '../session/registrations';
import type { SessionRoom } from '../session/room';
import type { Sessions } from '../session/sessions';
import { StorageUnavailableError } from '../storage/errors';
import type { Outbox } from '../mail/outbox';
import { sessionLinks } from './links';
import { mailRoutes } from './mail-routes';
import { requireJson } from './request-errors';

function error(res: Response, status: number, code: string, message: string, path?: string): void {
  const body: ApiError = { error: { code, message, ...(path === undefined ? {} : { path }) } };
  res.status(status).json(body);
}

/** The small REST API: create a session, the facilitator's links and summary, health. */
export function apiRouter(
  sessions: Sessions,
  options: {
    now: () => number;
    health: () => Health;
    creations?: Limiter | undefined;
    limiter?: LimiterFactory | undefined;
    /** New sessions per address per hour; 20 by default. */
    sessionsPerHour?: number | undefined;
    /** Ends the connections that still hold a table's old host code, on every node. */
    hostCodeReplaced?: (sessionId: string, tableId: string) => void;
    /** The e-mail outbox (server/mail): its routes for the facilitator. */
    outbox?: Outbox | undefined;
  },
): Router {
  const router = express.Router();
  // Only the routes that read a body parse one: any other path is a 404 whatever it was sent.
  const json = express.json({ limit: LIMITS.messageBytes });
  const perHour = options.sessionsPerHour ?? 20;
  const creations =
    options.creations ?? (options.limiter ?? memoryLimiters(options.now))('session-creations', perHour, perHour / 3600);

  router.get('/health', (_req, res) => {
    const health = options.health();
    res.status(health.ok ? 200 : 503).json(health);
  });

  router.post('/sessions', requireJson, json, async (req, res) => {
    if (!(await creations.take(req.ip ?? '')))
      return error(res, 429, 'RATE_LIMITED', 'too many new sessions from here; wait a while');
    const parsed = CreateSessionRequest.safeParse(req.body ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return error(res, 400, 'VALIDATION', issue?.message ?? 'invalid', issue?.path.map(String).join('.'));
    }
    await respondCreated(res, () => sessions.create(parsed.data.template, parsed.data.language));
  });

  /** A new session's links, with the facilitator link shown this once. */
  async function respondCreated(res: Response, make: () => ReturnType<Sessions['create']>): Promise<void> {
    try {
      const { state, secrets } = await make();
      const links = sessionLinks(state, await sessions.credentials(state.id));
      const body: CreateSessionResponse = { ...links, facilitator: `/facilitator#${secrets.facilitatorToken}` };
      res.status(201).json(body);
    } catch (e) {
      if (e instanceof StorageUnavailableError)
        return error(res, 503, 'UNAVAILABLE', 'the server cannot save right now');
      throw e;
    }
  }

  /** The facilitator's token as `Authorization: Bearer`, checked against this session. */
  async function facilitatorRoom(req: Request, res: Response): Promise<SessionRoom | null> {
    const token = /^Bearer (\S+)$/.exec(req.get('authorization') ?? '')?.[1];
    const resolved =
      token === undefined || token.length < 16 || token.length > 64
        ? null
        : await sessions.resolve({ kind: 'facilitator', token });
    if (resolved === null || !('actor' in resolved) || resolved.sessionId !== req.params['id']) {
      error(res, 401, 'UNAUTHORIZED', 'a facilitator link of this session is needed');
      return null;
    }
    return sessions.room(resolved.sessionId);
  }

  if (options.outbox !== undefined) mailRoutes(router, facilitatorRoom, options.outbox);

  // The next session of a programme, from this one: it counts as a new session for the limit.
  router.post('/sessions/:id/next', requireJson, json, async (req, res) => {
    const room = await facilitatorRoom(req, res);
    if (room === null) return;
    const parsed = NextSessionRequest.safeParse(req.body ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return error(res, 400, 'VALIDATION', issue?.message ?? 'invalid', issue?.path.map(String).join('.'));
    }
    if (!(await creations.take(req.ip ?? '')))
      return error(res, 429, 'RATE_LIMITED', 'too many new sessions from here; wait a while');
    await respondCreated(res, () => sessions.createNext(room.state, parsed.data.carry, parsed.data.programmeTitle));
  });

  router.get('/sessions/:id/links', async (req, res) => {
    const room = await facilitatorRoom(req, res);
    if (room !== null) res.json(sessionLinks(room.state, await sessions.credentials(room.id)));
  });

  // The facilitator deletes the whole session: its log, cards, questions, people and links.
  router.delete('/sessions/:id', async (req, res) => {
    const room = await facilitatorRoom(req, res);
    if (room === null) return;
    try {
      await sessions.delete(room.id);
      res.status(204).end();
    } catch (e) {
      if (e instanceof StorageUnavailableError)
        return error(res, 503, 'UNAVAILABLE', 'the server cannot delete right now; nothing was deleted');
      throw e;
    }
  });

  router.post('/sessions/:id/facilitators', async (req, res) => {
    const room = await facilitatorRoom(req, res);
    if (room !== null) res.status(201).json({ facilitator: `/facilitator#${await sessions.addFacilitator(room.id)}` });
  });

  // A host code that leaked (someone flipped the table card) is replaced: the old one stops working,
  // tablets that used it are disconnected and must be paired again with the new code.
  router.post('/sessions/:id/hosts/:tableId/code', async (req, res) => {
    const room = await facilitatorRoom(req, res);
    if (room === null) return;
    const tableId = req.params['tableId'] ?? '';
    if (!room.state.tables.some((t) => t.id === tableId)) return error(res, 404, 'NOT_FOUND', 'no such table');
    try {
      await sessions.replaceHostCode(room.id, tableId);
    } catch (e) {
      if (e instanceof StorageUnavailableError)
        return error(res, 503, 'UNAVAILABLE', 'the server cannot save right now; the old code still works');
      throw e;
    }
    options.hostCodeReplaced?.(room.id, tableId);
    res.status(201).json(sessionLinks(room.state, await sessions.credentials(room.id)));
  });

  // Who met whom in earlier sessions of the programme: only the server holds those sessions, and
  // only a facilitator may know who came back (docs/privacy.md).
  const members = new MemberService(sessions, options.now);
  router.get('/sessions/:id/met-before', async (req, res) => {
    const room = await facilitatorRoom(req, res);
    if (room === null) return;
    const body: MetBeforeResponse = { pairs: (await members.metBefore(room.state)).map(([a, b]) => [a, b]) };
    res.json(body);
  });

  // The personal links of everyone who signed up, for the facilitator to print or hand out.
  const registrations = new RegistrationService(sessions);
  router.get('/sessions/:id/registrations/codes', async (req, res) => {
    const room = await facilitatorRoom(req, res);
    if (room === null) return;
    const codes = await registrations.personalCodes(room.id);
    const people = Object.values(room.state.registrations ?? {})
      .sort((a, b) => a.name.localeCompare(b.name, room.state.language) || a.id.localeCompare(b.id))
      .flatMap((r) => {
        const code = codes.get(r.participantId);
        return code === undefined ? [] : [{ registrationId: r.id, name: r.name, code, link: personalLink(code) }];
      });
    const body: PersonalCodesResponse = { people };
    res.json(body);
  });

  router.get('/sessions/:id/summary', async (req, res) => {
    const room = await facilitatorRoom(req, res);
    if (room === null) return;
    const s = room.state;
    const participants = Object.values(s.participants);
    const summary: SessionSummary = {
      sessionId: s.id,
      title: s.title,
      status: s.status,
      version: s.version,
      currentPhase: currentPhase(s)?.title ?? null,
      participants: participants.length,
      checkedIn: participants.filter((p) => p.checkedInAt !== null).length,
      cards: Object.values(s.cards).filter((c) => !c.hidden && c.mergedInto === null).length,
      questions: Object.keys(s.questions).length,
      signups: Object.keys(s.signups).length,
    };
    res.json(summary);
  });

  router.use((_req, res) => error(res, 404, 'NOT_FOUND', 'no such API'));
  return router;
}
