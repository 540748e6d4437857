import type { Request, Response, Router } from 'express';
import type { ApiError } from '../../shared/protocol/api';
import type { FollowupPreview, FollowupQueued, MailOverview, OutboxEntry } from '../../shared/protocol/mail';
import type { Outbox } from '../mail/outbox';
import type { SessionRoom } from '../session/room';
import { StorageUnavailableError } from '../storage/errors';

function error(res: Response, status: number, code: string, message: string): void {
  const body: ApiError = { error: { code, message } };
  res.status(status).json(body);
}

/**
 * The facilitator's e-mail routes (shared/protocol/mail.ts): the outbox, the follow-up's preview
 * and sending it, a retry of a failed message. `facilitatorRoom` checks the Bearer token.
 */
export function mailRoutes(
  router: Router,
  facilitatorRoom: (req: Request, res: Response) => Promise<SessionRoom | null>,
  outbox: Outbox,
): void {
  const unavailable = (res: Response, e: unknown) => {
    if (!(e instanceof StorageUnavailableError)) throw e;
    error(res, 503, 'UNAVAILABLE', 'the server cannot reach its database right now');
  };

  router.get('/sessions/:id/mail', async (req, res) => {
    const room = await facilitatorRoom(req, res);
    if (room === null) return;
    try {
      const rows = await outbox.list(room.id);
      // Never the text: it holds the personal code, and the list is for counting and fixing.
      const entries = rows.map(
        ({ id, kind, to, language, status, attempts, lastError, nextAttemptAt, createdAt, sentAt }): OutboxEntry => ({
          id,
          kind,
          to,
          language,
          status,
          attempts,
          lastError,
          nextAttemptAt,
          createdAt,
          sentAt,
        }),
      );
      res.set('Cache-Control', 'no-store');
      res.json({ configured: outbox.configured, outbox: entries } satisfies MailOverview);
    } catch (e) {
      unavailable(res, e);
    }
  });

  router.get('/sessions/:id/mail/followup-preview', async (req, res) => {
    const room = await facilitatorRoom(req, res);
    if (room === null) return;
    res.set('Cache-Control', 'no-store');
    res.json({
      configured: outbox.configured,
      published: (room.state.followupPublishedAt ?? null) !== null,
      drafts: outbox.followupDrafts(room.state),
    } satisfies FollowupPreview);
  });

  router.post('/sessions/:id/mail/followup', async (req, res) => {
    const room = await facilitatorRoom(req, res);
    if (room === null) return;
    if (!outbox.configured) return error(res, 409, 'MAIL_OFF', 'this server sends no e-mail: SMTP_URL is not set');
    if ((room.state.followupPublishedAt ?? null) === null)
      return error(res, 409, 'NOT_PUBLISHED', 'publish the follow-up first: the mail links to it');
    try {
      const queued = await outbox.queueFollowup(room.state);
      res.status(202).json({ queued: queued.length } satisfies FollowupQueued);
    } catch (e) {
      unavailable(res, e);
    }
  });

  router.post('/sessions/:id/mail/:mailId/retry', async (req, res) => {
    const room = await facilitatorRoom(req, res);
    if (room === null) return;
    if (!outbox.configured) return error(res, 409, 'MAIL_OFF', 'this server sends no e-mail: SMTP_URL is not set');
    try {
      if (!(await outbox.retry(room.id, String(req.params['mailId']))))
        return error(res, 404, 'NOT_FOUND', 'no failed message with this id in this session');
      res.status(202).json({});
    } catch (e) {
      unavailable(res, e);
    }
  });
}
