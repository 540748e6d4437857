import AxeBuilder from '@axe-core/playwright';
import { nl } from '../../client/src/i18n/nl';
import type { CreateSessionResponse } from '../../shared/protocol/api';
import { TestClient } from '../../harness/client';
import { expect, test } from './fixtures';

/*
 * After the evening: the follow-up page on the participants' link, first "not ready", then —
 * once the facilitator publishes — the answers, with the reader's own question marked; and its
 * printable report, rendered to PDF in Chromium with a page per theme table.
 */

const secretOf = (link: string) => link.slice(link.indexOf('#') + 1);

test('the follow-up page shows the published answers and marks your own question', async ({ page, server }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const links = (await (
    await fetch(`${server.url}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ template: 'world-cafe-evening' }),
    })
  ).json()) as CreateSessionResponse;
  const fac = new TestClient(server.url, { kind: 'facilitator', token: secretOf(links.facilitator) });
  const host = new TestClient(server.url, { kind: 'host', code: links.hosts[0]!.code });
  const ann = new TestClient(server.url, { kind: 'participant', joinCode: links.joinCode });
  const bob = new TestClient(server.url, { kind: 'participant', joinCode: links.joinCode });
  try {
    await Promise.all([fac, host, ann, bob].map((c) => c.ready()));
    for (let i = 0; i < 4; i++) await fac.ok({ type: 'phase.advance', expectedPhaseId: fac.state!.currentPhaseId });
    await host.ok({ type: 'card.add', cardId: 'c1', text: 'Een vaste plek met koffie', tags: [] });
    await host.ok({ type: 'card.highlight', cardId: 'c1', on: true });
    await host.ok({
      type: 'summary.set',
      tableId: links.hosts[0]!.tableId,
      text: 'Deze tafel wil een plek en een gezicht.',
    });
    await ann.ok({
      type: 'question.ask',
      questionId: 'q-ann',
      categoryId: 'bylaw',
      text: 'Wie beslist over de verordening?',
    });
    await bob.ok({ type: 'question.ask', questionId: 'q-bob', categoryId: 'funding', text: 'Hoeveel geld is er?' });
    await fac.ok({ type: 'session.end' });

    // Ann's phone: the device that joined keeps its token, as the participant app does.
    const annToken = ann.credential.kind === 'participant' ? ann.credential.deviceToken! : '';
    await page.addInitScript(([code, token]) => localStorage.setItem(`tafelronde:device:${code}`, token), [
      links.joinCode,
      annToken,
    ] as const);

    await page.goto(`/followup/${links.joinCode.toLowerCase()}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(nl['followup.title']);
    await expect(page.getByText(nl['followup.notYet'])).toBeVisible();

    await fac.ok({ type: 'question.answer', questionId: 'q-ann', answer: 'De gemeenteraad, na advies van de wijk.' });
    await fac.ok({ type: 'question.answer', questionId: 'q-bob', answer: 'Ongeveer 20.000 euro per jaar.' });
    await fac.ok({ type: 'followup.publish', published: true });
    await page.getByRole('button', { name: nl['followup.retry'] }).click();

    const answers = page.getByRole('region', { name: nl['followup.answers'] });
    const mine = answers.getByRole('listitem').filter({ hasText: nl['followup.mine'] });
    await expect(mine).toHaveCount(1);
    await expect(mine).toContainText('Wie beslist over de verordening?');
    await expect(mine).toContainText('De gemeenteraad, na advies van de wijk.');
    await expect(answers.getByRole('listitem').filter({ hasText: 'Hoeveel geld is er?' })).toContainText(
      'Ongeveer 20.000 euro per jaar.',
    );
    await expect(page.getByRole('region', { name: nl['followup.tables'] })).toContainText(
      'Deze tafel wil een plek en een gezicht.',
    );
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);

    // The printable report behind the link: A4 PDF, every theme table on its own page.
    await page.getByRole('link', { name: nl['followup.fullReport'] }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(fac.state!.title);
    await expect(page.getByText('Openbare versie')).toBeVisible();
    const tables = await page.locator('section.table-section h2').allTextContents();
    expect(tables.slice(0, 3)).toEqual(['Tafel: Wijkhub', 'Tafel: Wijksamenwerking', 'Tafel: Wijkstem']);
    await page.emulateMedia({ media: 'print' });
    const breaks = await page
      .locator('section.table-section')
      .evaluateAll((els) => els.map((e) => getComputedStyle(e).breakBefore));
    expect(breaks).toEqual(['page', 'page', 'page', 'page']);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    // Title page, then a page for each of the three tables and one for the vote and questions.
    expect(pages).toBeGreaterThanOrEqual(5);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  } finally {
    for (const c of [fac, host, ann, bob]) c.close();
  }
});
