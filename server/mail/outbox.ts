import { TZDate } from '@date-fns/tz';
import { type Registration, registrationsOf, type SessionState } from '../../shared/model/session';
import { VENUE_TIME_ZONE } from '../../shared/rules/schedule';
import { newId } from '../security/secrets';
import { type Registered, RegistrationService } from '../session/registrations';
import type { Sessions } from '../session/sessions';
import type { MailKind, NewMail, Storage, StoredMail } from '../storage/storage';
import { confirmationMessage, followupMessage, type MailContext, type Message, reminderMessage } from './messages';

/**
 * What goes into the outbox and when (docs/registrations.md, "E-mail"). Each message is written
 * in full when it is queued, in the person's language, and stored: the sender only sends what
 * is there, and the facilitator's preview is the same text. Nothing is queued while mail is off
 * (no SMTP server set): a message queued now would go out whenever someone sets one, weeks late.
 */

/** A message as the facilitator previews it, before it is queued. */
export type Draft = Message & { participantId: string; to: string; language: Registration['language'] };

export type OutboxOptions = {
  storage: Storage;
  sessions: Sessions;
  now: () => number;
  /** The server's public origin for the links in mail (PUBLIC_URL, or the address it chose). */
  baseUrl: () => string;
  /** False while no SMTP server is set: nothing is queued. */
  configured: boolean;
  /** Told after something was queued, so the sender takes it now instead of at its next round. */
  queued?: () => void;
  timeZone?: string;
};

export class Outbox {
  constructor(private readonly options: OutboxOptions) {}

  get configured(): boolean {
    return this.options.configured;
  }

  /** After a sign-up (or an import): a confirmation to each of them who gave an e-mail address. */
  async queueConfirmations(sessionId: string, registered: readonly Registered[]): Promise<string[]> {
    if (!this.configured || registered.length === 0) return [];
    const room = await this.options.sessions.room(sessionId);
    if (room === null) return [];
    const byParticipant = new Map(Object.values(registrationsOf(room.state)).map((r) => [r.participantId, r]));
    const ctx = this.#context(room.state);
    const mail: NewMail[] = [];
    for (const { participantId, code } of registered) {
      const r = byParticipant.get(participantId);
      if (r === undefined || r.email === null || r.status === 'cancelled') continue;
      mail.push(this.#mail(sessionId, r, 'confirmation', confirmationMessage(ctx, r, code)));
    }
    return this.#queue(mail);
  }

  /**
   * The daily check: a reminder to everyone registered (not waiting, not cancelled) for a session
   * whose date is tomorrow in the venue's time zone. Run as often as you like: the outbox's key
   * (session, person, kind) queues each reminder once.
   */
  async queueReminders(): Promise<number> {
    if (!this.configured) return 0;
    const tomorrow = dayAfter(this.options.now(), this.options.timeZone ?? VENUE_TIME_ZONE);
    let queued = 0;
    for (const id of await this.options.storage.listSessionIds()) {
      const room = await this.options.sessions.room(id);
      if (room === null || room.state.date !== tomorrow || room.state.status !== 'draft') continue;
      const people = Object.values(registrationsOf(room.state)).filter(
        (r) => r.status === 'registered' && r.email !== null,
      );
      if (people.length === 0) continue;
      const codes = await new RegistrationService(this.options.sessions).personalCodes(id);
      const ctx = this.#context(room.state);
      const mail = people.flatMap((r) => {
        const code = codes.get(r.participantId);
        return code === undefined ? [] : [this.#mail(id, r, 'reminder', reminderMessage(ctx, r, code))];
      });
      queued += (await this.#queue(mail)).length;
    }
    return queued;
  }

  /** What the follow-up would send: one message per person who asked for it and gave an e-mail address. */
  followupDrafts(state: SessionState): Draft[] {
    const ctx = this.#context(state);
    return Object.values(registrationsOf(state))
      .filter((r) => r.followupConsent && r.email !== null && r.status !== 'cancelled')
      .sort((a, b) => a.name.localeCompare(b.name, state.language) || a.id.localeCompare(b.id))
      .map((r) => ({
        participantId: r.participantId,
        to: r.email ?? '',
        language: r.language,
        ...followupMessage(ctx, r),
      }));
  }

  /** The facilitator pressed "Versturen": the follow-up goes to everyone in the preview. */
  async queueFollowup(state: SessionState): Promise<string[]> {
    if (!this.configured) return [];
    const byParticipant = new Map(Object.values(registrationsOf(state)).map((r) => [r.participantId, r]));
    const mail = this.followupDrafts(state).flatMap((d) => {
      const r = byParticipant.get(d.participantId);
      return r === undefined ? [] : [this.#mail(state.id, r, 'followup', d)];
    });
    return this.#queue(mail);
  }

  list(sessionId: string): Promise<StoredMail[]> {
    return this.options.storage.sessionMail(sessionId);
  }

  /** A message that failed for good, tried again now. */
  async retry(sessionId: string, mailId: string): Promise<boolean> {
    const again = await this.options.storage.retryMail(sessionId, mailId, this.options.now());
    if (again) this.options.queued?.();
    return again;
  }

  async #queue(mail: NewMail[]): Promise<string[]> {
    if (mail.length === 0) return [];
    const ids = await this.options.storage.queueMail(mail);
    if (ids.length > 0) this.options.queued?.();
    return ids;
  }

  #mail(sessionId: string, r: Registration, kind: MailKind, message: Message): NewMail {
    const now = this.options.now();
    return {
      id: newId(),
      sessionId,
      participantId: r.participantId,
      kind,
      to: r.email ?? '',
      language: r.language,
      subject: message.subject,
      text: message.text,
      createdAt: now,
      nextAttemptAt: now,
    };
  }

  #context(state: SessionState): MailContext {
    return { state, baseUrl: this.options.baseUrl(), timeZone: this.options.timeZone ?? VENUE_TIME_ZONE };
  }
}

/** Tomorrow's date (YYYY-MM-DD) in `timeZone`, seen at `now`. */
export function dayAfter(now: number, timeZone: string): string {
  const today = new TZDate(now, timeZone);
  const next = new TZDate(today.getFullYear(), today.getMonth(), today.getDate() + 1, 12, 0, timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${next.getFullYear()}-${pad(next.getMonth() + 1)}-${pad(next.getDate())}`;
}
