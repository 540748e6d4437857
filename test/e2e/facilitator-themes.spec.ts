import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { nanoid } from 'nanoid';
import { nl } from '../../client/src/i18n/nl';
import { TestClient } from '../../harness/client';
import type { SessionState } from '../../shared/model/session';
import type { CreateSessionResponse } from '../../shared/protocol/api';
import { themeList } from '../../shared/rules/themes';
import { expect, test } from './fixtures';

const secretOf = (link: string) => link.slice(link.indexOf('#') + 1);
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** "Omhoog: Spreekuur": the visible word and the card or theme it is about (said to screen readers only). */
const about = (action: string, what: string) => new RegExp(`^(?:[↑↓] )?${esc(action)}\\s*: ${esc(what)}$`);
const themeNamed = (s: SessionState, label: string) => themeList(s).find((x) => x.label === label);

test.use({ viewport: { width: 1366, height: 768 } });

/** Chooses an option of a closed select with the arrow keys only, as a keyboard user does. */
async function arrowTo(select: Locator, option: string) {
  await select.focus();
  for (let i = 0; i < 12; i++) {
    const chosen = await select.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text ?? '');
    if (chosen === option) return;
    await select.press('ArrowDown');
  }
  throw new Error(`no option ${option}`);
}

async function axe(page: Page) {
  const result = await new AxeBuilder({ page })
    .include('section.tb')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('the facilitator builds themes from every table’s cards by keyboard, and takes over a host’s proposal', async ({
  page,
  server,
}) => {
  const res = await fetch(`${server.url}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ template: 'world-cafe-evening', language: 'nl' }),
  });
  const links = (await res.json()) as CreateSessionResponse;
  const [wijkhub, , wijkstem] = links.hosts;
  if (wijkhub === undefined || wijkstem === undefined) throw new Error('the template has tables');
  const cofac = new TestClient(server.url, { kind: 'facilitator', token: secretOf(links.facilitator) });
  const hub = new TestClient(server.url, { kind: 'host', code: wijkhub.code });
  const stem = new TestClient(server.url, { kind: 'host', code: wijkstem.code });
  try {
    await Promise.all([cofac.ready(), hub.ready(), stem.ready()]);
    for (let i = 0; i < 4; i++)
      await cofac.ok({ type: 'phase.advance', expectedPhaseId: cofac.state?.currentPhaseId ?? null });
    const ids = {
      hall: nanoid(),
      hours: nanoid(),
      dup: nanoid(),
      secret: nanoid(),
      green: nanoid(),
      benches: nanoid(),
      trees: nanoid(),
    };
    await hub.ok({ type: 'card.add', cardId: ids.hall, text: 'Een buurthuis' });
    await hub.ok({ type: 'card.add', cardId: ids.hours, text: 'Spreekuur' });
    await hub.ok({ type: 'card.add', cardId: ids.dup, text: 'Een buurthuis!' });
    await hub.ok({ type: 'card.merge', cardId: ids.dup, intoCardId: ids.hall });
    await hub.ok({ type: 'card.add', cardId: ids.secret, text: 'Naam en adres van de buren' });
    await cofac.ok({ type: 'card.hide', cardId: ids.secret, hidden: true });
    await stem.ok({ type: 'card.add', cardId: ids.green, text: 'Meer groen op het plein' });
    await stem.ok({ type: 'card.add', cardId: ids.benches, text: 'Bankjes bij de speeltuin' });
    await stem.ok({ type: 'card.add', cardId: ids.trees, text: 'Bomen in de straat' });
    // A host's proposal for their own table's card.
    await stem.ok({ type: 'theme.create', themeId: nanoid(), label: 'Groen', cardIds: [ids.trees] });

    await page.goto(links.facilitator);
    await page.getByRole('button', { name: nl['cockpit.tab.harvest'] }).click();
    const board = page.locator('section.tb');
    const live = board.getByTestId('tb-live');
    const pool = board.getByRole('region', { name: new RegExp(`^${nl['harvest.pool.title']}`) });
    const themeSection = (label: string) => board.getByRole('region', { name: label, exact: true });

    // The pool: visible cards of every table with their table; hidden and merged-away ones are not there.
    await expect(pool.getByRole('listitem')).toHaveCount(4);
    await expect(pool.getByRole('checkbox', { name: 'Een buurthuis Wijkhub' })).toBeVisible();
    await expect(pool.getByRole('checkbox', { name: 'Meer groen op het plein Wijkstem' })).toBeVisible();
    await expect(board.getByText('Een buurthuis!', { exact: true })).toHaveCount(0);
    await expect(board.getByText('Naam en adres van de buren')).toHaveCount(0);

    // The host's proposal stands apart, with whose it is.
    const proposal = themeSection('Groen');
    await expect(proposal.getByText('Voorstel van tafel Wijkstem')).toBeVisible();
    await expect(proposal.getByText('Bomen in de straat', { exact: true })).toBeVisible();

    // Create a theme by keyboard: type a name, Enter.
    await board.getByLabel(nl['harvest.new.label']).fill('Ontmoeten');
    await board.getByLabel(nl['harvest.new.label']).press('Enter');
    await expect(live).toHaveText('Thema Ontmoeten gemaakt');
    const meet = themeSection('Ontmoeten');
    await expect(meet.getByText(nl['harvest.theme.empty'])).toBeVisible();

    // Move a card into it with the keyboard only: arrows in its select, Enter.
    const moveOf = (where: Locator, text: string) => where.getByLabel(about(nl['harvest.move.label'], text));
    await arrowTo(moveOf(pool, 'Een buurthuis'), 'Ontmoeten');
    await page.keyboard.press('Enter');
    await expect(live).toHaveText('Kaartje verplaatst naar thema Ontmoeten');
    await expect(meet.getByText('Een buurthuis', { exact: true })).toBeVisible();
    await expect(meet.getByText('van Wijkhub')).toBeVisible();
    // Focus followed the card to its new place.
    await expect(moveOf(meet, 'Een buurthuis')).toBeFocused();
    await arrowTo(moveOf(pool, 'Spreekuur'), 'Ontmoeten');
    await page.keyboard.press('Enter');
    await expect(moveOf(meet, 'Spreekuur')).toBeFocused();
    await cofac.until((s) => themeNamed(s, 'Ontmoeten')?.cardIds.join() === [ids.hall, ids.hours].join(), 'two cards');

    // Reorder by keyboard: "up" on the second card; at the top "up" is off, so "down" has the focus.
    await meet.getByRole('button', { name: about(nl['harvest.move.up'], 'Spreekuur') }).focus();
    await page.keyboard.press('Enter');
    await expect(live).toHaveText('Kaartje staat nu op plek 1 van 2 in thema Ontmoeten');
    await cofac.until((s) => themeNamed(s, 'Ontmoeten')?.cardIds.join() === [ids.hours, ids.hall].join(), 'reordered');
    await expect(meet.getByRole('listitem').first()).toContainText('Spreekuur');
    await expect(meet.getByRole('button', { name: about(nl['harvest.move.down'], 'Spreekuur') })).toBeFocused();
    await expect(meet.getByRole('button', { name: about(nl['harvest.move.up'], 'Spreekuur') })).toBeDisabled();

    // Rename in place.
    await meet.getByRole('button', { name: about(nl['harvest.rename'], 'Ontmoeten') }).click();
    const renameField = board.getByLabel(nl['harvest.rename.label']);
    await expect(renameField).toBeFocused();
    await renameField.fill('Elkaar ontmoeten');
    await renameField.press('Enter');
    await expect(live).toHaveText('Thema heet nu Elkaar ontmoeten');
    const together = themeSection('Elkaar ontmoeten');
    await expect(together.getByRole('heading', { name: 'Elkaar ontmoeten' })).toBeVisible();
    await expect(together.getByRole('button', { name: about(nl['harvest.rename'], 'Elkaar ontmoeten') })).toBeFocused();

    // A new theme with selected cards: tick two (Space), name it, create.
    await pool.getByRole('checkbox', { name: 'Meer groen op het plein Wijkstem' }).press('Space');
    await pool.getByRole('checkbox', { name: 'Bankjes bij de speeltuin Wijkstem' }).check();
    await expect(board.getByText('De 2 geselecteerde kaartjes gaan erin.')).toBeVisible();
    await board.getByLabel(nl['harvest.new.label']).fill('Buiten');
    await board.getByRole('button', { name: nl['harvest.new.button'] }).click();
    await expect(live).toHaveText('Thema Buiten gemaakt met 2 kaartjes');
    await expect(pool.getByText(nl['harvest.pool.allPlaced'])).toBeVisible();

    // Bulk move: select both, "Verplaats geselecteerde naar…" back to the pool, then into Buiten again.
    const outside = themeSection('Buiten');
    await outside.getByRole('checkbox', { name: 'Meer groen op het plein Wijkstem' }).check();
    await outside.getByRole('checkbox', { name: 'Bankjes bij de speeltuin Wijkstem' }).check();
    await arrowTo(board.getByLabel(nl['harvest.bulk.label']), nl['harvest.move.pool']);
    await page.keyboard.press('Enter');
    await expect(live).toHaveText('2 kaartjes terug bij de kaartjes zonder thema');
    await expect(pool.getByRole('listitem')).toHaveCount(2);
    await expect(moveOf(pool, 'Meer groen op het plein')).toBeFocused();
    await expect(board.getByLabel(nl['harvest.bulk.label'])).toHaveCount(0);
    await pool.getByRole('checkbox', { name: 'Meer groen op het plein Wijkstem' }).check();
    await pool.getByRole('checkbox', { name: 'Bankjes bij de speeltuin Wijkstem' }).check();
    await board.getByLabel(nl['harvest.bulk.label']).selectOption({ label: 'Buiten' });
    await board.getByRole('button', { name: about(nl['harvest.move.button'], '2 kaartjes geselecteerd') }).click();
    await expect(live).toHaveText('2 kaartjes verplaatst naar thema Buiten');

    // Merge Buiten into Elkaar ontmoeten: its cards follow after the others, Buiten is gone.
    await outside.getByLabel(`${nl['harvest.merge.label']} (Buiten)`).selectOption({ label: 'Elkaar ontmoeten' });
    await outside.getByRole('button', { name: about(nl['harvest.merge.button'], 'Buiten') }).click();
    await expect(live).toHaveText('Thema Buiten zit nu in thema Elkaar ontmoeten');
    await expect(themeSection('Buiten')).toHaveCount(0);
    await expect(together.getByRole('listitem')).toHaveCount(4);
    await expect(together.getByText('van Wijkhub, Wijkstem')).toBeVisible();
    await expect(together.getByRole('heading', { name: 'Elkaar ontmoeten' })).toBeFocused();
    await cofac.until(
      (s) => themeNamed(s, 'Elkaar ontmoeten')?.cardIds.join() === [ids.hours, ids.hall, ids.green, ids.benches].join(),
      'merged in order',
    );

    // Split: the selected cards of a theme become a theme of their own.
    await together.getByRole('checkbox', { name: 'Meer groen op het plein Wijkstem' }).check();
    await together.getByRole('checkbox', { name: 'Bankjes bij de speeltuin Wijkstem' }).check();
    await together.getByLabel('Naam voor het nieuwe thema met de 2 geselecteerde kaartjes').fill('Spelen en groen');
    await together.getByRole('button', { name: about(nl['harvest.split.button'], 'Elkaar ontmoeten') }).click();
    await expect(live).toHaveText('Nieuw thema Spelen en groen met 2 kaartjes');
    const play = themeSection('Spelen en groen');
    await expect(play.getByRole('listitem')).toHaveCount(2);
    await expect(together.getByRole('listitem')).toHaveCount(2);
    await expect(play.getByRole('heading', { name: 'Spelen en groen' })).toBeFocused();

    // Delete asks first; "no" keeps the theme, "yes" puts its cards back in the pool.
    await play.getByRole('button', { name: about(nl['harvest.delete'], 'Spelen en groen') }).click();
    await expect(play.getByText('Thema Spelen en groen verwijderen?', { exact: false })).toBeVisible();
    await expect(play.getByRole('button', { name: nl['harvest.delete.no'] })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(play.getByRole('button', { name: about(nl['harvest.delete'], 'Spelen en groen') })).toBeFocused();
    await play.getByRole('button', { name: about(nl['harvest.delete'], 'Spelen en groen') }).click();
    await play.getByRole('button', { name: nl['harvest.delete.yes'] }).click();
    await expect(live).toHaveText('Thema Spelen en groen verwijderd');
    await expect(themeSection('Spelen en groen')).toHaveCount(0);
    await expect(pool.getByRole('listitem')).toHaveCount(2);
    await expect(board.getByRole('heading', { name: nl['harvest.title'], exact: true })).toBeFocused();

    // Take over the host's proposal: it joins the themes of the evening.
    await proposal.getByRole('button', { name: about(nl['harvest.accept'], 'Groen') }).click();
    await expect(live).toHaveText('Voorstel Groen is nu een thema van de avond');
    await cofac.until((s) => themeNamed(s, 'Groen')?.proposedBy === null, 'accepted');
    await expect(board.getByText('Voorstel van tafel Wijkstem')).toHaveCount(0);
    await expect(board.getByRole('heading', { name: nl['harvest.proposals.title'] })).toHaveCount(0);

    // Every command is acked: a theme deleted elsewhere meanwhile gives its error beside the card.
    await moveOf(pool, 'Meer groen op het plein').selectOption({ label: 'Groen' });
    const groen = themeNamed(cofac.state!, 'Groen');
    await cofac.ok({ type: 'theme.delete', themeId: groen!.id });
    await pool.getByRole('button', { name: about(nl['harvest.move.button'], 'Meer groen op het plein') }).click();
    const card = pool.getByRole('listitem').filter({ hasText: 'Meer groen op het plein' });
    await expect(card.getByRole('alert').filter({ hasText: nl['error.NOT_FOUND'] })).toBeVisible();
    // The select names the error it is described by.
    await expect(moveOf(pool, 'Meer groen op het plein')).toHaveAccessibleDescription(
      new RegExp(`^${esc(nl['error.NOT_FOUND'])}`),
    );

    expect(await axe(page)).toEqual([]);
  } finally {
    cofac.close();
    hub.close();
    stem.close();
  }
});

test('a card can also be dragged into a theme and back', async ({ page, server }) => {
  const res = await fetch(`${server.url}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ template: 'world-cafe-evening', language: 'en' }),
  });
  const links = (await res.json()) as CreateSessionResponse;
  const cofac = new TestClient(server.url, { kind: 'facilitator', token: secretOf(links.facilitator) });
  try {
    await cofac.ready();
    await cofac.ok({ type: 'phase.advance', expectedPhaseId: null });
    const tableId = cofac.state!.tables[1]!.id;
    await cofac.ok({ type: 'card.add', cardId: 'c1', tableId, text: 'A bench by the school' });
    await cofac.ok({ type: 'theme.create', themeId: 't1', label: 'Outdoors', cardIds: [] });
    await page.goto(links.facilitator);
    await page.getByRole('button', { name: 'Harvest' }).click();
    const board = page.locator('section.tb');
    const outdoors = board.getByRole('region', { name: 'Outdoors', exact: true });
    await board.getByText('A bench by the school', { exact: true }).dragTo(outdoors);
    await expect(board.getByTestId('tb-live')).toHaveText('Card moved to theme Outdoors');
    await cofac.until((s) => s.themes?.t1?.cardIds.join() === 'c1', 'dropped in');
    const pool = board.getByRole('region', { name: /^Cards without a theme/ });
    await outdoors.getByText('A bench by the school', { exact: true }).dragTo(pool);
    await cofac.until((s) => s.themes?.t1?.cardIds.length === 0, 'dropped back');
    await expect(pool.getByText('A bench by the school', { exact: true })).toBeVisible();
  } finally {
    cofac.close();
  }
});
