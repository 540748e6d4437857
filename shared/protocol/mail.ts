import type { Language } from '../model/session';

/**
 * The facilitator's view of a session's e-mail (docs/registrations.md, "E-mail"), REST with the
 * facilitator token as `Authorization: Bearer`.
 */

export type MailKind = 'confirmation' | 'reminder' | 'followup';
export type MailStatus = 'queued' | 'sent' | 'failed';

/** One message in the outbox, without its text. `lastError` after a failed try (still queued: it is tried again). */
export type OutboxEntry = {
  id: string;
  kind: MailKind;
  to: string;
  language: Language;
  status: MailStatus;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: number;
  createdAt: number;
  sentAt: number | null;
};

/** GET /api/sessions/:id/mail. `configured`: false while the server has no SMTP server (nothing is sent). */
export type MailOverview = { configured: boolean; outbox: OutboxEntry[] };

/** One follow-up message as it would be sent. */
export type FollowupDraft = { participantId: string; to: string; language: Language; subject: string; text: string };

/**
 * GET /api/sessions/:id/mail/followup-preview: one message per person who asked for the follow-up
 * and gave an e-mail address. `published`: whether the follow-up is public (only then can it be sent).
 */
export type FollowupPreview = { configured: boolean; published: boolean; drafts: FollowupDraft[] };

/** POST /api/sessions/:id/mail/followup → 202: how many were queued (a person already sent it is not sent it again). */
export type FollowupQueued = { queued: number };
