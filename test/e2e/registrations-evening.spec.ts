import { mkdirSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { nl } from '../../client/src/i18n/nl';
import type { CreateSessionResponse, PersonalCodesResponse } from '../../shared/protocol/api';
import type { MailOverview } from '../../shared/protocol/mail';
import { TestClient } from '../../harness/client';
import { secretOf } from '../../harness/server';
import { expectAccessible } from './checks';
import { expect, test } from './fixtures';

/**
 * Issue 20 from start to end, as the people meet it: the facilitator imports the sign-up list in
 * the cockpit; the desk ticks people in at the door and adds a walk-in; the plan seats them (one
 * ticked in after the plan is told their table); a registered person's phone asks a question; the
 * desk answers it; after the evening the facilitator reads the follow-up mail and sends it; it
 * arrives at a real SMTP server, only for the person who asked for it.
 */

test.use({ withMail: true });

const SHOTS = process.env.SCREENSHOTS_DIR ?? null;
const fill = (text: string, vars: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k]));
const plural = (message: unknown, count: number) =>
  fill((message as Record<string, string>)[count === 1 ? 'one' : 'other'] ?? String(message), { count });

async function shoot(page: Page, name: string): Promise<void> {
  if (SHOTS === null) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

async function open(browser: Browser, url: string, width: number, height: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'nl-NL' });
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/** A form tool's export: semicolons, a BOM, a timestamp column the import ignores. */
const SIGNUP_LIST = [
  '\uFEFFTijdstempel;Naam;E-mailadres;Ik ben;Broodje;Terugkoppeling per e-mail',
  '3-12-2026 10:04;Ana de Vries;ana@example.org;bewoner;ja;ja',
  '3-12-2026 11:30;Bob Jansen;;ondernemer;nee;nee',
  '4-12-2026 09:15;Cas Özdemir;cas@example.org;gemeente;ja;nee',
].join('\r\n');

