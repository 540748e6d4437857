import { nl as appNl } from '../../client/src/i18n/nl';
import { facilitatorNl as nl } from '../../client/src/i18n/parts/facilitator';
import type { CreateSessionResponse } from '../../shared/protocol/api';
import { PROTOCOL_VERSION } from '../../shared/protocol/version';
import { connectError, TestClient } from '../../harness/client';
import { expect, test } from './fixtures';

const secretOf = (link: string) => link.slice(link.indexOf('#') + 1);

test.use({ viewport: { width: 1366, height: 768 } });

test('the cockpit closes the door to new phones and removes who did nothing', async ({ page, browser, server }) => {
  const res = await fetch(`${server.url}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ template: 'world-cafe-evening', language: 'nl' }),
  });
  const links = (await res.json()) as CreateSessionResponse;
  const tableId = links.hosts[0]!.tableId;
  const fac = new TestClient(server.url, { kind: 'facilitator', token: secretOf(links.facilitator) });
  const active = new TestClient(server.url, { kind: 'participant', joinCode: links.joinCode });
  const idle = [1, 2].map(() => new TestClient(server.url, { kind: 'participant', joinCode: links.joinCode }));
  try {
    await Promise.all([fac, active, ...idle].map((c) => c.ready()));
    await active.ok({ type: 'tables.pick', picks: [tableId] });
    await page.goto(links.facilitator);
    const door = page.getByRole('region', { name: nl['door.title'] });
    await expect(door.getByText(nl['door.isOpen'])).toBeVisible();

    await door.getByRole('button', { name: nl['door.close'] }).click();
    await expect(door.getByText(nl['door.isClosed'])).toBeVisible();
    const join = { protocol: PROTOCOL_VERSION, credential: { kind: 'participant', joinCode: links.joinCode } };
    expect((await connectError(server.url, join)).code).toBe('DOOR_CLOSED');
    // A new phone scanning the QR code is told in plain words.
    const phone = await browser.newContext({ baseURL: server.url });
    try {
      const p = await phone.newPage();
      await p.goto(`/join/${links.joinCode}`);
      await expect(p.getByText(appNl['conn.refused.doorClosed'])).toBeVisible();
    } finally {
      await phone.close();
    }

    await expect(door.getByText(nl['door.inactive'].replace('{count}', '2'))).toBeVisible();
    await door.getByRole('button', { name: nl['door.remove'] }).click();
    await door.getByRole('button', { name: nl['door.removeConfirm'] }).click();
    await fac.until((s) => Object.keys(s.participants).length === 1, 'only the active participant left');
    await expect(door.getByText(nl['door.inactive'].replace('{count}', '0'))).toBeVisible();
    expect(Object.keys(fac.state!.participants)).toEqual([
      active.welcome!.actor.role === 'participant' ? active.welcome!.actor.participantId : '',
    ]);

    await door.getByRole('button', { name: nl['door.open'] }).click();
    await expect(door.getByText(nl['door.isOpen'])).toBeVisible();
  } finally {
    for (const c of [fac, active, ...idle]) c.close();
  }
});
