/**
 * Languages: the dashboard follows the system's language by default, and a choice in Settings or on the
 * first setup step applies at once, without a restart, and survives one.
 */
import { expect, test } from './fixtures';
import { call, onboardDirectly, saveScreenshot } from './helpers';

test.describe('a German system', () => {
  test.use({ locale: 'de-DE' });

  test('speaks German by default, with German dates', async ({ page, host }) => {
    await onboardDirectly(host);
    await page.goto(`${host.url}/#/today`);
    await expect(page.getByRole('heading', { level: 1, name: 'Heute' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await page.goto(`${host.url}/#/settings`);
    await expect(page.getByLabel('Sprache', { exact: true })).toHaveValue('system');
    await expect(page.getByLabel('Sprache', { exact: true }).locator('option[value="system"]')).toHaveText(
      'Wie das System (Deutsch)',
    );
  });

  test('a notice from main arrives as a code and reads in German', async ({ page, host, advance }) => {
    await onboardDirectly(host);
    await page.goto(`${host.url}/#/today`);
    await expect(page.getByRole('heading', { level: 1, name: 'Heute' })).toBeVisible();
    // The system stops reporting idle time (noticed at the next idle sample): main tells the window with a
    // code, and the window words it.
    host.control.idle = null;
    await advance(20);
    expect(await call(host, 'notices.get')).toEqual([
      expect.objectContaining({ kind: 'idle-unavailable', reason: { code: 'idleUnavailable' } }),
    ]);
    const notices = page.getByRole('region', { name: 'Hinweise' });
    await expect(notices).toContainText(
      'Dieser Computer meldet keine Leerlaufzeit, deshalb kann Sitwise Pausen nicht selbst bemerken.',
    );
    await saveScreenshot(page, 'lang-de-notice');
  });
});

test('a language chosen in Settings applies at once and survives a restart', async ({ page, host }) => {
  await onboardDirectly(host);
  await page.goto(`${host.url}/#/settings`);
  await page.getByLabel('Language', { exact: true }).selectOption('fr');
  // The same screen, now in French: no reload, no restart.
  await expect(page.getByRole('heading', { level: 1, name: 'Paramètres' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  expect((await call(host, 'settings.get')).locale).toBe('fr');

  await host.restart();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Paramètres' })).toBeVisible();
  await page.getByLabel('Langue', { exact: true }).selectOption('system');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
});

test('the first setup step offers the language, and the setup follows it', async ({ page, host }) => {
  await page.goto(`${host.url}/`);
  await page.getByLabel('Language', { exact: true }).selectOption('es');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Te damos la bienvenida a Sitwise' }),
  ).toBeVisible();
  expect((await call(host, 'settings.get')).locale).toBe('es');
});
