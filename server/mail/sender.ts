import type { Transporter } from 'nodemailer';
import type { Clock } from '../clock';
import type { Storage, StoredMail } from '../storage/storage';

/**
 * Sends what the outbox holds, on the server's clock: a round takes the messages that are due,
 * sends each over SMTP and records how it went. A failed try is tried again after 1, 5 and 30
 * minutes; after the fourth it is `failed` for good, shown in the cockpit with its error and a
 * Retry button. Nodes sharing a PostgreSQL each run a sender: a claimed message is held by one
 * of them (claimDueMail), so it goes out once.
 */

/** The wait after the first, second and third failed try; the next failure is the last. */
export const RETRY_AFTER_MS: readonly number[] = [60_000, 5 * 60_000, 30 * 60_000];
export const MAX_ATTEMPTS = RETRY_AFTER_MS.length + 1;
/** How often a sender looks for due messages when nobody told it something was queued. */
export const ROUND_MS = 30_000;
/** How long a claim holds: longer than one SMTP send with its timeouts can take. */
const HOLD_MS = 5 * 60_000;
const BATCH = 20;
/** How often the reminders for tomorrow's sessions are looked for (queueing them twice sends them once). */
export const REMINDER_CHECK_MS = 60 * 60_000;

export type MailAttempt = { mail: StoredMail } & (
  | { outcome: 'sent' }
  | { outcome: 'retrying'; error: string; nextAttemptAt: number }
  | { outcome: 'failed'; error: string }
);

export type MailSender = {
  /** Something was queued: send now rather than at the next round. */
  kick(): void;
  stop(): Promise<void>;
};

export function startMailSender(options: {
  storage: Storage;
  clock: Clock;
  transport: Pick<Transporter, 'sendMail' | 'close'>;
  from: string;
  log: (message: string) => void;
  /** The daily check for tomorrow's reminders (Outbox.queueReminders). */
  queueReminders: () => Promise<number>;
  onAttempt?: (attempt: MailAttempt) => void;
}): MailSender {
  const { storage, clock } = options;
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  let cancel: (() => void) | null = null;
  let remindersDue = clock.now();

  const send = async (mail: StoredMail): Promise<MailAttempt> => {
    try {
      await options.transport.sendMail({ from: options.from, to: mail.to, subject: mail.subject, text: mail.text });
    } catch (error) {
      const reason = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      const tries = mail.attempts + 1;
      const wait = tries < MAX_ATTEMPTS ? RETRY_AFTER_MS[tries - 1] : undefined;
      const nextAttemptAt = wait === undefined ? null : clock.now() + wait;
      await storage.mailFailed(mail.id, reason, nextAttemptAt);
      return nextAttemptAt === null
        ? { mail, outcome: 'failed', error: reason }
        : { mail, outcome: 'retrying', error: reason, nextAttemptAt };
    }
    await storage.mailSent(mail.id, clock.now());
    return { mail, outcome: 'sent' };
  };

  const round = async (): Promise<void> => {
    if (clock.now() >= remindersDue) {
      remindersDue = clock.now() + REMINDER_CHECK_MS;
      await options.queueReminders();
    }
    for (;;) {
      const now = clock.now();
      const due = await storage.claimDueMail(now, now + HOLD_MS, BATCH);
      if (due.length === 0) return;
      for (const mail of due) {
        if (stopped) return;
        const attempt = await send(mail);
        if (attempt.outcome !== 'sent') options.log(`mail: ${mail.kind} ${mail.id} not sent: ${attempt.error}`);
        options.onAttempt?.(attempt);
      }
    }
  };

  const schedule = () => {
    cancel?.();
    cancel = stopped ? null : clock.after(ROUND_MS, run);
  };

  function run(): void {
    if (stopped) return;
    if (running !== null) {
      again = true;
      return;
    }
    cancel?.();
    cancel = null;
    running = round()
      .catch((error: unknown) =>
        options.log(`mail: a round failed, trying again in ${ROUND_MS / 1000} s: ${String(error)}`),
      )
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          run();
        } else schedule();
      });
  }

  run();
  return {
    kick: run,
    async stop() {
      stopped = true;
      cancel?.();
      await running;
      options.transport.close();
    },
  };
}
