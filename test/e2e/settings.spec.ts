/**
 * Settings against the real main side: a refused value is not saved and the field shows the saved value
 * again with a plain message; a valid one survives a restart.
 */
import { expect, test } from './fixtures';
import { call, onboardDirectly } from './helpers';

test('a refused value snaps back to the saved one, with a short plain message beside the field', async ({
  page,
  host,
}) => {
  await onboardDirectly(host);
  await page.goto(`${host.url}/#/settings`);
  const group = page.getByTestId('group-prompts');
  const field = page.getByLabel('Snooze length (minutes)');
  await expect(field).toHaveValue('5');
  await field.fill('99');
  await field.press('Enter');

  // The field shows what is saved again, and one message in plain words says why (bounds from the schema).
  await expect(field).toHaveValue('5');
  await expect(group.locator('.field-error')).toHaveText(['Not saved: use a whole number from 1 to 30.']);
  await expect(group).not.toContainText(/Invalid request|expected|snooze\./);
  expect((await call(host, 'settings.get')).snooze.minutes).toBe(5);

  // Another field of the same group: its own message, from its own bounds.
  const limit = page.getByLabel('Snoozes per prompt');
  await limit.fill('9');
  await limit.press('Tab');
  await expect(limit).toHaveValue('2');
  await expect(group.locator('.field-error')).toHaveText(['Not saved: use a whole number from 0 to 5.']);

  // Fixing it clears the message and saves.
  await field.fill('12');
  await field.press('Enter');
  await expect(group.locator('.field-error')).toHaveCount(0);
  await expect(group.getByRole('status').first()).toHaveText('Saved');
  expect((await call(host, 'settings.get')).snooze.minutes).toBe(12);
  await expect(field).toHaveValue('12');
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

test('working hours with start after end are refused in plain words and snap back', async ({
  page,
  host,
}) => {
  await onboardDirectly(host);
  await page.goto(`${host.url}/#/settings`);
  const group = page.getByTestId('group-hours');
  await group.getByLabel('Start').fill('18:00');
  await group.getByLabel('Start').press('Enter');
  await expect(group.locator('.field-error')).toHaveText([
    'Not saved: the start time must come before the end time.',
  ]);
  await expect(group.getByLabel('Start')).toHaveValue('09:00');
  expect((await call(host, 'settings.get')).workingHours.ranges[0]?.start).toBe('09:00');

  // Both times changed before focus leaves the pair are saved together.
  await group.getByLabel('Start').fill('18:00');
  await group.getByLabel('End').fill('23:00');
  await group.getByLabel('End').press('Enter');
  await expect(group.getByRole('status').first()).toHaveText('Saved');
  expect((await call(host, 'settings.get')).workingHours.ranges[0]).toEqual({ start: '18:00', end: '23:00' });
});

test('unticking every working day says what it means', async ({ page, host }) => {
  await onboardDirectly(host);
  await call(host, 'settings.update', { workingHours: { enabled: true, days: [1] } });
  await page.goto(`${host.url}/#/settings`);
  const group = page.getByTestId('group-hours');
  await group.getByRole('checkbox', { name: 'Monday' }).uncheck();
  await expect(group).toContainText('No working days are ticked');
  await expect(group).toContainText('never prompts');
  await expect.poll(async () => (await call(host, 'settings.get')).workingHours.days).toEqual([]);
});
