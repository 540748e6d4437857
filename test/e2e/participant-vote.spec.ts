import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { nanoid } from 'nanoid';
import { nl } from '../../client/src/i18n/nl';
import { translate } from '../../client/src/i18n/every-language';
import type { SessionState } from '../../shared/model/session';
import type { CreateSessionResponse } from '../../shared/protocol/api';
import { TestClient } from '../../harness/client';
import { expect, test } from './fixtures';

const SHOTS = process.env.SCREENSHOTS_DIR ?? null;
const fill = (text: string, vars: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k]));

test.use({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true, locale: 'nl-NL' });

/**
 * Issue 17, point 17: a phone that has used its dots, far down a long list of highlights. The
 * "+" buttons say they do nothing and why, and the "no dots left" line is on the screen, not
 * at the top of a page scrolled away.
 */
test('with no dots left the "+" buttons are disabled with the reason, shown where the person looks', async ({
  page,
  server,
}) => {
  const created = await page.request.post('/api/sessions', {
    data: { template: 'world-cafe-evening', language: 'nl' },
  });
  const links = (await created.json()) as CreateSessionResponse;
  const fac = new TestClient(server.url, { kind: 'facilitator', token: links.facilitator.split('#')[1] ?? '' });
  try {
    await fac.ready();
    const state = () => fac.state as SessionState;
    await page.goto(links.participant);
    await fac.until((s) => Object.keys(s.participants).length === 1, 'the phone joined');

    // Eight highlights: a list much longer than one phone screen.
    await fac.ok({ type: 'phase.advance', expectedPhaseId: null });
    await fac.ok({ type: 'phase.jump', phaseId: 'round-1' });
    const texts: string[] = [];
    for (let i = 0; i < 8; i++) {
      const cardId = nanoid();
      const text = `Idee ${i + 1}: een plek in de wijk waar je elkaar ontmoet`;
      texts.push(text);
      await fac.ok({ type: 'card.add', cardId, tableId: state().tables[i % 3]!.id, text });
      await fac.ok({ type: 'card.highlight', cardId, on: true });
    }
    await fac.ok({ type: 'phase.jump', phaseId: 'wrap-up' });
    await fac.ok({ type: 'voting.open' });
    const dots = state().voting.dots;
    const me = Object.keys(state().participants)[0]!;

    const vote = page.getByRole('region', { name: nl['participant.vote.title'] });
    const counter = vote.getByRole('status');
    const last = texts[texts.length - 1]!;
    const addLast = page.getByRole('button', { name: `${nl['participant.vote.add']}: ${last}` });
    await addLast.scrollIntoViewIfNeeded();
    for (let used = 1; used <= dots; used++) {
      await addLast.click();
      await fac.until((s) => (s.votes[me]?.length ?? 0) === used, `${used} dots`);
      if (used < dots)
        await expect(counter).toHaveText(translate('nl', 'participant.vote.left', { count: dots - used, dots }));
    }

    // All dots used: the line says so, on the screen the thumb is on.
    const noDots = translate('nl', 'participant.vote.limit', { count: dots });
    await expect(counter).toHaveText(noDots);
    await expect(counter).toBeInViewport();
    await expect(addLast).toBeInViewport();
    // Every "+" says it does nothing, and a screen reader hears why; the pressed one keeps the focus.
    for (const text of texts) {
      const add = page.getByRole('button', { name: `${nl['participant.vote.add']}: ${text}` });
      await expect(add).toHaveAttribute('aria-disabled', 'true');
      await expect(add).toHaveAccessibleDescription(noDots);
    }
    await expect(addLast).toBeFocused();
    if (SHOTS !== null) {
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: `${SHOTS}/phone-vote-no-dots-360.png` });
    }

    // A press (Enter on the focused "+") changes nothing and raises no error.
    await page.keyboard.press('Enter');
    await expect(vote.getByRole('alert')).toHaveText('');

    // A dot taken back: "+" works again, the counter says how many are left.
    await page.getByRole('button', { name: `${nl['participant.vote.remove']}: ${last}` }).click();
    await expect(counter).toHaveText(translate('nl', 'participant.vote.left', { count: 1, dots }));
    await fac.until((s) => s.votes[me]?.length === dots - 1, 'one dot back');
    await expect(addLast).not.toHaveAttribute('aria-disabled', 'true');

    const result = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(
      result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  } finally {
    fac.close();
  }
});
