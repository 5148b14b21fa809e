/**
 * The prompt window at its real size (380 × 280, frameless): every action in sight in the prompt and in
 * the player, Escape snoozes, and a prompt leaves when the person does (screen locked, working hours over).
 */
import type { Page } from '@playwright/test';
import { trayModel } from '../../main/shell/tray-model';
import { expect, test } from './fixtures';
import { call, onboardDirectly, PROMPT_WINDOW, saveScreenshot } from './helpers';

test.use({ viewport: PROMPT_WINDOW });

/** Opens the prompt window and waits until it shows the live state (so no push is missed). */
async function openIdle(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/prompt.html`);
  await expect(page.getByRole('heading', { level: 1, name: 'Nothing is due right now' })).toBeVisible();
}

/** Nothing of the page lies below the window: the page itself never scrolls. */
async function expectFitsWindow(page: Page): Promise<void> {
  const height = await page.evaluate(() => document.scrollingElement?.scrollHeight ?? 0);
  expect(height).toBeLessThanOrEqual(PROMPT_WINDOW.height);
}

test('defect 1: at 380×280 the prompt and the player keep their actions and the step in view', async ({
  page,
  host,
  advance,
}) => {
  await onboardDirectly(host);
  await openIdle(page, host.url);
  host.control.idle = 0;
  await advance(31);
  await expect(page.getByRole('heading', { level: 1, name: 'Time to stand up' })).toBeInViewport();
  for (const name of ['Start', 'Snooze 5 min', 'Skip', 'I’m standing now']) {
    await expect(page.getByRole('button', { name, exact: true })).toBeInViewport({ ratio: 1 });
  }
  await expectFitsWindow(page);

  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await walkPlayer(page);
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByTestId('prompt-after')).toBeVisible();

  // The snack with the longest step text, its breathing cue and a caution: it still fits.
  await call(host, 'state.act', { action: 'snack-start', routineId: 'task-hip-hinge' });
  await page.reload();
  await walkPlayer(page);
});

/** Every step of the running snack: the step, its cautions and all controls in view, the page never scrolls. */
async function walkPlayer(page: Page): Promise<void> {
  const player = page.getByTestId('player');
  await expect(player).toBeVisible();
  await player.getByRole('button', { name: 'Pause' }).click();
  for (let step = 0; step < 12; step++) {
    await expect(player.getByTestId('player-instruction')).toBeInViewport({ ratio: 1 });
    const cautions = player.getByText('Take care', { exact: true });
    if ((await cautions.count()) > 0) await expect(cautions).toBeInViewport({ ratio: 1 });
    for (const name of ['Resume', 'Previous step', 'Stop']) {
      await expect(player.getByRole('button', { name })).toBeInViewport({ ratio: 1 });
    }
    await expectFitsWindow(page);
    const next = player.getByRole('button', { name: /^(Next step|Finish)$/ });
    await expect(next).toBeInViewport({ ratio: 1 });
    const last = (await next.textContent()) === 'Finish';
    await next.click();
    if (last) break;
  }
  await expect(player.getByRole('button', { name: 'Done' })).toBeInViewport({ ratio: 1 });
}

test('Escape snoozes a shown prompt, as its button says, and focus lands on what happened', async ({
  page,
  host,
  advance,
}) => {
  await onboardDirectly(host);
  await openIdle(page, host.url);
  host.control.idle = 0;
  await advance(31);
  const snooze = page.getByRole('button', { name: 'Snooze 5 min' });
  await expect(snooze).toHaveAttribute('aria-keyshortcuts', 'Escape');
  await expect(snooze).toContainText('Esc');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('prompt-after')).toBeFocused();
  expect((await call(host, 'state.get')).activePrompt).toBeNull();
});

test('defect 7: a screen lock hides the waiting prompt in the prompt window, on Today and in the tray', async ({
  page,
  context,
  host,
  advance,
}) => {
  await onboardDirectly(host);
  await openIdle(page, host.url);
  const today = await context.newPage();
  await today.goto(`${host.url}/#/today`);
  await expect(today.getByTestId('now-card')).toBeVisible();
  host.control.idle = 0;
  await advance(31);
  await expect(page.getByRole('heading', { level: 1, name: 'Time to stand up' })).toBeVisible();
  await expect(today.getByTestId('today-prompt')).toBeVisible();

  host.control.power('lock');
  await advance(45);
  await expect(page.getByTestId('prompt')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Nothing is due right now' })).toBeVisible();
  await expect(today.getByTestId('today-prompt')).toHaveCount(0);
  const tray = host.control.tray;
  expect(tray).not.toBeNull();
  if (tray) expect(trayModel(tray, host.clock.now(), 'UTC').status).not.toMatch(/^Time to/);
});

