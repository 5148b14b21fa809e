/** Routines, staples, the setup checklist and keyboard use, against the real settings store. */
import { expect, test } from './fixtures';
import { call, onboardDirectly } from './helpers';

test('mark a routine as a staple; it is saved and listed under My staples', async ({ page, host }) => {
  await onboardDirectly(host);
  await page.goto(`${host.url}/#/routines`);
  await page.getByRole('link', { name: 'Knee rolls' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Knee rolls' })).toBeVisible();
  await page.getByRole('button', { name: 'Mark as staple' }).click();
  await expect(page.getByTestId('staple-status')).toHaveText('Staples updated.');
  await expect(page.getByRole('button', { name: 'Remove from staples' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const staples = (await call(host, 'settings.get')).staples;
  expect(staples).toHaveLength(1);
  await page.goto(`${host.url}/#/routines/filter/staples`);
  await expect(page.getByRole('link', { name: 'Knee rolls' })).toBeVisible();
  await expect(page.locator('.routine-card')).toHaveCount(1);
});

test('the routine player walks every step with a countdown and progress', async ({ page, host }) => {
  await onboardDirectly(host);
  await page.goto(`${host.url}/#/routines/desk-seated-cat-cow/play`);
  const player = page.getByTestId('player');
  await expect(player.getByText('Step 1 of 2')).toBeVisible();
  await expect(player.getByRole('progressbar')).toBeVisible();
  await player.getByRole('button', { name: 'Pause' }).click();
  await expect(player.getByText('Paused')).toBeVisible();
  await player.getByRole('button', { name: 'Resume' }).click();
  await player.getByRole('button', { name: 'Next step' }).click();
  await expect(player.getByText('Step 2 of 2')).toBeVisible();
  await expect(player.getByText(/8 repetitions/)).toBeVisible();
  await player.getByRole('button', { name: 'Finish' }).click();
  await expect(page.getByRole('heading', { name: 'All steps done' })).toBeVisible();
  await expect(player.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
});

test('checklist ticks are saved and come back after a reload', async ({ page, host }) => {
  await onboardDirectly(host);
  await page.goto(`${host.url}/#/tips`);
  const box = page.getByRole('checkbox', { name: 'Feet supported' });
  await box.check();
  await expect
    .poll(async () => (await call(host, 'settings.get')).checklist)
    .toContain('check-feet-supported');
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Feet supported' })).toBeChecked();
  await expect(page.getByTestId('checklist-progress')).toContainText(/^1 of \d+ in place$/);
});

test('the dashboard works from the keyboard with a visible focus', async ({ page, host }) => {
  await onboardDirectly(host);
  await page.goto(`${host.url}/#/today`);
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Tab');
  const firstNav = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' });
  await expect(firstNav).toBeFocused();
  const outline = await firstNav.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeFocused();
});

test('the navigate push from main (tray) opens the asked screen', async ({ page, host }) => {
  await onboardDirectly(host);
  await page.goto(`${host.url}/#/today`);
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await call(host, 'window.open', { screen: 'safety' });
  await expect(page.getByRole('heading', { level: 1, name: 'Safety' })).toBeVisible();
});
