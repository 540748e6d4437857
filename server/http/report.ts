import express, { type Request, type Response, type Router } from 'express';
import type { ApiError } from '../../shared/protocol/api';
import { Language, type SessionState } from '../../shared/model/session';
import { JoinCode, Token } from '../../shared/protocol/ids';
import { archiveJson, buildReport, CSV_FILES, type CsvFile, type ReportVersion } from '../../shared/report';
import { ExportBusyError, ExportFailedError, type ReportExports } from '../exports/exports';
import type { RenderArgs } from '../exports/render';
import { buildProgrammeReport, programmeJson } from '../../shared/report/programme';
import type { Limiter } from '../security/rate-limit';
import type { SessionRoom } from '../session/room';
import type { Sessions } from '../session/sessions';

/**
 * The wrap-up report over REST, and the public follow-up page's data.
 *
 *   GET /api/sessions/:id/report.{md,html,docx,json}?version=public|internal   (Bearer facilitator)
 *   GET /api/sessions/:id/report/{cards,questions,signups,attendance,themes}.csv?version=…&lang=nl|en
 *   GET /api/sessions/:id/programme-report?format=md|html|docx|json|csv&file=…&version=…&lang=…
 *                                          → the programme's sessions in one report (Bearer facilitator)
 *   GET /api/followup/:joinCode            → the public report model, once published (else 404)
 *   GET /api/followup/:joinCode/report.html → the public printable page, once published
 *
 * The follow-up takes an optional `Authorization: Bearer <device token>`: a participant's own
 * questions are then marked `mine`. Nothing else about anyone is in it.
 *
 * The model is built here (it decides what each version holds); the files are rendered by the
 * export workers (server/exports), off the event loop. A full queue answers 503 EXPORT_BUSY with
 * Retry-After, a worker that died 500 EXPORT_FAILED; neither changes anything.
 */

function error(res: Response, status: number, code: string, message: string): void {
  const body: ApiError = { error: { code, message } };
  res.status(status).json(body);
}

const TYPES = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
} as const;
type Format = Exclude<keyof typeof TYPES, 'csv'>;
const FORMATS = Object.keys(TYPES).filter((f) => f !== 'csv') as Format[];

/** A file name people recognise in their downloads: "verslag-wijkavond-2025-03-12-openbaar.docx". */
function fileName(
  title: string,
  date: string | null,
  version: ReportVersion,
  language: string,
  ext: string,
  part?: string,
): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  const nl = language === 'nl';
  const v = version === 'public' ? (nl ? 'openbaar' : 'public') : nl ? 'intern' : 'internal';
  return (
    [nl ? 'verslag' : 'report', slug, date, part, v]
      .filter((x) => x !== null && x !== undefined && x !== '')
      .join('-') + `.${ext}`
  );
}

/** The printable page is ours, but its text is people's: no scripts, no outside resources at all. */
const PAGE_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export type FollowupGuard = {
  /** The handshake's failed-code allowance per address: the follow-up is no way around it. */
  joinFailures: Limiter;
  addressOf: (req: Request) => string;
};

