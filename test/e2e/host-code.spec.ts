import { nl } from '../../client/src/i18n/nl';
import type { CreateSessionResponse } from '../../shared/protocol/api';
import { SECRET_CODE_LENGTH } from '../../shared/protocol/ids';
import { expect, test } from './fixtures';

const fill = (text: string, vars: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k]));

test('a host opens /host, types the code from the table card and gets that table', async ({ page, server }) => {
  const response = await fetch(`${server.url}/api/sessions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ template: 'world-cafe-evening', language: 'nl' }),
  });
  const created = (await response.json()) as CreateSessionResponse;
  const table = created.hosts[1];
  if (table === undefined) throw new Error('the template has two tables');

  await page.goto('/host');
  const field = page.getByRole('textbox', { name: fill(nl['host.codeLabel'], { length: SECRET_CODE_LENGTH }) });
  // A code that is too short is refused on the spot.
  await field.fill('9YN45');
  await field.press('Enter');
  await expect(page.getByRole('alert')).toHaveText(fill(nl['host.codeInvalid'], { length: SECRET_CODE_LENGTH }));

  // Typed as people type: lower case, with a space.
  const typed = `${table.code.slice(0, 5)} ${table.code.slice(5)}`.toLowerCase();
  await field.fill(typed);
  await page.getByRole('button', { name: nl['host.codeOpen'] }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(table.title);
});
