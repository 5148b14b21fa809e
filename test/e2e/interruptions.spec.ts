/**
 * Prompts that respect the moment, on the real app: a prompt held for a call shows on Today with its reason
 * and delay; three skips in a row bring Today's gentler-schedule suggestion, which changes nothing until the
 * user confirms. Settings: the calendar (a file here: no network in tests) with its preview and the
 * one-network-call statement, and the keyboard shortcuts group.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { call, expectNoSeriousA11yIssues, onboardDirectly, saveScreenshot, screensDir } from './helpers';

test('a prompt held for a call, then three skips: Today shows the hold and offers a gentler schedule', async ({
  page,
  host,
  advance,
}) => {
  await onboardDirectly(host);
  host.control.idle = 0;
  // A call from 09:25 to 09:40: the stand prompt due at 09:30 waits, then comes once.
  await advance(25);
  host.control.context.call = true;
  await advance(7);
  expect((await call(host, 'state.get')).activePrompt?.state).toBe('deferred');
  await advance(8);
  host.control.context.call = false;
  await advance(2);
  const shown = (await call(host, 'state.get')).activePrompt;
  expect(shown?.state).toBe('shown');

  // Skip it and the next ones of the same kind until the engine reports the streak.
  let streak = null;
  for (let i = 0; i < 60 && streak === null; i++) {
    const st = await call(host, 'state.get');
    if (st.activePrompt?.state === 'shown') await call(host, 'state.act', { action: 'skip' });
    streak = (await call(host, 'state.get')).skippedInRow;
    if (streak === null) await advance(5);
  }
  expect(streak?.count).toBe(3);
  const before = await call(host, 'settings.get');

  await page.goto(`${host.url}/`);
  const held = page.getByTestId('prompts-held-line');
  await expect(held).toContainText('1 prompt waited for a better moment (a call: 1).');
  await expect(held).toContainText(/came \d+ min later \(median\)|came \d+ s later \(median\)/);

  const card = page.getByTestId('gentler-card');
  await expect(card).toContainText('You skipped the last 3');
  await expect(card).toContainText('Suggested: sit 40 min, stand 15 min, move 2 min.');
  await saveScreenshot(page, 'today-gentler-offer');
  await expectNoSeriousA11yIssues(page, 'today with the gentler offer');

  // Asking is not changing: the schedule stays until the user says yes.
  await card.getByRole('button', { name: 'Use this schedule…' }).click();
  await expect(card).toContainText(
    'Change your schedule from sit 30 min, stand 15 min, move 2 min to sit 40 min, stand 15 min, move 2 min?',
  );
  expect((await call(host, 'settings.get')).schedule).toEqual(before.schedule);
  await saveScreenshot(page, 'today-gentler-confirm');
  await card.getByRole('button', { name: 'Keep my schedule' }).click();
  expect((await call(host, 'settings.get')).schedule).toEqual(before.schedule);

  await card.getByRole('button', { name: 'Use this schedule…' }).click();
  await card.getByRole('button', { name: 'Yes, change it' }).click();
  await expect(card).toHaveCount(0);
  expect((await call(host, 'settings.get')).schedule).toEqual({
    preset: 'custom',
    custom: { sitMin: 40, standMin: 15, moveMin: 2 },
  });

  // History shows the same for the day, and for the week around it.
  await page.goto(`${host.url}/#/history/day/2026-11-23`);
  await expect(page.getByTestId('prompts-held-line')).toContainText(
    '1 prompt waited for a better moment (a call: 1).',
  );
  await page.goto(`${host.url}/#/history`);
  await expect(page.getByTestId('prompts-held-line')).toContainText(
    '1 prompt waited for a better moment (a call: 1).',
  );
  await saveScreenshot(page, 'history-week-held');
});

test('Settings: the calendar from a file shows its next busy events; keyboard shortcuts say where they stand', async ({
  page,
  host,
}) => {
  await onboardDirectly(host);
  const now = host.clock.now();
  const stamp = (ms: number) =>
    new Date(ms)
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d{3}/, '');
  const file = join(host.dataDir, 'work.ics');
  writeFileSync(
    file,
    [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Test//EN',
      'BEGIN:VEVENT',
      'UID:a@test',
      `DTSTAMP:${stamp(now)}`,
      `DTSTART:${stamp(now + 2 * 3_600_000)}`,
      `DTEND:${stamp(now + 2.5 * 3_600_000)}`,
      'SUMMARY:Design review',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:b@test',
      `DTSTAMP:${stamp(now)}`,
      `DTSTART:${stamp(now + 3 * 3_600_000)}`,
      `DTEND:${stamp(now + 4 * 3_600_000)}`,
      'SUMMARY:Lunch (free)',
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n'),
  );
  await page.goto(`${host.url}/#/settings`);
  const part = page.getByTestId('calendar-part');
  await expect(part).toContainText('This is the one network call Sitwise makes, and only when this is on');
  await expect(part).toContainText('Off.');

  // A plain http address is refused in words, and nothing is saved.
  const field = part.getByLabel('Calendar address or file');
  await field.fill('http://calendar.example.org/a.ics');
  await field.press('Enter');
  await expect(part.locator('.field-error')).toHaveText([
    'Not saved: give an https:// or webcal:// address, or the full path to an .ics file.',
  ]);
  expect((await call(host, 'settings.get')).calendar.source).toBe('');

  await field.fill(file);
  await field.press('Enter');
  await part.getByLabel('Use my calendar').check();
  const upcoming = part.getByTestId('calendar-upcoming');
  await expect(upcoming.locator('li')).toHaveCount(1);
  await expect(upcoming).toContainText('Design review');
  await expect(part).toContainText('Last read at');
  await part.screenshot({ path: join(screensDir, 'settings-calendar-part.png') });

  // The engine knows the busy time (start and end only).
  const busyStart = now + 2 * 3_600_000;
  const state = await call(host, 'state.get');
  expect(JSON.stringify(state)).not.toContain('Design review');
  expect(state.nextPrompt === null || state.nextPrompt.dueAt <= busyStart).toBe(true);

  // A file that goes missing is an error in plain words; tracking goes on.
  await field.fill(join(host.dataDir, 'gone.ics'));
  await field.press('Enter');
  await expect(part).toContainText('Could not read the calendar: there is no file at this path.');

  const keys = page.getByTestId('group-shortcuts');
  await keys.getByLabel('Use keyboard shortcuts').check();
  await expect(keys.getByLabel('I stood up')).toHaveValue('CommandOrControl+Alt+Up');
  await expect(keys).toContainText('Now: not available on this system');
  await keys.getByLabel('I stood up').fill('Alt+Banana');
  await keys.getByLabel('I stood up').press('Enter');
  await expect(keys.locator('.field-error')).toHaveText([
    'Not saved: write modifiers and one key joined by +, such as CommandOrControl+Alt+S.',
  ]);
  await keys.screenshot({ path: join(screensDir, 'settings-shortcuts-group.png') });
  await expectNoSeriousA11yIssues(page, 'settings with calendar and shortcuts');
});