export function reportRouter(
  sessions: Sessions,
  guard: FollowupGuard,
  exports: ReportExports,
  log: (message: string) => void,
): Router {
  const router = express.Router();

  /** The rendered file, or null after answering with the export's typed error. */
  async function rendered(res: Response, ...args: RenderArgs): Promise<string | Buffer | null> {
    const job = args[0];
    try {
      return await exports.render(...args);
    } catch (e) {
      if (e instanceof ExportBusyError) {
        res.set('Retry-After', '2');
        error(res, 503, e.code, e.message);
        return null;
      }
      if (e instanceof ExportFailedError) {
        log(`export ${job.format} failed: ${String(e.cause)}`);
        error(res, 500, e.code, e.message);
        return null;
      }
      throw e;
    }
  }

  async function facilitatorRoom(req: Request, res: Response): Promise<SessionRoom | null> {
    const token = /^Bearer (\S+)$/.exec(req.get('authorization') ?? '')?.[1];
    const resolved =
      token === undefined || !Token.safeParse(token).success
        ? null
        : await sessions.resolve({ kind: 'facilitator', token });
    if (resolved === null || !('actor' in resolved) || resolved.sessionId !== req.params['id']) {
      error(res, 401, 'UNAUTHORIZED', 'a facilitator link of this session is needed');
      return null;
    }
    return sessions.room(resolved.sessionId);
  }

  function versionOf(req: Request, res: Response): ReportVersion | null {
    const v = req.query['version'] ?? 'public';
    if (v === 'public' || v === 'internal') return v;
    error(res, 400, 'VALIDATION', 'version is public or internal');
    return null;
  }

  /** The CSV's language: `?lang=nl|en`, else the session's (a Dutch Excel needs the Dutch file). */
  function languageOf(req: Request, res: Response, fallback: Language): Language | null {
    const lang = req.query['lang'] ?? fallback;
    const parsed = Language.safeParse(lang);
    if (parsed.success) return parsed.data;
    error(res, 400, 'VALIDATION', 'lang is nl or en');
    return null;
  }

  function send(res: Response, type: string, name: string, body: string | Buffer, inline = false): void {
    res.set({
      'Content-Type': type,
      'Content-Disposition': `${inline ? 'inline' : 'attachment'}; filename="${name}"`,
      // Reports hold what people said (and internally, contacts): never in a shared cache.
      'Cache-Control': 'no-store',
    });
    if (type === TYPES.html) res.set('Content-Security-Policy', PAGE_POLICY);
    res.send(body);
  }

  router.get('/sessions/:id/report.:format', async (req, res) => {
    const format = req.params['format'] as Format;
    if (!FORMATS.includes(format))
      return error(res, 404, 'NOT_FOUND', `no report as ${format}; use ${FORMATS.join(', ')}`);
    const room = await facilitatorRoom(req, res);
    if (room === null) return;
    const version = versionOf(req, res);
    if (version === null) return;
    const s = room.state;
    const name = fileName(s.title, s.date, version, s.language, format);
    // The archive is the state itself, not the model: one JSON.stringify, as cheap as handing it to a worker.
    if (format === 'json') return send(res, TYPES.json, name, archiveJson(s, version));
    const body = await rendered(res, { format }, buildReport(s, version));
    if (body === null) return;
    // The printable page inline: it opens in the browser, ready to print to PDF.
    send(res, TYPES[format], name, body, format === 'html');
  });

  router.get('/sessions/:id/report/:file.csv', async (req, res) => {
    const file = req.params['file'] as CsvFile;
    if (!CSV_FILES.includes(file)) return error(res, 404, 'NOT_FOUND', `no such CSV; use ${CSV_FILES.join(', ')}`);
    const room = await facilitatorRoom(req, res);
    if (room === null) return;
    const version = versionOf(req, res);
    if (version === null) return;
    const s = room.state;
    const language = languageOf(req, res, s.language);
    if (language === null) return;
    const body = await rendered(res, { format: 'csv', file }, buildReport(s, version, { language }));
    if (body === null) return;
    send(res, TYPES.csv, fileName(s.title, s.date, version, language, 'csv', file), body);
  });

  /**
   * The programme report (the "gereedschapskist"): every session of the series this one belongs
   * to, the earlier ones first, in one file. Only a facilitator of this session may: making it
   * from the earlier one needed that one's facilitator link. Formats as the session report's,
   * named by the query: ?format=md|html|docx|json|csv (csv with &file=cards|…), &version, &lang.
   */
  router.get('/sessions/:id/programme-report', async (req, res) => {
    const format = String(req.query['format'] ?? 'html');
    if (format !== 'csv' && !FORMATS.includes(format as Format))
      return error(res, 404, 'NOT_FOUND', `no programme report as ${format}; use ${[...FORMATS, 'csv'].join(', ')}`);
    const file = req.query['file'] as CsvFile | undefined;
    if (format === 'csv' && (file === undefined || !CSV_FILES.includes(file)))
      return error(res, 400, 'VALIDATION', `file is one of ${CSV_FILES.join(', ')}`);
    const room = await facilitatorRoom(req, res);
    if (room === null) return;
    const version = versionOf(req, res);
    if (version === null) return;
    const s = room.state;
    const language = languageOf(req, res, s.language);
    if (language === null) return;
    const programme = s.programme ?? null;
    if (programme === null) return error(res, 404, 'NOT_IN_PROGRAMME', 'this session is not part of a programme');
    // One at a time: each earlier session is loaded like any room, and unloaded again when idle.
    const parts: { sessionId: string; state: SessionState | null }[] = [];
    for (const sessionId of programme.sessionIds)
      parts.push({ sessionId, state: (await sessions.room(sessionId))?.state ?? null });
    parts.push({ sessionId: s.id, state: s });
    const report = buildProgrammeReport(programme, parts, version, { language });
    const nl = language === 'nl';
    const part = [nl ? 'reeks' : 'series', ...(format === 'csv' ? [file] : [])].join('-');
    const name = fileName(programme.title, null, version, language, format, part);
    // JSON is the model itself: one JSON.stringify, as cheap as handing it to a worker.
    if (format === 'json') return send(res, TYPES.json, name, programmeJson(report));
    const job =
      format === 'csv'
        ? ({ programme: true, format: 'csv', file: file! } as const)
        : ({ programme: true, format: format as Exclude<Format, 'json'> } as const);
    const body = await rendered(res, job, report);
    if (body === null) return;
    send(res, TYPES[format as keyof typeof TYPES], name, body, format === 'html');
  });

  /**
   * The published session of a join code, or null after answering. An unknown code and a code
   * whose follow-up is not published yet get the same answer and both count as a failed code for
   * the address, so this page tells a guesser nothing the handshake would not. A phone that joined
   * the session (its device token) is a valid credential: never counted, and told "not yet".
   */
  async function published(
    req: Request,
    res: Response,
  ): Promise<{ room: SessionRoom; joinCode: string; participantId: string | null } | null> {
    const code = JoinCode.safeParse(
      String(req.params['joinCode'] ?? '')
        .trim()
        .toUpperCase(),
    );
    const token = /^Bearer (\S+)$/.exec(req.get('authorization') ?? '')?.[1];
    const who =
      code.success && token !== undefined && Token.safeParse(token).success
        ? await sessions.resolve({ kind: 'participant', joinCode: code.data, deviceToken: token })
        : null;
    const participantId =
      who !== null && 'actor' in who && who.actor.role === 'participant' ? who.actor.participantId : null;
    const address = guard.addressOf(req);
    if (participantId === null && !(await guard.joinFailures.allows(address))) {
      error(res, 429, 'RATE_LIMITED', 'too many wrong codes; wait a minute');
      return null;
    }
    const resolved = code.success ? await sessions.resolve({ kind: 'participant', joinCode: code.data }) : null;
    const room = resolved === null ? null : await sessions.room(resolved.sessionId);
    if (room === null || !code.success || (room.state.followupPublishedAt ?? null) === null) {
      if (participantId !== null && room !== null) {
        error(res, 404, 'NOT_PUBLISHED', 'the follow-up is not published yet');
        return null;
      }
      await guard.joinFailures.take(address);
      error(res, 404, 'NOT_FOUND', 'nothing is published under this code');
      return null;
    }
    return { room, joinCode: code.data, participantId };
  }

  router.get('/followup/:joinCode', async (req, res) => {
    const found = await published(req, res);
    if (found === null) return;
    const s = found.room.state;
    const report = buildReport(s, 'public');
    // A phone that joined this session shows which answers are to its own questions.
    const pid = found.participantId;
    const mine = new Set(
      pid === null
        ? []
        : Object.values(s.questions)
            .filter((q) => q.authorId === pid)
            .map((q) => q.id),
    );
    const marked = (q: (typeof report.openFollowUps)[number]) => ({
      ...q,
      mine: mine.has(q.id) || q.duplicateIds.some((d) => mine.has(d)),
    });
    res.set('Cache-Control', 'no-store');
    res.json({
      ...report,
      publishedAt: s.followupPublishedAt,
      questions: report.questions.map((c) => ({ ...c, questions: c.questions.map(marked) })),
      questionsBeforehand: report.questionsBeforehand.map((c) => ({ ...c, questions: c.questions.map(marked) })),
      openFollowUps: report.openFollowUps.map(marked),
    });
  });

  router.get('/followup/:joinCode/report.html', async (req, res) => {
    const found = await published(req, res);
    if (found === null) return;
    const s = found.room.state;
    const body = await rendered(res, { format: 'html' }, buildReport(s, 'public'));
    if (body === null) return;
    send(res, TYPES.html, fileName(s.title, s.date, 'public', s.language, 'html'), body, true);
  });

  return router;
}