test('defect 7: the end of working hours hides a waiting prompt', async ({ page, host, advance }) => {
  await onboardDirectly(host);
  // Working hours end at 09:40 (the host starts at 09:00 UTC on a Monday).
  await call(host, 'settings.update', {
    workingHours: { enabled: true, days: [1, 2, 3, 4, 5], ranges: [{ start: '08:00', end: '09:40' }] },
  });
  await openIdle(page, host.url);
  host.control.idle = 0;
  await advance(33);
  await expect(page.getByRole('heading', { level: 1, name: 'Time to stand up' })).toBeVisible();
  await advance(12);
  await expect(page.getByTestId('prompt')).toHaveCount(0);
});

test('defect 4: an escalation snooze is told from one instant: button, confirmation and next line agree', async ({
  page,
  host,
  advance,
}) => {
  await onboardDirectly(host);
  await openIdle(page, host.url);
  host.control.idle = 0;
  // Skip the stand prompt and keep sitting until the long-sitting escalation comes.
  await advance(31);
  expect((await call(host, 'state.get')).activePrompt?.kind).toBe('stand');
  await call(host, 'state.act', { action: 'skip' });
  for (let i = 0; i < 60 && (await call(host, 'state.get')).activePrompt?.kind !== 'escalate'; i++)
    await advance(1);
  await expect(page.getByRole('heading', { level: 1, name: 'A long stretch of sitting' })).toBeVisible();

  const button = page.getByRole('button', { name: /^Snooze/ });
  const label = (await button.getAttribute('aria-keyshortcuts')) ? ((await button.textContent()) ?? '') : '';
  const before = host.clock.now();
  await button.click();
  const after = page.getByTestId('prompt-after');
  await expect(after).toHaveText(/^Snoozed\. The prompt comes back in \d+ minutes\.$/);
  const minutes = Number(((await after.textContent()) ?? '').match(/in (\d+) minutes/)?.[1]);
  const dueAgain = (await call(host, 'state.get')).nextPrompt?.dueAt ?? 0;
  expect(dueAgain - before).toBe(minutes * 60_000);
  const clock = new Date(dueAgain).toISOString().slice(11, 16);
  await expect(page.getByText(`The next prompt is due around ${clock}.`)).toBeVisible();
  // The button named the same length, or none at all; never a different one.
  const named = label.match(/Snooze (\d+) min/);
  if (named) expect(Number(named[1])).toBe(minutes);
});

test('after a snack that answered a stand prompt, the window asks "sitting or standing?" in view, once', async ({
  page,
  host,
  advance,
}) => {
  await onboardDirectly(host);
  await openIdle(page, host.url);
  host.control.idle = 0;
  await advance(31);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  const player = page.getByTestId('player');
  await expect(player).toBeVisible();
  for (let step = 0; step < 12; step++) {
    const next = player.getByRole('button', { name: /^(Next step|Finish)$/ });
    if ((await next.count()) === 0) break;
    await next.click();
  }
  await page.getByRole('button', { name: 'Done' }).click();
  const question = page.getByTestId('prompt-ask-posture');
  await expect(question).toContainText('Sitting or standing now?');
  for (const name of ['I’m sitting', 'I’m standing']) {
    await expect(question.getByRole('button', { name })).toBeInViewport({ ratio: 1 });
  }
  await expect(page.getByRole('button', { name: 'Close this window' })).toBeInViewport({ ratio: 1 });
  await expectFitsWindow(page);
  await saveScreenshot(page, 'prompt-ask-posture');
  await question.getByRole('button', { name: 'I’m standing' }).click();
  await expect(question).toHaveCount(0);
  expect(await call(host, 'state.get')).toMatchObject({ posture: 'standing', askPosture: false });
});

test('the optional heads-up: a line on Today a minute before the prompt, none while it is off', async ({
  context,
  host,
  advance,
}) => {
  await onboardDirectly(host);
  const today = await context.newPage();
  await today.setViewportSize({ width: 1280, height: 800 });
  await today.goto(`${host.url}/#/today`);
  await expect(today.getByTestId('now-card')).toBeVisible();
  host.control.idle = 0;
  await advance(29.5);
  await expect(today.getByTestId('next-prompt')).toBeVisible();
  await expect(today.getByTestId('heads-up')).toHaveCount(0);
  await advance(1);
  await call(host, 'settings.update', { headsUp: { enabled: true } });
  await call(host, 'state.act', { action: 'skip' });
  // The next prompt (the long-sitting one) comes at 60 minutes; its heads-up at 59.
  await advance(28.5);
  await expect(today.getByTestId('heads-up')).toContainText('a prompt comes in about a minute');
  await saveScreenshot(today, 'today-heads-up');
  await advance(1);
  await expect(today.getByTestId('heads-up')).toHaveCount(0);
  await expect(today.getByTestId('today-prompt')).toBeVisible();
});
