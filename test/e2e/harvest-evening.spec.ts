import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { nanoid } from 'nanoid';
import { translate } from '../../client/src/i18n/every-language';
import { nl } from '../../client/src/i18n/nl';
import { TestClient } from '../../harness/client';
import type { SessionState } from '../../shared/model/session';
import type { CreateSessionResponse } from '../../shared/protocol/api';
import { themeList } from '../../shared/rules/themes';
import { expect, test } from './fixtures';

/**
 * Issue 18 from end to end, as the evening meets it: cards come in at three tables, the
 * facilitator accepts a suggestion and moves a card into it by keyboard, the projector shows the
 * theme and the word cloud, phones put their dots on the themes, and the result by group appears
 * on the screen and in the cockpit.
 */

const secretOf = (link: string) => link.slice(link.indexOf('#') + 1);
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SHOTS = process.env.SCREENSHOTS_DIR ?? null;

const CARDS = [
  'Een buurthuis waar iedereen binnen kan lopen',
  'Het buurthuis moet vaker open zijn',
  'Meer activiteiten in het buurthuis voor ouderen',
  'Koffie in het buurthuis op zaterdag',
  'Te weinig parkeerplekken in de straat',
  'Parkeerplekken voor bewoners, niet voor bezoekers',
  'Betaald parkeren in de hele wijk, minder parkeerplekken',
  'Meer groen en bomen in de wijk',
  'Bomen planten op het plein, meer groen',
  'Een moestuin met de buren',
];

