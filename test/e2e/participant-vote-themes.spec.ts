import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { translate } from '../../client/src/i18n/every-language';
import { nl } from '../../client/src/i18n/nl';
import type { SessionState } from '../../shared/model/session';
import type { CreateSessionResponse } from '../../shared/protocol/api';
import { TestClient } from '../../harness/client';
import { expect, test } from './fixtures';

const SHOTS = process.env.SCREENSHOTS_DIR ?? null;

async function shoot(page: Page, name: string): Promise<void> {
  if (SHOTS === null) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('the facilitator opens the dot vote on themes; a phone gives a theme a dot and takes it back, the count follows', async ({
  browser,
  server,
}) => {
  test.setTimeout(90_000);
  const created = await fetch(`${server.url}/api/sessions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ template: 'world-cafe-evening', language: 'nl' }),
  });
  const links = (await created.json()) as CreateSessionResponse;
  const fac = new TestClient(server.url, { kind: 'facilitator', token: links.facilitator.split('#')[1] ?? '' });
  const width = Number(process.env.COCKPIT_WIDTH ?? 1366);
  const cockpitContext = await browser.newContext({
    baseURL: server.url,
    viewport: { width, height: width >= 1920 ? 1080 : 768 },
  });
  const phoneContext = await browser.newContext({
    baseURL: server.url,
    viewport: { width: 360, height: 640 },
    isMobile: true,
    hasTouch: true,
  });
  try {
    await fac.ready();
    const state = () => fac.state as SessionState;
    const phone = await phoneContext.newPage();
    await phone.goto(links.participant);
    await fac.until((s) => Object.keys(s.participants).length === 1, 'the phone joined');
    const me = Object.keys(state().participants)[0]!;

    await fac.ok({ type: 'phase.advance', expectedPhaseId: null });
    await fac.ok({ type: 'phase.jump', phaseId: 'round-1' });
    const texts = [
      'Meer licht op het fietspad',
      'Een zebrapad bij de school',
      'Hardrijders in de Dorpsstraat',
      'Een buurtkamer zonder afspraak',
      'Koffie met de wijkagent',
    ];
    for (const [i, text] of texts.entries()) {
      await fac.ok({ type: 'card.add', cardId: `c${i}`, tableId: state().tables[i % 3]!.id, text });
    }
    await fac.ok({ type: 'card.highlight', cardId: 'c0', on: true });
    await fac.ok({ type: 'phase.jump', phaseId: 'wrap-up' });

    // Without a theme of the evening the themes choice is off, and says why.
    const cockpit = await cockpitContext.newPage();
    await cockpit.goto(links.facilitator);
    const controls = cockpit.getByRole('region', { name: nl['fac.controls'] });
    const onThemes = controls.getByRole('radio', { name: nl['fac.voteOn.themes'] });
    await expect(onThemes).toBeDisabled();
    await expect(onThemes).toHaveAccessibleDescription(nl['fac.voteOnNoThemes']);
    await expect(controls.getByRole('radio', { name: nl['fac.voteOn.highlights'] })).toBeChecked();

    // Two themes of the evening (the facilitator's own, so no proposal to accept).
    await fac.ok({ type: 'theme.create', themeId: 'veilig', label: 'Veilig verkeer', cardIds: ['c0', 'c1', 'c2'] });
    await fac.ok({ type: 'theme.create', themeId: 'samen', label: 'Elkaar ontmoeten', cardIds: ['c3', 'c4'] });
    await expect(onThemes).toBeEnabled();
    await onThemes.check();
    await controls.getByRole('button', { name: nl['fac.votingOpen'] }).click();
    await fac.until((s) => s.voting.open && s.voting.on === 'themes', 'voting on themes');
    await expect(controls.getByRole('status')).toContainText(`${nl['fac.voteOnNow']} ${nl['fac.voteOn.themes']}`);
    expect(await seriousViolations(cockpit)).toEqual([]);
    await shoot(cockpit, `cockpit-vote-themes-${width}-nl`);

    // The phone lists the themes with a few of their cards.
    const vote = phone.getByRole('region', { name: nl['participant.vote.titleThemes'] });
    const counter = vote.getByRole('status');
    const dots = state().voting.dots;
    await expect(counter).toHaveText(translate('nl', 'participant.vote.left', { count: dots, dots }));
    const veilig = vote.getByRole('listitem').filter({ hasText: 'Veilig verkeer' }).first();
    await expect(veilig).toContainText(translate('nl', 'participant.vote.themeCards', { count: 3 }));
    // Of its cards the phone shows those it may see (highlights, and its own table's): the count says the rest.
    await expect(veilig).toContainText(texts[0]!);
    await expect(veilig).not.toContainText(texts[1]!);
    await expect(vote.getByText(nl['participant.vote.hint'])).toHaveCount(0);

    const add = phone.getByRole('button', {
      name: translate('nl', 'participant.vote.addTheme', { label: 'Veilig verkeer' }),
    });
    const remove = phone.getByRole('button', {
      name: translate('nl', 'participant.vote.removeTheme', { label: 'Veilig verkeer' }),
    });
    await expect(remove).toBeDisabled();
    await add.tap();
    await fac.until((s) => s.votes[me]?.join() === 'veilig', 'a dot on the theme');
    await expect(veilig).toContainText(translate('nl', 'participant.vote.mine', { count: 1 }));
    await expect(counter).toHaveText(translate('nl', 'participant.vote.left', { count: dots - 1, dots }));
    // By keyboard: a second dot on the same theme.
    await add.focus();
    await phone.keyboard.press('Enter');
    await fac.until((s) => s.votes[me]?.length === 2, 'two dots');
    await expect(veilig).toContainText(translate('nl', 'participant.vote.mine', { count: 2 }));
    expect(await seriousViolations(phone)).toEqual([]);
    await shoot(phone, 'phone-vote-themes-360-nl');

    // One back: the count follows on the phone and on the server.
    await remove.tap();
    await fac.until((s) => s.votes[me]?.length === 1, 'one dot back');
    await expect(veilig).toContainText(translate('nl', 'participant.vote.mine', { count: 1 }));
    await expect(counter).toHaveText(translate('nl', 'participant.vote.left', { count: dots - 1, dots }));

    // In English the names say the same.
    await phone.getByRole('button', { name: 'English' }).click();
    const voteEn = phone.getByRole('region', { name: translate('en', 'participant.vote.titleThemes') });
    await expect(
      voteEn.getByRole('button', { name: translate('en', 'participant.vote.addTheme', { label: 'Elkaar ontmoeten' }) }),
    ).toBeVisible();
    expect(await seriousViolations(phone)).toEqual([]);
    await voteEn.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shoot(phone, 'phone-vote-themes-360-en');

    // Voting closes: the phone shows the dots per theme.
    await controls.getByRole('button', { name: nl['fac.votingClose'] }).click();
    const results = phone.getByRole('region', { name: translate('en', 'participant.results.title') });
    await expect(results.getByRole('listitem').first()).toContainText('Veilig verkeer');
    await expect(results.getByRole('listitem').first()).toContainText(
      translate('en', 'participant.results.dots', { count: 1 }),
    );
    await results.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shoot(phone, 'phone-vote-themes-results-360-en');

    // Back to highlights: the cockpit says the dots of the vote on themes go.
    await controls.getByRole('radio', { name: nl['fac.voteOn.highlights'] }).check();
    await expect(controls.getByText(nl['fac.voteOnFresh'])).toBeVisible();
    await cockpit.getByRole('button', { name: 'English' }).click();
    const controlsEn = cockpit.getByRole('region', { name: translate('en', 'fac.controls') });
    await expect(controlsEn.getByRole('radio', { name: translate('en', 'fac.voteOn.themes') })).toBeEnabled();
    await shoot(cockpit, `cockpit-vote-themes-${width}-en`);
  } finally {
    fac.close();
    await cockpitContext.close();
    await phoneContext.close();
  }
});
