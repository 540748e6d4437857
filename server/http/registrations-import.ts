import express, { type ErrorRequestHandler, type Request, type Response, type Router } from 'express';
import { registrationsOf } from '../../shared/model/session';
import {
  type ApiError,
  type ImportDone,
  type ImportPreview,
  type ImportRefused,
  ImportRequest,
} from '../../shared/protocol/api';
import { Token } from '../../shared/protocol/ids';
import { guessMapping, readRows } from '../../shared/registrations';
import { SHEET_LIMITS } from '../../shared/registrations/sheet';
import type { Actor } from '../../shared/rules/actor';
import { readSheetFile, SheetError } from '../registrations/read-sheet';
import { RegistrationService } from '../session/registrations';
import type { SessionRoom } from '../session/room';
import type { Sessions } from '../session/sessions';
import { StorageUnavailableError } from '../storage/errors';

function error(res: Response, status: number, code: string, message: string): void {
  const body: ApiError = { error: { code, message } };
  res.status(status).json(body);
}

const STATUS_OF: Record<SheetError['code'], number> = {
  UNSUPPORTED: 415,
  OLD_EXCEL: 415,
  EMPTY: 400,
  TOO_LARGE: 413,
  TOO_MANY_ROWS: 413,
  TOO_MANY_COLUMNS: 413,
  UNREADABLE: 400,
};

/**
 * The import of a sign-up list (docs/registrations.md, "Import"): a preview that reads the file
 * and changes nothing, and the import of what the facilitator confirmed, as one command.
 */
export function registrationImportRouter(sessions: Sessions): Router {
  const router = express.Router();
  const service = new RegistrationService(sessions);
  // Any type: the route reads the bytes and judges them itself (a browser may send a CSV as text/plain or vnd.ms-excel).
  const raw = express.raw({ type: () => true, limit: SHEET_LIMITS.bytes });
  // The grid comes back as JSON, larger than the file it came from (quotes and commas per cell).
  const json = express.json({ limit: SHEET_LIMITS.bytes * 3 });

  async function facilitator(req: Request, res: Response): Promise<{ room: SessionRoom; actor: Actor } | null> {
    const token = /^Bearer (\S+)$/.exec(req.get('authorization') ?? '')?.[1];
    const resolved =
      token === undefined || !Token.safeParse(token).success
        ? null
        : await sessions.resolve({ kind: 'facilitator', token });
    const room =
      resolved === null || !('actor' in resolved) || resolved.sessionId !== req.params['id']
        ? null
        : await sessions.room(resolved.sessionId);
    if (room === null || resolved === null || !('actor' in resolved)) {
      error(res, 401, 'UNAUTHORIZED', 'a facilitator link of this session is needed');
      return null;
    }
    return { room, actor: resolved.actor };
  }

  const context = (room: SessionRoom) => ({
    tables: room.state.tables,
    registrations: Object.values(registrationsOf(room.state)),
    language: room.state.language,
  });

  // The token is checked before the body is read: nobody else gets to make the server parse a file.
  router.post(
    '/sessions/:id/registrations/preview',
    async (req, res, next) => {
      const who = await facilitator(req, res);
      if (who === null) return;
      res.locals['room'] = who.room;
      next();
    },
    raw,
    async (req, res) => {
      const room = res.locals['room'] as SessionRoom;
      const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      let grid: string[][];
      try {
        grid = await readSheetFile(bytes, { name: req.get('x-file-name') ?? '', type: req.get('content-type') ?? '' });
      } catch (e) {
        if (e instanceof SheetError) return error(res, STATUS_OF[e.code], e.code, e.message);
        throw e;
      }
      const header = grid[0] ?? [];
      const mapping = guessMapping(header);
      const body: ImportPreview = { header, grid, mapping, ...readRows(grid, mapping, context(room)) };
      res.json(body);
    },
  );

  router.post('/sessions/:id/registrations/import', json, async (req, res) => {
    const who = await facilitator(req, res);
    if (who === null) return;
    const parsed = ImportRequest.safeParse(req.body ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return error(res, 400, 'VALIDATION', `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
    }
    const { id, grid, mapping } = parsed.data;
    const { room, actor } = who;
    // A retry would be judged against the people its first try added; the room answers it as it did then.
    const retry = await room.applied(actor, id);
    const { entries, problems } = readRows(grid, mapping, context(room));
    if (!retry && problems.length > 0) {
      const body: ImportRefused = {
        error: { code: 'VALIDATION', message: `${problems.length} problems in the list; nothing was imported` },
        problems,
      };
      return res.status(400).json(body);
    }
    try {
      const { ack } = await service.add(room, actor, { id, source: 'import', inputs: entries.map((e) => e.input) });
      if (!ack.ok) return error(res, ack.error.code === 'LIMIT_REACHED' ? 413 : 409, ack.error.code, ack.error.message);
      const body: ImportDone = { added: entries.length };
      res.json(body);
    } catch (e) {
      if (e instanceof StorageUnavailableError)
        return error(res, 503, 'UNAVAILABLE', 'the server cannot save right now; nothing was imported');
      throw e;
    }
  });

  // A file over the limit is refused in the import's own words, not the JSON API's.
  const tooLarge: ErrorRequestHandler = (e: unknown, req, res, next) => {
    const type = (e as { type?: unknown } | null)?.type;
    if (type === 'entity.too.large' && req.path.endsWith('/preview'))
      return error(res, 413, 'TOO_LARGE', `the file is larger than ${SHEET_LIMITS.bytes / 1024 / 1024} MB`);
    next(e);
  };
  router.use(tooLarge);
  return router;
}
