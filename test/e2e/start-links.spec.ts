import { nl } from '../../client/src/i18n/nl';
import { expect, test } from './fixtures';

test('after creating, the links get focus, a second create is refused and a link copies', async ({
  page,
  context,
  server,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  // A laptop screen: the links then land below the fold.
  await page.setViewportSize({ width: 1366, height: 768 });
  let creates = 0;
  page.on('request', (req) => {
    if (req.method() === 'POST' && new URL(req.url()).pathname === '/api/sessions') creates += 1;
  });
  await page.goto('/');

  const create = page.getByRole('button', { name: nl['start.create'], exact: true });
  await create.dblclick();
  const linksTitle = page.getByRole('heading', { name: nl['start.links'] });
  await expect(linksTitle).toBeFocused();
  await expect(linksTitle).toBeInViewport();
  await expect(create).toBeDisabled();
  expect(creates).toBe(1);

  const participant = page.getByRole('link', { name: nl['start.link.participant'], exact: true });
  const path = await participant.getAttribute('href');
  await page
    .getByRole('button', { name: nl['start.copyLink'].replace('{name}', nl['start.link.participant']) })
    .click();
  await expect(page.getByText(nl['start.copied'])).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^http:\/\//);
  expect(new URL(copied).pathname).toBe(path);

  // Another meeting is a deliberate choice, not a second click.
  await page.getByRole('button', { name: nl['start.another'] }).click();
  await expect(create).toBeEnabled();
  await expect(participant).toBeHidden();
});
