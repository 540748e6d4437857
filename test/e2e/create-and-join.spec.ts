import { nl } from '../../client/src/i18n/nl';
import { TEMPLATES, templateSetup } from '../../shared/templates';
import { expect, test } from './fixtures';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('a facilitator creates a session and a participant sees the phase change live', async ({
  page,
  browser,
  server,
}) => {
  const template = TEMPLATES.find((x) => x.id === 'world-cafe-evening');
  if (template === undefined) throw new Error('the world-café template is missing');
  const agenda = templateSetup('world-cafe-evening', 'nl').agenda;
  const [first, second] = agenda;
  if (first === undefined || second === undefined) throw new Error('the template needs two phases');

  // The built client loads at `/`.
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(nl['app.name']);

  // Create a session from the world-café template.
  await page.getByRole('radio', { name: new RegExp(escapeRegExp(template.title.nl)) }).check();
  await page.getByRole('button', { name: nl['start.create'] }).click();
  const participantLink = page.getByRole('link', { name: nl['start.link.participant'], exact: true });
  await expect(participantLink).toBeVisible();
  const participantPath = await participantLink.getAttribute('href');
  expect(participantPath).toMatch(/^\/join\/[A-Z0-9]{6}$/);

  // The facilitator opens their link.
  await page.getByRole('link', { name: nl['start.link.facilitator'], exact: true }).click();
  await expect(page).toHaveURL(/\/facilitator#/);
  const startButton = page.getByRole('button', { name: nl['fac.start'] });
  await expect(startButton).toBeEnabled();

  // A participant joins on another device (a second browser context: its own storage).
  const phone = await browser.newContext({ baseURL: server.url, viewport: { width: 360, height: 740 } });
  try {
    const participant = await phone.newPage();
    await participant.goto(participantPath ?? '');
    const phaseTitle = participant.getByRole('heading', { level: 1 });
    // Before the start the page's heading is the session's title (BeforeStart), with the news that
    // it has not begun yet.
    await expect(phaseTitle).toHaveText(templateSetup('world-cafe-evening', 'nl').title);
    await expect(participant.getByText(nl['participant.before.notYet'])).toBeVisible();

    // The facilitator starts the evening: the phone shows the first phase, live.
    await startButton.click();
    await expect(phaseTitle).toHaveText(first.title);

    // And the next one.
    await page.getByRole('button', { name: nl['fac.next'] }).click();
    await expect(phaseTitle).toHaveText(second.title);
  } finally {
    await phone.close();
  }
});
