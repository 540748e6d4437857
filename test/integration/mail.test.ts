import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ParsedMail } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import { createSession, secretOf, testServer } from '../../harness/server';
import { TestClient } from '../../harness/client';
import type { MailAttempt } from '../../server/mail/sender';
import { hashSecret } from '../../server/storage/hash';
import { openSqliteStorage } from '../../server/storage/sqlite-storage';
import type { StoredCredential } from '../../server/storage/storage';
import { newSessionState, type Registration, type SessionState } from '../../shared/model/session';
import type { FollowupPreview, MailOverview } from '../../shared/protocol/mail';
import { ManualClock } from '../support/manual-clock';
import { smtpInbox } from '../support/smtp-inbox';
import { SETUP } from '../contract/storage-contract';

/**
 * The e-mail to registered people against a real SMTP server on 127.0.0.1 (smtp-server), read
 * back with mailparser: what arrives, in whose language, to whom, and a refused send retried.
 * Time moves on the server's injected clock; the test waits for the messages it expects.
 */

const TOKEN = 'facilitator-token-for-mail-test';
// 10:00 in Amsterdam on 11 March 2027: the session on the 12th is tomorrow.
const NOW = Date.UTC(2027, 2, 11, 9, 0);

function registration(id: string, over: Partial<Registration>): Registration {
  return {
    id: `r-${id}`,
    participantId: id,
    name: id,
    email: `${id}@example.org`,
    phone: null,
    group: null,
    sandwich: false,
    picks: [],
    remarks: '',
    language: 'nl',
    followupConsent: true,
    source: 'import',
    status: 'registered',
    createdAt: NOW,
    ...over,
  };
}

/** A session stored before the server starts: three people signed up, Ana asked a question that was answered. */
function seed(dataDir: string): { state: SessionState; codes: Record<string, string> } {
  const base = newSessionState({ id: 's-mail', joinCode: 'MAIL23', setup: SETUP, now: NOW });
  const state: SessionState = {
    ...base,
    date: '2027-03-12',
    title: 'Wijkavond Oost',
    registrations: {
      'r-ana': registration('ana', { name: 'Ana' }),
      'r-bob': registration('bob', { name: 'Bob', language: 'en' }),
      'r-cas': registration('cas', { name: 'Cas', followupConsent: false }),
    },
    questions: {
      q1: {
        id: 'q1',
        authorId: 'ana',
        categoryId: 'c1',
        text: 'Komt er een bankje bij de speeltuin?',
        status: 'answered',
        answer: 'Ja, in mei.',
        hidden: false,
        mergedInto: null,
        createdAt: NOW,
      },
    },
  };
  const codes = { ana: 'ANACODEABCDE', bob: 'BOBCODEABCDE', cas: 'CASCODEABCDE' };
  const credential = (
    kind: StoredCredential['kind'],
    secret: string,
    participantId: string | null,
  ): StoredCredential => ({
    sessionId: state.id,
    kind,
    secretHash: hashSecret(secret),
    tableId: null,
    participantId,
    facilitatorId: kind === 'facilitator' ? 'f1' : null,
    revealable: kind === 'registration' ? secret : null,
    createdAt: NOW,
  });
  const store = openSqliteStorage(dataDir);
  void store.createSession(state, [
    credential('facilitator', TOKEN, null),
    ...Object.entries(codes).map(([p, code]) => credential('registration', code, p)),
  ]);
  void store.close();
  return { state, codes };
}

