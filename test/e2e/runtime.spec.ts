/**
 * The runtime seams the journeys stand on: pages get the production preload's bridge (out/preload/index.cjs
 * on a shim of Electron speaking the host's transport), the control channel guards itself like `/__ipc`,
 * and a lunch with the lid closed reads right on Today.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { call, onboardDirectly, saveScreenshot } from './helpers';

/** Posts a control command from the page, as the control panel does. */
async function control(page: Page, name: string, body: unknown): Promise<{ status: number; json: unknown }> {
  return page.evaluate(
    async ([n, b]) => {
      const response = await fetch(`/__control/${n}`, { method: 'POST', body: JSON.stringify(b) });
      return { status: response.status, json: await response.json() };
    },
    [name, body] as const,
  );
}

test('pages run the production preload: exactly `sitwise`, with invoke and on', async ({ page, host }) => {
  await page.goto(`${host.url}/`);
  const served = await page.evaluate(async () => (await fetch('/__host/bridge.js')).text());
  const built = readFileSync(join(process.cwd(), 'out/preload/index.cjs'), 'utf8');
  expect(served).toContain(built);
  expect(await page.evaluate(() => Object.keys(window.sitwise).sort())).toEqual(['invoke', 'on']);
  const info = await page.evaluate(() => window.sitwise.invoke('app.getInfo'));
  expect(info.version).toMatch(/^\d+\.\d+\.\d+/);
});

test('the control channel refuses other origins and answers a bad body with a 400 JSON error', async ({
  page,
  host,
}) => {
  const foreign = await fetch(`${host.url}/__control/idle`, {
    method: 'POST',
    headers: { origin: 'https://evil.example' },
    body: JSON.stringify({ seconds: 999 }),
  });
  expect(foreign.status).toBe(403);
  expect(host.control.idle).toBe(0);

  await page.goto(`${host.url}/__control`);
  const broken = await page.evaluate(async () => {
    const response = await fetch('/__control/idle', { method: 'POST', body: '{"seconds":' });
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      json: await response.json(),
    };
  });
  expect(broken.status).toBe(400);
  expect(broken.type).toContain('application/json');
  expect(String(Reflect.get(broken.json, 'error'))).toContain('not JSON');
  expect((await control(page, 'idle', { seconds: -1 })).status).toBe(400);
  expect((await control(page, 'command', { command: { kind: 'format-disk' } })).status).toBe(400);
});

test('lunch with the lid closed: Today shows a fresh bout, the hour away, no prompt before 10:40', async ({
  page,
  host,
}) => {
  await onboardDirectly(host);
  await page.goto(`${host.url}/__control`);
  expect((await control(page, 'advanceTo', { at: '2026-11-23T09:10:00Z' })).status).toBe(200);
  await control(page, 'power', { event: 'suspend' });
  await control(page, 'sleep', { ms: 60 * 60_000 });
  await control(page, 'power', { event: 'resume' });
  await control(page, 'advanceTo', { at: '2026-11-23T10:26:00Z' });

  const snap = await call(host, 'state.get');
  expect(snap.boutMin).toBeLessThanOrEqual(16);
  expect(snap.activePrompt).toBeNull();
  await page.goto(`${host.url}/`);
  // The bout began at 10:10 when the lid opened (the engine's last sample may be a minute old).
  await expect(page.getByTestId('now-posture')).toContainText(/(15 min|16 min)$/);
  const day = await call(host, 'summary.day', { date: '2026-11-23' });
  expect(day.awayMin).toBeGreaterThanOrEqual(60);
  await saveScreenshot(page, 'runtime-after-lunch-sleep');

  await control(page, 'advanceTo', { at: '2026-11-23T10:39:00Z' });
  expect((await call(host, 'state.get')).activePrompt).toBeNull();
  await control(page, 'advanceTo', { at: '2026-11-23T10:41:00Z' });
  expect((await call(host, 'state.get')).activePrompt?.kind).toBe('stand');
});
