import AxeBuilder from '@axe-core/playwright';
import { TestClient } from '../../harness/client';
import { nl } from '../../client/src/i18n/nl';
import type { CreateSessionResponse } from '../../shared/protocol/api';
import type { SessionState } from '../../shared/model/session';
import { tableFor } from '../../shared/rules/phase';
import { expect, test } from './fixtures';

/**
 * Issue 17 point 18: the plan can be made for the checked-in people only (the others get no
 * table until they check in), and after publishing the cockpit prints a list per table and round.
 */

test.use({ viewport: { width: 1366, height: 768 } });

test('plan only who checked in, then print the list per table and round', async ({ page, server }) => {
  const created = await fetch(`${server.url}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ template: 'world-cafe-evening', language: 'nl' }),
  });
  const links = (await created.json()) as CreateSessionResponse;
  const fac = new TestClient(server.url, { kind: 'facilitator', token: links.facilitator.split('#')[1] ?? '' });
  const phones: TestClient[] = [];
  try {
    await fac.ready();
    const tables = fac.state!.tables;
    // Eight people picked tables; five checked in at the door, the fifth without a name.
    const ids: string[] = [];
    for (let i = 0; i < 8; i++) {
      const p = new TestClient(server.url, { kind: 'participant', joinCode: links.joinCode });
      phones.push(p);
      await p.ready();
      if (i !== 4) await p.ok({ type: 'profile.set', name: `Gast ${i + 1}`, group: 'resident' });
      await p.ok({ type: 'tables.pick', picks: [tables[i % 3]!.id, tables[(i + 1) % 3]!.id] });
      if (i < 5) await p.ok({ type: 'checkin' });
      ids.push(p.welcome!.actor.role === 'participant' ? p.welcome!.actor.participantId : '');
    }
    await fac.until((s) => Object.values(s.participants).filter((p) => p.checkedInAt !== null).length === 5);

    await page.goto(links.facilitator);
    const panel = page.getByRole('region', { name: nl['plan.title'] });
    const only = panel.getByRole('checkbox', { name: nl['plan.scopeCheckedIn'] });
    await expect(only).not.toBeChecked();
    await expect(panel.getByText('Ingecheckt: 5 van 8.')).toBeVisible();
    await only.check();
    if (process.env.SCREENSHOTS_DIR !== undefined)
      await panel.screenshot({ path: `${process.env.SCREENSHOTS_DIR}/plan-scope-1366.png` });
    await panel.getByRole('button', { name: nl['plan.make'] }).click();
    await expect(panel.getByRole('status')).toHaveText(nl['plan.ready']);
    await panel.getByRole('button', { name: nl['plan.publish'], exact: true }).click();
    await fac.until((s) => (s.planPublishedAt ?? null) !== null, 'the plan published');

    // Who checked in has tables; who did not has none, in no round (not even by their picks).
    const state = (): SessionState => fac.state!;
    const seats = (pid: string) => [1, 2].map((r) => tableFor(state(), pid, r)).filter((x) => x !== null);
    for (const pid of ids.slice(0, 5)) expect(seats(pid), `${pid} checked in`).toHaveLength(2);
    for (const pid of ids.slice(5)) expect(seats(pid), `${pid} did not check in`).toEqual([]);

    // The list per table: each table's sheet names exactly who sits there, per round.
    await panel.getByRole('button', { name: nl['plan.lists'], exact: true }).click();
    const lists = page.getByRole('dialog', { name: nl['plan.lists'] });
    await expect(lists.getByRole('heading', { name: nl['plan.lists'] })).toBeFocused();
    const label = (pid: string) => {
      const p = state().participants[pid]!;
      return p.name ?? `Deelnemer ${ids.indexOf(pid) + 1}`;
    };
    for (const table of tables) {
      const sheet = lists.getByRole('region', { name: table.title, exact: true });
      for (const round of [1, 2]) {
        const expected = ids.filter((pid) => tableFor(state(), pid, round) === table.id).map(label);
        const block = sheet.locator('.table-list-round').nth(round - 1);
        await expect(block.getByRole('heading')).toHaveText(`Ronde ${round} (${expected.length})`);
        await expect(block.getByRole('listitem')).toHaveText(expected, { useInnerText: true });
      }
    }
    await expect(lists.getByText('Deelnemer 5')).not.toHaveCount(0);
    await expect(lists.getByText('Gast 6')).toHaveCount(0);
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual(
      [],
    );
    if (process.env.SCREENSHOTS_DIR !== undefined)
      await page.screenshot({ path: `${process.env.SCREENSHOTS_DIR}/plan-lists-1366.png` });

    // On paper only the lists: the cockpit under them is not printed, each table starts a page.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#root')).toBeHidden();
    await expect(lists.getByRole('button', { name: nl['print.print'] })).toBeHidden();
    await expect(lists.getByRole('region', { name: tables[0]!.title, exact: true })).toBeVisible();
    expect(
      await lists
        .locator('.table-list-sheet')
        .first()
        .evaluate((el) => getComputedStyle(el).breakAfter),
    ).toBe('page');
    if (process.env.SCREENSHOTS_DIR !== undefined)
      await page.screenshot({ path: `${process.env.SCREENSHOTS_DIR}/plan-lists-print.png`, fullPage: true });
    // Printed for real (Chromium's PDF): one A4 page per table.
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page\b/g) ?? []).toHaveLength(tables.length);
    await page.emulateMedia({ media: 'screen' });

    // Escape closes it; the keyboard is back on the button that opened it.
    await page.keyboard.press('Escape');
    await expect(lists).toHaveCount(0);
    await expect(panel.getByRole('button', { name: nl['plan.lists'], exact: true })).toBeFocused();

    // Someone left out checks in late: the server seats them at once.
    await phones[6]!.ok({ type: 'checkin' });
    await fac.until((s) => [1, 2].some((r) => tableFor(s, ids[6]!, r) !== null), 'the late check-in seated');
  } finally {
    fac.close();
    for (const p of phones) p.close();
  }
});
