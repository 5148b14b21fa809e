/**
 * What a person trips over in a real working day (the dashboard side): a red-flag "yes" leads its
 * screen, Safety is in the tray menu as the Safety page says, onboarding checks working hours on their
 * own step, and History keeps its figures whole at 800 × 600.
 */
import { commandOf, trayModel } from '../../main/shell/tray-model';
import { wordsFor } from '../../main/shell/words';
import { expect, test } from './fixtures';
import { call, onboardDirectly } from './helpers';

test('defect 2: a red-flag "yes" is the most prominent thing: announced, focused, what to do first', async ({
  page,
  host,
}) => {
  await onboardDirectly(host);
  await page.goto(`${host.url}/#/checkin`);
  await page.getByLabel(/Your pain on average/).fill('3');
  await page.getByLabel(/enjoying life/).fill('3');
  await page.getByLabel(/general activity/).fill('3');
  await page.getByLabel(/^Stiffness/).fill('3');
  await page.getByLabel(/^Sleep quality/).fill('5');
  await page.getByLabel(/^Confidence to move/).fill('5');
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await page
    .getByTestId('red-flags')
    .getByRole('group', { name: /numbness in your buttocks/ })
    .getByRole('radio', { name: 'Yes' })
    .check();
  await page.getByRole('button', { name: 'Finish' }).click();

  const guidance = page.getByRole('alert').filter({ hasText: 'Get help now' });
  await expect(guidance).toBeVisible();
  // Focus moved to it, so keyboard and screen-reader users land there and not on the page body.
  await expect(page.getByRole('heading', { name: 'Get help now' })).toBeFocused();
  // The action comes first, right under the heading; the symptom answered "yes" follows.
  await expect(guidance.locator('section').first().locator('p').first()).toHaveText(
    'Call your emergency number or go to an emergency department (A&E) now.',
  );
  await expect(guidance).toContainText('Numbness in your buttocks, inner thighs, groin or genitals.');
  // It is styled like the Safety page's warning card and stands above the quiet "saved" note.
  await expect(guidance.locator('section.flag-card.urgent')).toBeVisible();
  const saved = page.getByText('Check-in saved.');
  const [g, s] = await Promise.all([guidance.boundingBox(), saved.boundingBox()]);
  expect((g?.y ?? 0) < (s?.y ?? 0)).toBe(true);
  const colour = await saved.evaluate((el) => getComputedStyle(el).color);
  const okColour = await page.evaluate(() => {
    const probe = document.createElement('p');
    probe.className = 'field-status';
    probe.textContent = 'x';
    document.body.append(probe);
    const c = getComputedStyle(probe).color;
    probe.remove();
    return c;
  });
  expect(colour).not.toBe(okColour);
});

test('defect 3: the tray menu has Safety, and the Safety page says where to find it', async ({
  page,
  host,
}) => {
  await onboardDirectly(host);
  await page.goto(`${host.url}/#/today`);
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  const snapshot = host.control.tray ?? (await call(host, 'state.get'));
  const menu = trayModel(snapshot, host.clock.now(), wordsFor('en', ['en-GB'], 'UTC')).menu;
  const item = menu.find((i) => i.type === 'item' && i.id === 'safety');
  expect(item?.type === 'item' && item.label).toBe('Safety and warning signs');
  const command = commandOf(menu, 'safety');
  expect(command).toEqual({ kind: 'open', screen: 'safety' });
  // What the tray item does: main opens the dashboard on Safety.
  await call(host, 'window.open', { screen: 'safety' });
  await expect(page.getByRole('heading', { level: 1, name: 'Safety' })).toBeVisible();
  await expect(page.getByText('from the tray menu: “Safety and warning signs”')).toBeVisible();
  // And the Safety page does not send the reader to itself.
  await expect(page.getByRole('main')).not.toContainText('as shown in Safety');
});

test('defect 6: onboarding checks working hours on their own step, with one message', async ({
  page,
  host,
}) => {
  await page.goto(`${host.url}/`);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'When do you work?' })).toBeVisible();
  await page.getByLabel('Start', { exact: true }).fill('18:00');
  await page.getByLabel('End', { exact: true }).fill('09:00');
  await page.getByRole('button', { name: 'Next' }).click();

  // Still on the hours step, one plain message beside the times, nothing saved.
  await expect(page.getByRole('heading', { level: 1, name: 'When do you work?' })).toBeVisible();
  await expect(page.getByText('the start time must come before the end time')).toHaveCount(1);
  expect((await call(host, 'settings.get')).onboarded).toBe(false);

  await page.getByLabel('End', { exact: true }).fill('23:00');
  await expect(page.getByText('the start time must come before the end time')).toHaveCount(0);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('checkbox', { name: 'I have read the safety information' }).check();
  await page.getByRole('button', { name: 'Start using Sitwise' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  expect((await call(host, 'settings.get')).workingHours.ranges[0]).toEqual({ start: '18:00', end: '23:00' });
});

test('defect 8: at 800×600 History shows whole totals and whole-number prompt counts', async ({
  page,
  host,
  advance,
}) => {
  await onboardDirectly(host);
  await page.setViewportSize({ width: 800, height: 600 });
  // A long day at the desk, prompts skipped: a long total such as "18 h 30 min", a few prompts a day.
  host.control.idle = 0;
  for (let i = 0; i < 37; i++) {
    await advance(30);
    const snap = await call(host, 'state.get');
    if (snap.activePrompt) await call(host, 'state.act', { action: 'skip' });
  }
  await page.goto(`${host.url}/#/history/week/2026-11-23`);
  const sitting = page.getByTestId('total-sitting').locator('dd');
  await expect(sitting).toHaveText(/^\d+ h \d+ min$/);
  for (const dd of await page.getByTestId('totals').locator('dd').all()) {
    const clipped = await dd.evaluate((el) => el.scrollWidth > el.clientWidth);
    expect(clipped, (await dd.textContent()) ?? '').toBe(false);
  }
  const ticks = await page.getByTestId('chart-prompts').locator('.axis > g > text').allTextContents();
  expect(ticks.length).toBeGreaterThan(1);
  for (const tick of ticks) expect(tick).toMatch(/^\d+$/);
  // Days of the week not yet lived or not measured are said to be so, not shown as 0 min.
  await page.goto(`${host.url}/#/history/week/2026-11-16`);
  await expect(page.getByRole('heading', { name: 'No history yet' })).toBeVisible();
});
