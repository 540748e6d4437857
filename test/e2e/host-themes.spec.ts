import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { translate } from '../../client/src/i18n/every-language';
import { nl } from '../../client/src/i18n/nl';
import { themesOf, type SessionState } from '../../shared/model/session';
import type { CreateSessionResponse } from '../../shared/protocol/api';
import { currentRound } from '../../shared/rules/phase';
import { TestClient } from '../../harness/client';
import { expect, test } from './fixtures';

const SHOTS = process.env.SCREENSHOTS_DIR ?? null;

async function shoot(page: Page, name: string): Promise<void> {
  if (SHOTS === null) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const CARDS = [
  'Meer licht op het fietspad langs het kanaal',
  'Een zebrapad bij de basisschool',
  'Hardrijders in de Dorpsstraat',
  'Een buurtkamer waar je zonder afspraak binnenloopt',
];

test('a host proposes themes for their table, renames and deletes their own, and sees the facilitator accept one', async ({
  browser,
  server,
}) => {
  test.setTimeout(90_000);
  const response = await fetch(`${server.url}/api/sessions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ template: 'world-cafe-evening', language: 'nl' }),
  });
  const created = (await response.json()) as CreateSessionResponse;
  const table = created.hosts[0];
  if (table === undefined) throw new Error('the template has tables');
  const facilitator = new TestClient(server.url, {
    kind: 'facilitator',
    token: created.facilitator.split('#')[1] ?? '',
  });
  const width = Number(process.env.HOST_WIDTH ?? 1366);
  const context = await browser.newContext({
    baseURL: server.url,
    viewport: { width, height: width >= 1920 ? 1080 : 768 },
    hasTouch: true,
  });
  try {
    await facilitator.ready();
    const state = () => facilitator.state as SessionState;
    while (currentRound(state()) !== 1) await facilitator.ok({ type: 'phase.advance' });
    const cardIds: string[] = [];
    for (const [i, text] of CARDS.entries()) {
      cardIds.push(`card-${i}`);
      await facilitator.ok({ type: 'card.add', cardId: `card-${i}`, tableId: table.tableId, text });
    }

    const page = await context.newPage();
    await page.goto(table.link);
    await page.getByRole('button', { name: nl['host.view.harvest'] }).click();
    const themes = page.getByRole('region', { name: nl['host.themes.title'] });
    await expect(themes.getByText(nl['host.themes.ownNone'])).toBeVisible();
    const news = themes.getByRole('status').first();

    // Without a name or a card the proposal says what is missing, before asking the server.
    const submit = themes.getByRole('button', { name: nl['host.themes.submit'] });
    await submit.click();
    await expect(themes.getByRole('alert').filter({ hasText: nl['host.themes.needLabel'] })).toBeVisible();
    const label = themes.getByRole('textbox', { name: nl['host.themes.label'] });
    await expect(label).toBeFocused();
    await label.fill('Verkeer');
    await submit.click();
    await expect(themes.getByRole('alert').filter({ hasText: nl['host.themes.needCards'] })).toBeVisible();

    // The cards by keyboard (Space) and by touch (tap); the count follows.
    await themes.getByRole('checkbox', { name: CARDS[0] }).focus();
    await page.keyboard.press('Space');
    await themes.getByRole('checkbox', { name: CARDS[1] }).tap();
    await expect(themes.getByText(translate('nl', 'host.themes.picked', { count: 2 }))).toBeVisible();
    await label.press('Enter');
    await expect(news).toHaveText(translate('nl', 'host.themes.sent', { label: 'Verkeer' }));
    await facilitator.until(
      (s) => Object.values(themesOf(s)).some((x) => x.label === 'Verkeer' && x.proposedBy === table.tableId),
      'the proposal',
    );
    const proposalId = Object.values(themesOf(state())).find((x) => x.label === 'Verkeer')!.id;
    expect(themesOf(state())[proposalId]!.cardIds).toEqual([cardIds[0], cardIds[1]]);
    const own = themes.getByRole('list', { name: nl['host.themes.own'] });
    await expect(own.getByRole('listitem').filter({ hasText: 'Verkeer' })).toContainText(nl['host.themes.waiting']);
    // The form starts fresh; a card in the proposal says where it is.
    await expect(label).toHaveValue('');
    await expect(themes.getByRole('checkbox', { name: CARDS[0] })).toHaveAccessibleDescription(
      translate('nl', 'host.themes.inProposal', { label: 'Verkeer' }),
    );

    // Rename it by keyboard: Enter saves, and the focus returns to the button.
    await own.getByRole('button', { name: `${nl['host.themes.rename']}: Verkeer` }).click();
    const rename = own.getByRole('textbox', { name: nl['host.themes.renameLabel'] });
    await expect(rename).toBeFocused();
    await rename.fill('Veilig over straat');
    await rename.press('Enter');
    await expect(news).toHaveText(translate('nl', 'host.themes.renamed', { label: 'Veilig over straat' }));
    await expect(own.getByRole('button', { name: `${nl['host.themes.rename']}: Veilig over straat` })).toBeFocused();
    await facilitator.until((s) => themesOf(s)[proposalId]?.label === 'Veilig over straat', 'the new name');

    // A second proposal, deleted after the question.
    await label.fill('Ontmoeten');
    await themes.getByRole('checkbox', { name: CARDS[3] }).check();
    await submit.click();
    await expect(news).toHaveText(translate('nl', 'host.themes.sent', { label: 'Ontmoeten' }));
    await facilitator.until((s) => Object.values(themesOf(s)).some((x) => x.label === 'Ontmoeten'), 'the second');
    await own.getByRole('button', { name: `${nl['host.themes.delete']}: Ontmoeten` }).click();
    await expect(own.getByText(nl['host.themes.deleteSure'])).toBeVisible();
    await own.getByRole('button', { name: nl['host.themes.deleteYes'] }).click();
    await expect(news).toHaveText(translate('nl', 'host.themes.deleted', { label: 'Ontmoeten' }));
    await facilitator.until((s) => !Object.values(themesOf(s)).some((x) => x.label === 'Ontmoeten'), 'deleted');
    await expect(own.locator(':scope > li')).toHaveCount(1);
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, `host-themes-proposed-${width}-nl`);

    // The facilitator accepts: the host hears it, and sees it among the themes of the evening.
    await facilitator.ok({ type: 'theme.accept', themeId: proposalId });
    await expect(news).toHaveText(translate('nl', 'host.themes.acceptedNews', { label: 'Veilig over straat' }));
    await expect(themes.getByText(nl['host.themes.ownNone'])).toBeVisible();
    const evening = themes.getByRole('list', { name: nl['host.themes.evening'] });
    const accepted = evening.getByRole('listitem').filter({ hasText: 'Veilig over straat' });
    await expect(accepted).toContainText(nl['host.themes.accepted']);
    await expect(accepted).toContainText(nl['host.themes.yours']);
    await expect(accepted).toContainText(CARDS[0]!);
    // Its cards are the evening's now: the host can no longer move them.
    await expect(themes.getByRole('checkbox', { name: CARDS[0] })).toBeDisabled();
    await expect(themes.getByRole('checkbox', { name: CARDS[0] })).toHaveAccessibleDescription(
      translate('nl', 'host.themes.inEvening', { label: 'Veilig over straat' }),
    );
    // No rename or delete for a theme of the evening.
    await expect(themes.getByRole('button', { name: `${nl['host.themes.rename']}: Veilig over straat` })).toHaveCount(
      0,
    );

    // After a reload the tablet still knows which theme was its proposal.
    await page.reload();
    await page.getByRole('button', { name: nl['host.view.harvest'] }).click();
    await expect(
      page.getByRole('list', { name: nl['host.themes.evening'] }).getByRole('listitem').filter({ hasText: 'Veilig' }),
    ).toContainText(nl['host.themes.yours']);
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, `host-themes-accepted-${width}-nl`);

    // The same in English.
    await page.getByRole('button', { name: 'English' }).click();
    const themesEn = page.getByRole('region', { name: translate('en', 'host.themes.title') });
    await expect(themesEn.getByRole('list', { name: translate('en', 'host.themes.evening') })).toContainText(
      translate('en', 'host.themes.yours'),
    );
    await themesEn.getByRole('textbox', { name: translate('en', 'host.themes.label') }).fill('Meeting people');
    await themesEn.getByRole('checkbox', { name: CARDS[3] }).check();
    await themesEn.getByRole('button', { name: translate('en', 'host.themes.submit') }).click();
    await expect(themesEn.getByRole('status').first()).toHaveText(
      translate('en', 'host.themes.sent', { label: 'Meeting people' }),
    );
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, `host-themes-${width}-en`);
  } finally {
    facilitator.close();
    await context.close();
  }
});
