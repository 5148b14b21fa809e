/** Settings against the real main side: a refused value shows main's message and is not saved; a valid one survives a restart. */
import { expect, test } from './fixtures';
import { call, onboardDirectly } from './helpers';

test('an invalid value shows the error from main and is not saved', async ({ page, host }) => {
  await onboardDirectly(host);
  await page.goto(`${host.url}/#/settings`);
  const field = page.getByLabel('Snooze length (minutes)');
  await expect(field).toHaveValue('5');
  await field.fill('99');
  await field.press('Enter');

  const group = page.getByTestId('group-prompts');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  // The message is main's zod message for snooze.minutes (max 30), shown next to the field.
  await expect(group.locator('.field-error').first()).toContainText(/30/);
  await expect(field).toHaveValue('99');
  expect((await call(host, 'settings.get')).snooze.minutes).toBe(5);

  // Fixing it clears the message and saves.
  await field.fill('12');
  await field.press('Enter');
  await expect(field).toHaveAttribute('aria-invalid', 'false');
  await expect(group.getByRole('status').first()).toHaveText('Saved');
  expect((await call(host, 'settings.get')).snooze.minutes).toBe(12);
});

test('a valid change survives a restart of the host', async ({ page, host }) => {
  await onboardDirectly(host);
  await page.goto(`${host.url}/#/settings`);
  await page.getByLabel('Away after (minutes)').fill('7');
  await page.getByLabel('Away after (minutes)').press('Tab');
  await expect(page.getByTestId('group-prompts').getByRole('status').first()).toHaveText('Saved');
  await page.getByLabel('Theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  await host.restart();
  const after = await call(host, 'settings.get');
  expect(after.awayThresholdMin).toBe(7);
  expect(after.theme).toBe('dark');

  await page.reload();
  await expect(page.getByLabel('Away after (minutes)')).toHaveValue('7');
  await expect(page.getByLabel('Theme')).toHaveValue('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('working hours with start after end are refused with main’s message', async ({ page, host }) => {
  await onboardDirectly(host);
  await page.goto(`${host.url}/#/settings`);
  const group = page.getByTestId('group-hours');
  await group.getByLabel('Start').fill('18:00');
  await group.getByLabel('Start').press('Enter');
  await expect(group.locator('.field-error').first()).toContainText('start must be before end');
  expect((await call(host, 'settings.get')).workingHours.ranges[0]?.start).toBe('09:00');
});