/** Resolves at the first try that `match` accepts. */
function attempts() {
  const seen: MailAttempt[] = [];
  const waiters: { match: (a: MailAttempt) => boolean; resolve: (a: MailAttempt) => void }[] = [];
  return {
    seen,
    record(a: MailAttempt) {
      seen.push(a);
      for (const w of waiters.filter((w) => w.match(a))) w.resolve(a);
    },
    next(match: (a: MailAttempt) => boolean): Promise<MailAttempt> {
      const found = seen.find(match);
      return found !== undefined ? Promise.resolve(found) : new Promise((resolve) => waiters.push({ match, resolve }));
    },
  };
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function api<T>(url: string, method = 'GET'): Promise<{ status: number; body: T }> {
  const res = await fetch(url, { method, headers: { authorization: `Bearer ${TOKEN}` } });
  return { status: res.status, body: (await res.json()) as T };
}

const text = (m: ParsedMail | undefined) => (m === undefined ? '' : (m.text ?? ''));
const to = (m: ParsedMail) => (Array.isArray(m.to) ? m.to[0] : m.to)?.text ?? '';

describe('e-mail to registered people', () => {
  it('confirms, reminds, retries a refused send, and follows up only those who asked for it, each in their language', async () => {
    const smtp = await smtpInbox({ refuseFirst: true });
    cleanups.push(smtp.close);
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tafelronde-mail-'));
    const { state, codes } = seed(dataDir);
    const clock = new ManualClock(NOW);
    const tries = attempts();
    const server = await testServer({
      dataDir,
      clock,
      publicUrl: 'https://cafe.example.org',
      mail: { smtpUrl: smtp.url, from: 'Tafelronde <cafe@example.org>' },
      onMailAttempt: (a) => tries.record(a),
    });
    cleanups.push(server.cleanup);
    const base = `${server.url}/api/sessions/${state.id}/mail`;

    // At start the daily check finds the session is tomorrow: a reminder for each of the three.
    // The SMTP server refuses the first recipient once: that try is recorded and retried.
    const refused = await tries.next((a) => a.outcome === 'retrying');
    expect(refused.mail.kind).toBe('reminder');
    await smtp.received(2);
    let overview = (await api<MailOverview>(base)).body;
    expect(overview.configured).toBe(true);
    const row = overview.outbox.find((m) => m.id === refused.mail.id);
    expect(row).toMatchObject({ status: 'queued', attempts: 1, nextAttemptAt: NOW + 60_000 });
    expect(row?.lastError).toMatch(/mailbox busy/);
    expect(overview.outbox).not.toHaveProperty('0.text');

    // The sign-up route's hook: a confirmation to each of them.
    const registered = Object.entries(codes).map(([p, code]) => ({ registrationId: `r-${p}`, participantId: p, code }));
    await server.outbox.queueConfirmations(state.id, registered);
    await smtp.received(5);
    const confirmation = (who: string) =>
      smtp.arrived.find((m) => to(m) === `${who}@example.org` && /Aangemeld|Signed up/.test(m.subject ?? ''));
    expect(confirmation('ana')?.subject).toBe('Aangemeld: Wijkavond Oost');
    expect(text(confirmation('ana'))).toContain(`https://cafe.example.org/p#${codes.ana}`);
    expect(text(confirmation('ana'))).toContain('https://cafe.example.org/api/signup/MAIL23/calendar.ics');
    expect(confirmation('bob')?.subject).toBe('Signed up: Wijkavond Oost');
    expect(text(confirmation('bob'))).toContain('Dear Bob,');
    expect(confirmation('bob')?.from?.text).toContain('cafe@example.org');
    // Queued again (a retried sign-up): nothing goes twice.
    expect(await server.outbox.queueConfirmations(state.id, registered)).toEqual([]);

    // A minute on: the refused reminder goes.
    clock.advance(60_000);
    const retried = await tries.next((a) => a.mail.id === refused.mail.id && a.outcome === 'sent');
    expect(retried.mail.attempts).toBe(1);
    await smtp.received(6);
    overview = (await api<MailOverview>(base)).body;
    expect(overview.outbox.find((m) => m.id === refused.mail.id)).toMatchObject({ status: 'sent', attempts: 2 });
    expect(overview.outbox.filter((m) => m.kind === 'reminder')).toHaveLength(3);
    expect(
      smtp.arrived
        .filter((m) => /^(Morgen|Tomorrow):/.test(m.subject ?? ''))
        .map(to)
        .sort(),
    ).toEqual(['ana@example.org', 'bob@example.org', 'cas@example.org']);

    // The follow-up: previewed, refused until it is published, then sent to those who asked for it.
    expect((await api(`${base}/followup`, 'POST')).status).toBe(409);
    const preview = (await api<FollowupPreview>(`${base}/followup-preview`)).body;
    expect(preview.published).toBe(false);
    expect(preview.drafts.map((d) => [d.to, d.language])).toEqual([
      ['ana@example.org', 'nl'],
      ['bob@example.org', 'en'],
    ]);
    const facilitator = new TestClient(server.url, { kind: 'facilitator', token: TOKEN });
    cleanups.push(async () => void facilitator.socket.close());
    await facilitator.ready();
    await facilitator.ok({ type: 'phase.advance' });
    await facilitator.ok({ type: 'session.end' });
    await facilitator.ok({ type: 'followup.publish', published: true });
    const queued = await api<{ queued: number }>(`${base}/followup`, 'POST');
    expect(queued).toEqual({ status: 202, body: { queued: 2 } });
    await smtp.received(8);
    const followup = (who: string) =>
      smtp.arrived.find((m) => to(m) === `${who}@example.org` && /Terugkoppeling|Follow-up/.test(m.subject ?? ''));
    expect(followup('ana')?.subject).toBe('Terugkoppeling: Wijkavond Oost');
    expect(text(followup('ana'))).toContain('Vraag: Komt er een bankje bij de speeltuin?\nAntwoord: Ja, in mei.');
    expect(text(followup('ana'))).toContain('https://cafe.example.org/followup/MAIL23');
    expect(followup('bob')?.subject).toBe('Follow-up: Wijkavond Oost');
    expect(text(followup('bob'))).not.toContain('bankje');
    expect(followup('cas')).toBeUndefined();
    // Pressed twice: nobody gets it twice.
    expect((await api<{ queued: number }>(`${base}/followup`, 'POST')).body).toEqual({ queued: 0 });
    // A message that never failed cannot be retried.
    expect((await api(`${base}/${refused.mail.id}/retry`, 'POST')).status).toBe(404);
    expect(smtp.arrived).toHaveLength(8);

    // Erased: Cas's messages leave the outbox with their address.
    await facilitator.ok({ type: 'registration.erase', registrationId: 'r-cas' });
    overview = (await api<MailOverview>(base)).body;
    expect(overview.outbox.map((m) => m.to)).not.toContain('cas@example.org');
    expect(overview.outbox.filter((m) => m.to === 'ana@example.org')).toHaveLength(3);
  });

  it('sends nothing and says mail is off without an SMTP server', async () => {
    const smtp = await smtpInbox({ refuseFirst: true });
    cleanups.push(smtp.close);
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tafelronde-mail-'));
    const { state, codes } = seed(dataDir);
    const server = await testServer({ dataDir, clock: new ManualClock(NOW) });
    cleanups.push(server.cleanup);
    const base = `${server.url}/api/sessions/${state.id}/mail`;
    const registered = Object.entries(codes).map(([p, code]) => ({ registrationId: `r-${p}`, participantId: p, code }));
    expect(await server.outbox.queueConfirmations(state.id, registered)).toEqual([]);
    expect((await api<MailOverview>(base)).body).toEqual({ configured: false, outbox: [] });
    expect((await api<{ error: { code: string } }>(`${base}/followup`, 'POST')).body.error.code).toBe('MAIL_OFF');
    expect((await api<FollowupPreview>(`${base}/followup-preview`)).body.configured).toBe(false);
    // Another session's facilitator is not this one's.
    const other = await createSession(server.url);
    const res = await fetch(`${base}`, { headers: { authorization: `Bearer ${secretOf(other.facilitator)}` } });
    expect(res.status).toBe(401);
    expect(smtp.arrived).toEqual([]);
  });
});