async function axe(page: Page, what: string, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
  const result = await (include === undefined ? builder : builder.include(include)).analyze();
  return result.violations.map(
    (v) => `${what}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

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

test('from the cards to a result by group: suggestion, keyboard, screen, cloud, phones', async ({
  browser,
  server,
}) => {
  test.setTimeout(120_000);
  const res = await fetch(`${server.url}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ template: 'world-cafe-evening', language: 'nl' }),
  });
  const links = (await res.json()) as CreateSessionResponse;
  const fac = new TestClient(server.url, { kind: 'facilitator', token: secretOf(links.facilitator) });
  const hosts = links.hosts.map((h) => new TestClient(server.url, { kind: 'host', code: h.code }));
  // Besides the phone in the browser: three more residents and three civil servants, so both groups
  // are big enough to show apart (shared/rules/vote-results.ts).
  const groups = ['resident', 'resident', 'resident', 'municipality', 'municipality', 'municipality'] as const;
  const others = groups.map(() => new TestClient(server.url, { kind: 'participant', joinCode: links.joinCode }));
  const laptop = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const projector = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const phones = await browser.newContext({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });
  const state = () => fac.state as SessionState;
  try {
    await Promise.all([fac, ...hosts, ...others].map((c) => c.ready()));
    for (const [i, p] of others.entries()) await p.ok({ type: 'profile.set', group: groups[i] });

    // A resident joins on a phone at the walk-in and says who they come as.
    const phone = await phones.newPage();
    await phone.goto(links.participant);
    await phone.getByLabel(nl['participant.profile.group']).selectOption({ label: nl['group.resident'] });
    await phone.getByRole('button', { name: nl['participant.profile.save'] }).click();
    await fac.until(
      (s) => Object.values(s.participants).filter((p) => p.group === 'resident').length === 4,
      'four residents',
    );
    const theirs = new Set(
      others.map((o) => (o.welcome?.actor.role === 'participant' ? o.welcome.actor.participantId : '')),
    );
    const me = Object.keys(state().participants).find((id) => !theirs.has(id));

    // Round 1: the hosts type what their tables say.
    await fac.ok({ type: 'phase.jump', phaseId: 'round-1' });
    for (const [i, text] of CARDS.entries()) await hosts[i % 3]!.ok({ type: 'card.add', cardId: nanoid(), text });

    // The cockpit's harvest tab: the server's suggestions for the cards so far.
    const cockpit = await laptop.newPage();
    await cockpit.goto(links.facilitator);
    await cockpit.getByRole('button', { name: nl['cockpit.tab.harvest'] }).click();
    const suggestions = cockpit.getByRole('region', { name: nl['suggest.title'] });
    await expect(suggestions.getByRole('status')).not.toHaveText(nl['suggest.asking']);
    const first = suggestions.locator('.suggest-item').first();
    await expect(first).toBeVisible();
    const label = ((await first.getByRole('heading').textContent()) ?? '').trim();
    expect(label).not.toBe('');
    await first.getByText(/kaartjes$/).click();
    const suggested = await first.locator('.suggest-cards li').allTextContents();
    expect(suggested.length).toBeGreaterThan(1);
    await first.getByRole('button', { name: nl['suggest.accept'] }).click();
    await fac.until((s) => themeList(s).some((t) => t.label === label), 'the accepted theme');
    const theme = themeList(state()).find((t) => t.label === label)!;
    expect(theme.cardIds.map((id) => state().cards[id]!.text).sort()).toEqual([...suggested].sort());

    // A card the suggestion left out goes into the theme by keyboard alone.
    const board = cockpit.locator('section.tb');
    const pool = board.getByRole('region', { name: new RegExp(`^${esc(nl['harvest.pool.title'])}`) });
    const loose = CARDS.find((text) => !suggested.includes(text))!;
    const move = pool.getByLabel(new RegExp(`^${esc(nl['harvest.move.label'])}\\s*: ${esc(loose)}$`));
    await arrowTo(move, label);
    await cockpit.keyboard.press('Enter');
    await expect(board.getByTestId('tb-live')).toHaveText(`Kaartje verplaatst naar thema ${label}`);
    await fac.until(
      (s) =>
        themeList(s)
          .find((t) => t.id === theme.id)
          ?.cardIds.some((id) => s.cards[id]?.text === loose) === true,
      'the moved card in the theme',
    );
    expect(await axe(cockpit, 'cockpit: harvest', '.harvest')).toEqual([]);
    if (SHOTS !== null) await cockpit.screenshot({ path: `${SHOTS}/harvest-evening-cockpit-1366.png`, fullPage: true });

    // The projector shows the theme with its cards, then the word cloud of the evening.
    const screen = await projector.newPage();
    await screen.goto(links.screen);
    const picker = cockpit.getByRole('region', { name: nl['wrapup.screen.title'] });
    await picker.getByRole('radio', { name: nl['wrapup.screen.themes'] }).check();
    const onScreen = screen.getByRole('region', { name: label, exact: true });
    await expect(onScreen).toBeVisible();
    await expect(onScreen.getByText(loose)).toBeVisible();
    expect(await axe(screen, 'screen: themes')).toEqual([]);
    await picker.getByRole('radio', { name: nl['wrapup.screen.cloud'] }).check();
    const words = screen.getByRole('list', { name: nl['wrapup.cloud.list'] }).getByRole('listitem');
    await expect(words.first()).toBeVisible();
    const listed = (await words.allTextContents()).map((s) => s.slice(0, s.indexOf(':')).toLowerCase());
    expect(listed).toContain('buurthuis');
    for (const stop of ['de', 'het', 'een', 'in', 'op']) expect(listed).not.toContain(stop);
    expect(await axe(screen, 'screen: cloud')).toEqual([]);
    if (SHOTS !== null) await screen.screenshot({ path: `${SHOTS}/harvest-evening-cloud-1920.png` });

    // A second theme from the pool, so the vote has a choice; then the wrap-up and dots on themes.
    const other = themeList(state()).length;
    await fac.ok({
      type: 'theme.create',
      themeId: 'groen',
      label: 'Groen',
      cardIds: Object.values(state().cards)
        .filter((c) => /groen|moestuin/i.test(c.text) && !themeList(state()).some((t) => t.cardIds.includes(c.id)))
        .map((c) => c.id),
    });
    await fac.until((s) => themeList(s).length === other + 1, 'a second theme');
    await fac.ok({ type: 'phase.jump', phaseId: 'wrap-up' });
    await picker.getByRole('radio', { name: nl['wrapup.screen.auto'] }).check();
    await cockpit.getByRole('button', { name: nl['cockpit.tab.live'] }).click();
    const controls = cockpit.getByRole('region', { name: nl['fac.controls'] });
    await controls.getByRole('radio', { name: nl['fac.voteOn.themes'] }).check();
    await controls.getByRole('button', { name: nl['fac.votingOpen'] }).click();
    await fac.until((s) => s.voting.open && s.voting.on === 'themes', 'voting on themes');

    // The phone in the browser puts a dot on the accepted theme; residents agree, civil servants do not.
    const vote = phone.getByRole('region', { name: nl['participant.vote.titleThemes'] });
    await vote.getByRole('button', { name: translate('nl', 'participant.vote.addTheme', { label }) }).tap();
    await fac.until((s) => me !== undefined && s.votes[me]?.join() === theme.id, 'the phone’s dot');
    expect(await axe(phone, 'phone: vote')).toEqual([]);
    if (SHOTS !== null) await phone.screenshot({ path: `${SHOTS}/harvest-evening-phone-360.png` });
    for (const [i, p] of others.entries())
      await p.ok({ type: 'vote.cast', themeId: groups[i] === 'resident' ? theme.id : 'groen' });
    await fac.ok({ type: 'voting.close' });

    // The result by group: on the screen when the facilitator chooses, and in the cockpit.
    await cockpit.getByRole('button', { name: nl['cockpit.tab.harvest'] }).click();
    await picker.getByRole('radio', { name: nl['wrapup.screen.groups'] }).check();
    const table = screen.getByRole('table');
    await expect(table.getByRole('columnheader').filter({ hasText: nl['group.resident'] })).toHaveCount(1);
    await expect(table.getByRole('columnheader').filter({ hasText: nl['group.municipality'] })).toHaveCount(1);
    const differ = translate('nl', 'wrapup.groups.differ', {
      most: nl['group.resident'],
      least: nl['group.municipality'],
    });
    await expect(table.getByRole('rowheader', { name: label })).toContainText(differ);
    expect(await axe(screen, 'screen: groups')).toEqual([]);
    if (SHOTS !== null) await screen.screenshot({ path: `${SHOTS}/harvest-evening-groups-1920.png` });
    const panel = cockpit.getByRole('region', { name: nl['wrapup.groups.title'] });
    await expect(panel.getByRole('rowheader', { name: label })).toContainText(differ);
    expect(await axe(cockpit, 'cockpit: groups', '.harvest')).toEqual([]);
  } finally {
    await Promise.all([laptop.close(), projector.close(), phones.close()]);
    for (const c of [fac, ...hosts, ...others]) c.close();
  }
});
