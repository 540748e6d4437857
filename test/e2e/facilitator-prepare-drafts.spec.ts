import { TestClient } from '../../harness/client';
import { nl } from '../../client/src/i18n/nl';
import type { CreateSessionResponse } from '../../shared/protocol/api';
import { expect, test } from './fixtures';

/**
 * Issue 17 point 5: an edit in Voorbereiden that is not saved survives a tab switch, the page
 * asks before it is left, and a co-facilitator's save does not silently replace the draft.
 */

test.use({ viewport: { width: 1366, height: 768 } });

test('an unsaved edit survives a tab switch, leaving asks first, another save is announced', async ({
  page,
  server,
}) => {
  const created = await fetch(`${server.url}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ template: 'world-cafe-evening', language: 'nl' }),
  });
  const links = (await created.json()) as CreateSessionResponse;
  const other = new TestClient(server.url, { kind: 'facilitator', token: links.facilitator.split('#')[1] ?? '' });
  try {
    await other.ready();
    await page.goto(links.facilitator);
    const prepareTab = page.getByRole('button', { name: nl['cockpit.tab.prepare'] });
    await prepareTab.click();
    const general = page.getByRole('region', { name: nl['prep.general'] });
    const venue = general.getByLabel(nl['prep.venue']);
    await venue.fill('Buurthuis De Linde');
    await expect(general.getByRole('status')).toHaveText(nl['prep.unsaved']);

    // To the cockpit and back: the draft is still there, and the tab says so.
    await page.getByRole('button', { name: nl['cockpit.tab.live'] }).click();
    await expect(general).toHaveCount(0);
    await prepareTab.click();
    await expect(venue).toHaveValue('Buurthuis De Linde');
    await expect(general.getByRole('status')).toHaveText(nl['prep.unsaved']);
    await expect(prepareTab).toHaveAccessibleName(new RegExp(`\\(${nl['prep.unsaved']}\\)`));

    // Leaving the page asks first; staying keeps the draft.
    const asked = page.waitForEvent('dialog');
    await page.close({ runBeforeUnload: true });
    const dialog = await asked;
    expect(dialog.type()).toBe('beforeunload');
    await dialog.dismiss();
    await expect(venue).toHaveValue('Buurthuis De Linde');
    expect(page.isClosed()).toBe(false);

    // A co-facilitator saves the same part: the draft stays, and the form says what happened.
    const state = other.state!;
    await other.ok({
      type: 'session.update',
      title: 'Wijkavond Noord',
      date: state.date,
      venue: state.venue,
      language: state.language,
      goals: state.goals,
    });
    await expect(general.getByText(nl['prep.changedElsewhere'])).toBeVisible();
    await expect(venue).toHaveValue('Buurthuis De Linde');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wijkavond Noord');
    if (process.env.SCREENSHOTS_DIR !== undefined)
      await page.screenshot({ path: `${process.env.SCREENSHOTS_DIR}/prepare-changed-elsewhere.png` });
    // Undo shows the other's version; then nothing is left to save and leaving asks nothing.
    await general.getByRole('button', { name: nl['prep.undo'] }).click();
    await expect(general.getByLabel(nl['prep.title'])).toHaveValue('Wijkavond Noord');
    await expect(venue).toHaveValue(state.venue);
    await expect(general.getByText(nl['prep.changedElsewhere'])).toHaveCount(0);
    await expect(prepareTab).not.toHaveAccessibleName(new RegExp(`\\(${nl['prep.unsaved']}\\)`));

    // A saved edit leaves no draft behind: the page reloads without a question.
    await venue.fill('De Linde');
    await general.getByRole('button', { name: nl['prep.save'] }).click();
    await expect(general.getByRole('status')).toHaveText(nl['prep.saved']);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.type());
      void d.dismiss();
    });
    const closed = page.waitForEvent('close');
    await page.close({ runBeforeUnload: true });
    await closed;
    expect(dialogs).toEqual([]);
  } finally {
    other.close();
  }
});
