import nodemailer from 'nodemailer';
import type { MailSettings } from '../config';

/**
 * The SMTP connection, as SMTP_URL names it (smtp:// with STARTTLS when the server offers it,
 * smtps:// for TLS from the start; user and password in the address). Short timeouts: a mail
 * server that does not answer makes a failed try to be retried, not a sender that hangs.
 */
export function mailTransport(settings: MailSettings) {
  return nodemailer.createTransport({
    url: settings.smtpUrl,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  });
}
