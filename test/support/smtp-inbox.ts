import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * A real SMTP server on 127.0.0.1 (smtp-server) that keeps every message it takes, read back with
 * mailparser: what the app's mail looks like when it arrives. `refuseFirst` answers the first
 * recipient with 450 (try again later) once, to prove a refused send is retried.
 */
export async function smtpInbox(options: { refuseFirst?: boolean } = {}) {
  const arrived: ParsedMail[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  let refused = options.refuseFirst === true ? 0 : 1;
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (refused++ === 0) {
        const err = Object.assign(new Error('mailbox busy, try again later'), { responseCode: 450 });
        return callback(err);
      }
      callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          arrived.push(mail);
          for (const w of waiters.filter((w) => arrived.length >= w.count)) w.resolve();
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    arrived,
    /** Resolves once `count` messages have arrived in all. */
    received(count: number): Promise<void> {
      if (arrived.length >= count) return Promise.resolve();
      return new Promise((resolve) => waiters.push({ count, resolve }));
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