test('import, the door, a walk-in, the seats, and the follow-up by e-mail', async ({ browser, server, inbox }) => {
  test.setTimeout(120_000);
  const created = await fetch(`${server.url}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ template: 'world-cafe-evening', language: 'nl' }),
  });
  const links = (await created.json()) as CreateSessionResponse;
  const token = secretOf(links.facilitator);
  const fac = new TestClient(server.url, { kind: 'facilitator', token });
  const desk = new TestClient(server.url, { kind: 'desk', code: links.desk.code });
  const clients: TestClient[] = [fac, desk];
  try {
    await Promise.all([fac.ready(), desk.ready()]);

    // ── The cockpit: import the list ─────────────────────────────────────────────────────
    const cockpit = await open(browser, `${server.url}${links.facilitator}`, 1366, 768);
    await cockpit.getByRole('button', { name: nl['cockpit.tab.registrations'] }).click();
    await cockpit.getByLabel(nl['import.file']).setInputFiles({
      name: 'aanmeldingen.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(SIGNUP_LIST, 'utf8'),
    });
    await expect(cockpit.getByText(plural(nl['import.ready'], 3))).toBeVisible();
    await expectAccessible(cockpit, 'import preview', { include: 'section.import' });
    await shoot(cockpit, 'import-preview-1366');
    await cockpit.getByRole('button', { name: nl['import.confirm'], exact: true }).click();
    await expect(cockpit.getByRole('status').filter({ hasText: plural(nl['import.done'], 3) })).toBeVisible();
    await expect(cockpit.getByRole('row', { name: /Cas Özdemir/ })).toBeVisible();
    const byName = (name: string) => Object.values(fac.state!.registrations ?? {}).find((r) => r.name === name)!;
    await expect.poll(() => Object.keys(fac.state!.registrations ?? {}).length).toBe(3);
    expect(byName('Ana de Vries')).toMatchObject({ group: 'resident', sandwich: true, followupConsent: true });
    expect(byName('Cas Özdemir')).toMatchObject({ email: 'cas@example.org', followupConsent: false });

    // ── The door: Ana ticked in, a walk-in, the evening starts ───────────────────────────
    const door = await open(browser, `${server.url}${links.desk.link}`, 360, 640);
    await door.getByRole('button', { name: nl['door.tab.door'] }).click();
    await door.getByLabel(nl['door.search']).fill('ana');
    await door.getByRole('checkbox', { name: fill(nl['door.tickOf'], { name: 'Ana de Vries' }) }).check();
    await expect(door.getByText(fill(nl['door.ticked'], { name: 'Ana de Vries' }))).toBeVisible();
    await door.getByLabel(nl['door.search']).fill('');
    await door.getByRole('textbox', { name: nl['door.walkIn.name'], exact: true }).fill('Els');
    await door.getByRole('button', { name: nl['door.walkIn.add'] }).click();
    await expect(door.getByText(fill(nl['door.walkIn.added'], { name: 'Els' }))).toBeVisible();
    await expectAccessible(door, 'the door at 360');
    await shoot(door, 'door-360');

    const ana = byName('Ana de Vries').participantId;
    const bob = byName('Bob Jansen').participantId;
    await expect.poll(() => Object.values(fac.state!.participants).map((p) => p.name)).toContain('Els');
    const els = Object.values(fac.state!.participants).find((p) => p.name === 'Els')!.id;
    const [t1, t2] = fac.state!.tables.map((t) => t.id) as [string, string];
    await fac.ok({ type: 'plan.publish', plan: { [ana]: [t1, t2], [els]: [t2, t1] } });
    for (let i = 0; i < 4; i++) await fac.ok({ type: 'phase.advance', expectedPhaseId: fac.state!.currentPhaseId }); // round 1

    // Bob comes after the plan: ticked in, he is seated at once and the desk tells him where.
    await door.getByLabel(nl['door.search']).fill('bob');
    await door.getByRole('checkbox', { name: fill(nl['door.tickOf'], { name: 'Bob Jansen' }) }).check();
    await expect(door.getByText(/Bob Jansen is binnen\. Zeg: tafel .+ in ronde 1\./)).toBeVisible();
    const bobsTable = fac.state!.assignments[bob]?.['1'];
    expect(bobsTable).toBeTruthy();

    // His table's host is told he has no phone, by name.
    const hostCode = links.hosts.find((h) => h.tableId === bobsTable)!;
    const host = await open(browser, `${server.url}/host#${hostCode.code}`, 1366, 768);
    const noPhone = host.getByRole('region', { name: nl['door.host.title'] });
    await expect(noPhone.getByText('Bob Jansen')).toBeVisible();

    // ── Ana's phone, by her personal link: she asks the info point; the desk answers ─────
    const codes = (await (
      await fetch(`${server.url}/api/sessions/${links.sessionId}/registrations/codes`, {
        headers: { authorization: `Bearer ${token}` },
      })
    ).json()) as PersonalCodesResponse;
    const anaCode = codes.people.find((p) => p.name === 'Ana de Vries')!.code;
    const phone = new TestClient(server.url, { kind: 'personal', code: anaCode });
    clients.push(phone);
    await phone.ready();
    expect(phone.welcome?.actor).toEqual({ role: 'participant', participantId: ana });
    const category = fac.state!.infoCategories[0]!.id;
    await phone.ok({ type: 'question.ask', questionId: 'q-ana', categoryId: category, text: 'Wie beheert het plein?' });
    await desk.ok({
      type: 'question.answer',
      questionId: 'q-ana',
      answer: 'Het stadsdeel, samen met de bewoners.',
      status: 'answered',
    });

    // ── After the evening: the follow-up, read first, then sent ──────────────────────────
    await fac.ok({ type: 'session.end' });
    await fac.ok({ type: 'followup.publish', published: true });
    await cockpit.reload();
    await cockpit.getByRole('button', { name: nl['cockpit.tab.registrations'] }).click();
    await expect(cockpit.getByText(plural(nl['mail.followupCount'], 1))).toBeVisible();
    await expectAccessible(cockpit, 'mail panel', { include: '[aria-labelledby="mail-title"]' });
    await shoot(cockpit, 'mail-1366');
    await cockpit.getByRole('button', { name: nl['mail.send'], exact: true }).click();
    await cockpit.getByRole('button', { name: nl['mail.sendConfirm'] }).click();
    await expect(cockpit.getByText(plural(nl['mail.sent'], 1))).toBeVisible();

    await inbox!.received(1);
    const mail = inbox!.arrived[0]!;
    const to = (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.text ?? '';
    expect(to).toContain('ana@example.org');
    expect(mail.text ?? '').toContain('Het stadsdeel, samen met de bewoners.');
    expect(mail.text ?? '').toContain(`/followup/${links.joinCode}`);
    // Cas gave no consent and Bob no address: the outbox holds Ana's message alone.
    const outbox = (await (
      await fetch(`${server.url}/api/sessions/${links.sessionId}/mail`, {
        headers: { authorization: `Bearer ${token}` },
      })
    ).json()) as MailOverview;
    expect(outbox.outbox.map((m) => [m.kind, m.to])).toEqual([['followup', 'ana@example.org']]);
  } finally {
    for (const c of clients) c.close();
  }
});
