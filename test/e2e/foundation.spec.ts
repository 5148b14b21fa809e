import { expect, openDashboard, test } from './fixtures';

test('the dashboard shows the version it got from the real main-side handler', async ({ page, host }) => {
  const info = await host.app.dispatch('app.getInfo', undefined);
  expect(info.ok).toBe(true);
  await openDashboard(page, host);
  await expect(page.getByTestId('version')).toHaveText(/Version \d+\.\d+\.\d+/);
  const version = await page.evaluate(() => window.sitwise.invoke('app.getInfo').then((i) => i.version));
  expect(info.ok && info.value).toMatchObject({ version });
});

test('a payload that fails its schema is refused with a clear error through the bridge', async ({
  page,
  host,
}) => {
  await openDashboard(page, host);
  const refused = await page.evaluate(() =>
    window.sitwise
      .invoke('summary.day', { date: 'yesterday' })
      .then(() => 'resolved')
      .catch((e: Error) => ({ text: `${e.name}: ${e.message}`, issues: Reflect.get(e, 'issues') })),
  );
  // The broken rule crosses as a code with its key (the window words it); the message is a diagnostic.
  expect(refused).toEqual({
    text: 'IpcError: Invalid request for summary.day: date invalidDate',
    issues: [{ code: 'invalidDate', path: 'date' }],
  });
});

test('calls from another origin are refused', async ({ host, request }) => {
  const res = await request.post(`${host.url}/__ipc/app.getInfo`, {
    headers: { origin: 'http://evil.example' },
    data: {},
  });
  expect(res.status()).toBe(403);
  expect(await res.json()).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
});
