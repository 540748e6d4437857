import type { Browser, Page } from '@playwright/test';
import { nl } from '../../client/src/i18n/nl';
import { translate } from '../../client/src/i18n/every-language';
import type { SessionState } from '../../shared/model/session';
import type { CreateSessionResponse } from '../../shared/protocol/api';
import { TestClient } from '../../harness/client';
import { expect, test } from './fixtures';
import { expectAccessible } from './checks';

/**
 * The reference evening from three phones (360×640, Debian's Chromium), with the facilitator's
 * cockpit open in another context. The cockpit's own socket state (a TestClient with the same
 * facilitator token) shows what the cockpit does not print yet: picks, votes and sign-ups.
 */

const PHONE = { width: 360, height: 640 };
const fill = (text: string, vars: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k]));
const exact = (s: string) => new RegExp(`^${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

const axe = (page: Page, screen: string) => expectAccessible(page, screen);

async function phone(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    viewport: PHONE,
    isMobile: true,
    hasTouch: true,
    locale: 'nl-NL',
  });
  return context.newPage();
}

/** Joins by typing the code on the start page, as someone without a QR scanner would. */
async function joinByCode(page: Page, code: string, typed = code): Promise<void> {
  await page.goto('/');
  await page.getByLabel(nl['start.joinLabel']).fill(typed);
  await page.getByRole('button', { name: nl['start.joinButton'] }).click();
  await expect(page).toHaveURL(new RegExp(`/join/${code}$`));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

async function pickTables(page: Page, titles: string[]): Promise<void> {
  for (const title of titles) await page.getByRole('checkbox', { name: new RegExp(title) }).check();
  const picks = page.getByRole('region', { name: nl['participant.picks.title'] });
  await picks.getByRole('button', { name: nl['participant.picks.save'] }).click();
  await expect(picks.getByText(nl['participant.saved'])).toBeVisible();
}

test('three participants go through the reference evening on their phones', async ({ page, browser, server }) => {
  test.setTimeout(120_000);
  const created = await page.request.post('/api/sessions', {
    data: { template: 'world-cafe-evening', language: 'nl' },
  });
  expect(created.status()).toBe(201);
  const links = (await created.json()) as CreateSessionResponse;
  const token = links.facilitator.split('#')[1] ?? '';
  const facilitator = new TestClient(server.url, { kind: 'facilitator', token });
  await facilitator.ready();
  const state = () => facilitator.state as SessionState;
  const cockpit = page;
  await cockpit.setViewportSize({ width: 1280, height: 900 });
  await cockpit.goto(links.facilitator);
  await expect(cockpit.getByRole('button', { name: nl['fac.start'] })).toBeEnabled();
  const next = async (phaseTitle: string) => {
    const button = cockpit.getByRole('button', { name: state().status === 'draft' ? nl['fac.start'] : nl['fac.next'] });
    await button.click();
    await facilitator.until((s) => s.agenda.find((p) => p.id === s.currentPhaseId)?.title === phaseTitle, phaseTitle);
  };
  const title = (phaseId: string) => state().agenda.find((p) => p.id === phaseId)?.title ?? phaseId;

  try {
    // Joining: Ann types the code (in lower case, with a space), Bram scans the QR (the link), Cor types it.
    const ann = await phone(browser, server.url);
    const bram = await phone(browser, server.url);
    const cor = await phone(browser, server.url);
    await joinByCode(
      ann,
      links.joinCode,
      `${links.joinCode.slice(0, 3).toLowerCase()} ${links.joinCode.slice(3).toLowerCase()}`,
    );
    await bram.goto(links.participant);
    await joinByCode(cor, links.joinCode);
    // Before the start the page's heading is the session's title, and it says it has not begun.
    for (const p of [ann, bram, cor]) {
      await expect(p.getByRole('heading', { level: 1 })).toHaveText(state().title);
      await expect(p.getByText(nl['participant.before.notYet'])).toBeVisible();
    }
    await facilitator.until((s) => Object.keys(s.participants).length === 3, 'three participants');
    await axe(ann, 'before the evening');

    // Before the evening: name, group, sandwich; pick and rank tables.
    await ann.getByLabel(nl['participant.profile.name']).fill('Ann');
    await ann.getByLabel(nl['participant.profile.group']).selectOption({ label: nl['group.resident'] });
    await ann.getByRole('checkbox', { name: nl['participant.profile.sandwich'] }).check();
    const about = ann.getByRole('region', { name: nl['participant.profile.title'] });
    await about.getByRole('button', { name: nl['participant.profile.save'] }).click();
    await expect(about.getByText(nl['participant.saved'])).toBeVisible();
    await facilitator.until(
      (s) => Object.values(s.participants).some((p) => p.name === 'Ann' && p.group === 'resident' && p.sandwich),
      'Ann and her sandwich',
    );

    // Ann ticks Wijkhub first, then moves Wijksamenwerking above it: ranked, not just ticked.
    await ann.getByRole('checkbox', { name: /Wijkhub/ }).check();
    await ann.getByRole('checkbox', { name: /Wijksamenwerking/ }).check();
    // "Choose 2 of 3": a third box says why it cannot be ticked.
    await ann.getByRole('checkbox', { name: /Wijkstem/ }).click();
    await expect(
      ann.getByRole('alert').filter({ hasText: translate('nl', 'participant.picks.full', { count: 2 }) }),
    ).toBeVisible();
    await expect(ann.getByRole('checkbox', { name: /Wijkstem/ })).not.toBeChecked();
    // By keyboard: the moved table's button keeps the focus, so a second press is possible at once.
    const up = ann.getByRole('button', { name: `${nl['participant.picks.up']}: Wijksamenwerking` });
    await up.focus();
    await ann.keyboard.press('Enter');
    await expect(up).toBeFocused();
    await expect(up).toHaveAttribute('aria-disabled', 'true');
    await expect(
      ann.getByRole('list', { name: nl['participant.picks.order'] }).getByRole('listitem').first(),
    ).toContainText('Wijksamenwerking');
    await axe(ann, 'picking tables');
    await ann.getByRole('button', { name: nl['participant.picks.save'] }).click();
    await expect(
      ann.getByRole('region', { name: nl['participant.picks.title'] }).getByText(nl['participant.saved']),
    ).toBeVisible();
    await pickTables(bram, ['Wijkstem', 'Wijkhub']);
    await pickTables(cor, ['Wijksamenwerking', 'Wijkstem']);
    const picksOf = (name: string | null, s: SessionState) =>
      Object.values(s.participants).find((p) => p.name === name)?.picks;
    await facilitator.until((s) => picksOf('Ann', s)?.join() === 'wijksamenwerking,wijkhub', "Ann's ranked picks");
    await facilitator.until(
      (s) => Object.values(s.participants).filter((p) => p.picks.length === 2).length === 3,
      'every participant picked two tables',
    );

    // Walk-in: check in with one tap; the cockpit counts them.
    await next(title('walk-in'));
    for (const p of [ann, bram, cor]) {
      await expect(p.getByRole('heading', { level: 1 })).toHaveText(title('walk-in'));
      await p.getByRole('button', { name: nl['participant.checkin.button'] }).click();
      await expect(p.getByText(nl['participant.checkin.done'])).toBeVisible();
    }
    await facilitator.until(
      (s) => Object.values(s.participants).every((p) => p.checkedInAt !== null),
      'everyone checked in',
    );
    await axe(ann, 'walk-in, checked in');

    // In the break before round 1 the phone says where to go next.
    await next(title('plenary-1'));
    await next(title('break-1'));
    await expect(
      ann.getByRole('heading', {
        name: fill(nl['participant.where.next'], { round: 1, number: 2, table: 'Wijksamenwerking' }),
      }),
    ).toBeVisible();

    // Round 1: "Ronde 1: ga naar tafel 2 — Wijksamenwerking" with its key question.
    await next(title('round-1'));
    const annTable = ann.getByRole('heading', {
      name: fill(nl['participant.where.now'], { round: 1, number: 2, table: 'Wijksamenwerking' }),
    });
    await expect(annTable).toBeVisible();
    // In round 1 her second pick may still change, so the pick form lists the key questions too.
    await expect(ann.locator('.your-table').getByText(state().tables[1]?.keyQuestion ?? '')).toBeVisible();
    await expect(
      bram.getByRole('heading', {
        name: fill(nl['participant.where.now'], { round: 1, number: 3, table: 'Wijkstem' }),
      }),
    ).toBeVisible();

    // At the table: Ann's idea reaches Cor (same table) live, and the cockpit; not Bram (other table).
    const idea = 'Een vaste koffieochtend in het buurthuis';
    await ann.getByLabel(nl['participant.card.label']).fill(idea);
    await ann.getByRole('button', { name: nl['participant.card.send'] }).click();
    await expect(ann.getByText(nl['participant.card.sent'])).toBeVisible();
    const corCards = cor.getByRole('list', { name: nl['participant.cards.title'] });
    await expect(corCards.getByText(idea)).toBeVisible();
    await expect(cockpit.getByText(idea).first()).toBeVisible();
    const bramIdea = 'Spreekuur van de wijkagent';
    await bram.getByLabel(nl['participant.card.label']).fill(bramIdea);
    await bram.getByRole('button', { name: nl['participant.card.send'] }).click();
    await expect(bram.getByRole('list', { name: nl['participant.cards.title'] }).getByText(bramIdea)).toBeVisible();
    await expect(bram.getByText(idea)).toHaveCount(0);
    await expect(cockpit.getByText(bramIdea).first()).toBeVisible();
    await axe(ann, 'at the table');

    // Info point, any time: Bram asks about money; the cockpit sees it; the answer reaches him later.
    const question = 'Krijgt het wijkplatform eigen geld?';
    await bram.getByLabel(nl['participant.ask.category']).selectOption({ label: 'Financiering (geld)' });
    await bram.getByLabel(nl['participant.ask.text']).fill(question);
    await bram.getByRole('button', { name: nl['participant.ask.send'] }).click();
    await expect(bram.getByText(nl['participant.ask.sent'])).toBeVisible();
    await expect(cockpit.getByText(question).first()).toBeVisible();
    const asked = Object.values(state().questions).find((q) => q.text === question);
    expect(asked?.categoryId).toBe('funding');
    const myQuestions = bram.getByRole('list', { name: nl['participant.ask.mine'] });
    await expect(myQuestions.getByText(nl['participant.qstatus.new'])).toBeVisible();
    await facilitator.ok({
      type: 'question.answer',
      questionId: asked?.id ?? '',
      answer: 'Ja, een klein budget per jaar.',
      status: 'answered',
    });
    await expect(myQuestions.getByText('Ja, een klein budget per jaar.')).toBeVisible();
    await expect(myQuestions.getByText(nl['participant.qstatus.answered'])).toBeVisible();
    await axe(bram, 'info point with an answer');

    // Round 2: Ann moves to her second pick. She reloads mid-round and is back at the same table.
    await next(title('round-2'));
    const round2 = fill(nl['participant.where.now'], { round: 2, number: 1, table: 'Wijkhub' });
    await expect(ann.getByRole('heading', { name: round2 })).toBeVisible();
    // Round 1's "sent" does not stay under round 2's empty card form (issue 17, point 23).
    await expect(ann.getByText(nl['participant.card.sent'])).toHaveCount(0);
    await ann.reload();
    await expect(ann.getByRole('heading', { name: round2 })).toBeVisible();
    await expect(ann.getByRole('heading', { level: 1 })).toHaveText(title('round-2'));
    expect(Object.keys(state().participants)).toHaveLength(3); // the same person, not a fourth

    // The hosts highlight ideas; wrap-up: the cockpit opens the dot-vote.
    const highlight = (text: string) => {
      const card = Object.values(state().cards).find((c) => c.text === text);
      return facilitator.ok({ type: 'card.highlight', cardId: card?.id ?? '', on: true });
    };
    await highlight(idea);
    await highlight(bramIdea);
    await next(title('break-2'));
    await next(title('wrap-up'));
    await cockpit.getByRole('button', { name: nl['fac.votingOpen'] }).click();
    const annVote = ann.getByRole('region', { name: nl['participant.vote.title'] });
    await expect(annVote).toBeVisible();
    const addDot = (p: Page, text: string) => p.getByRole('button', { name: `${nl['participant.vote.add']}: ${text}` });
    for (let i = 0; i < 3; i++) {
      await addDot(ann, idea).click();
      const left =
        i < 2
          ? translate('nl', 'participant.vote.left', { count: 2 - i, dots: 3 })
          : translate('nl', 'participant.vote.limit', { count: 3 });
      await expect(annVote.getByRole('status')).toHaveText(left);
    }
    // No dots left: "+" says so instead of sending a fourth (participant-vote.spec.ts has the details).
    const used = translate('nl', 'participant.vote.limit', { count: 3 });
    await expect(annVote.getByRole('status')).toHaveText(used);
    await expect(addDot(ann, bramIdea)).toHaveAttribute('aria-disabled', 'true');
    await ann.getByRole('button', { name: `${nl['participant.vote.remove']}: ${idea}` }).click();
    await addDot(ann, bramIdea).click();
    await expect(annVote.getByRole('status')).toHaveText(used);
    await addDot(bram, bramIdea).click();
    await expect(bram.getByText(translate('nl', 'participant.vote.left', { count: 2, dots: 3 }))).toBeVisible();
    await addDot(bram, bramIdea).click();
    await expect(bram.getByText(translate('nl', 'participant.vote.left', { count: 1, dots: 3 }))).toBeVisible();
    const annId = Object.values(state().participants).find((p) => p.name === 'Ann')?.id ?? '';
    await facilitator.until((s) => s.votes[annId]?.length === 3, "Ann's three dots");
    await axe(ann, 'dot-vote');

    // Ann reloads: the same votes.
    await ann.reload();
    await expect(ann.getByText(translate('nl', 'participant.vote.limit', { count: 3 }))).toBeVisible();
    const ideaItem = ann
      .getByRole('region', { name: nl['participant.vote.title'] })
      .getByRole('listitem')
      .filter({ hasText: idea });
    await expect(ideaItem.getByText(fill(nl['participant.vote.mine'], { count: 2 }))).toBeVisible();

    // Working groups: tick one or more, email or phone, explicit consent; Cor withdraws again.
    const groupsOf = (p: Page) => p.getByRole('region', { name: nl['participant.groups.title'] });
    const [wgHub, wgSamen, wgStem] = state().workingGroups.map((g) => g.title);
    const annGroups = groupsOf(ann);
    await annGroups.getByRole('button', { name: nl['participant.groups.signup'] }).click();
    await expect(annGroups.getByRole('alert')).toHaveText(nl['participant.groups.needGroup']);
    await annGroups.getByRole('checkbox', { name: wgHub }).check();
    await annGroups.getByRole('checkbox', { name: wgStem }).check();
    await annGroups.getByRole('textbox', { name: nl['participant.groups.email'] }).fill('ann@example.nl');
    await annGroups.getByRole('button', { name: nl['participant.groups.signup'] }).click();
    await expect(annGroups.getByRole('alert')).toHaveText(nl['participant.groups.needConsent']);
    await annGroups.getByRole('checkbox', { name: nl['participant.groups.consent'] }).check();
    await annGroups.getByRole('button', { name: nl['participant.groups.signup'] }).click();
    const annMine = annGroups.getByRole('list', { name: nl['participant.groups.mine'] });
    await expect(annMine.getByRole('listitem')).toHaveCount(2);
    await expect(annMine).toContainText(wgHub ?? '');
    await expect(annMine).toContainText('ann@example.nl');
    await facilitator.until(
      (s) =>
        Object.values(s.signups).filter(
          (x) => x.participantId === annId && x.contact?.email === 'ann@example.nl' && x.consent,
        ).length === 2,
      "Ann's two sign-ups with her email",
    );
    const corGroups = groupsOf(cor);
    await corGroups.getByRole('checkbox', { name: wgSamen }).check();
    await corGroups.getByRole('textbox', { name: nl['participant.groups.phone'] }).fill('06 1234 5678');
    await corGroups.getByRole('checkbox', { name: nl['participant.groups.consent'] }).check();
    await corGroups.getByRole('button', { name: nl['participant.groups.signup'] }).click();
    await expect(corGroups.getByRole('list', { name: nl['participant.groups.mine'] })).toContainText(wgSamen ?? '');
    await facilitator.until((s) => Object.keys(s.signups).length === 3, 'three sign-ups');
    await axe(cor, 'working groups');
    await corGroups.getByRole('button', { name: `${nl['participant.groups.withdraw']}: ${wgSamen}` }).click();
    await expect(corGroups.getByRole('list', { name: nl['participant.groups.mine'] })).toHaveCount(0);
    await facilitator.until((s) => Object.keys(s.signups).length === 2, "Cor's sign-up withdrawn");

    // The cockpit closes the vote: every phone shows the result; a broadcast shows as a banner.
    await cockpit.getByRole('button', { name: nl['fac.votingClose'] }).click();
    const results = cor.getByRole('region', { name: nl['participant.results.title'] });
    // Bram's idea: Ann 1 + Bram 2 dots; Ann's idea: her 2.
    await expect(results.getByRole('listitem').first()).toContainText(bramIdea);
    await expect(results.getByRole('listitem').first()).toContainText(
      translate('nl', 'participant.results.dots', { count: 3 }),
    );
    await expect(results.getByRole('listitem').filter({ hasText: idea })).toContainText(
      translate('nl', 'participant.results.dots', { count: 2 }),
    );
    await facilitator.ok({ type: 'broadcast.send', text: 'Er is soep bij de bar' });
    await expect(cor.getByText('Er is soep bij de bar')).toBeVisible();
    await axe(cor, 'results and broadcast');
  } finally {
    facilitator.close();
  }
});
