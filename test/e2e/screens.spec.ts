/**
 * Every screen in both themes: a full-page screenshot saved under test-results/screens/ (to look at), no
 * serious or critical axe violations, and Safety one click away.
 */
import type { Page } from '@playwright/test';
import type { Host } from '../host/server';
import { expect, test } from './fixtures';
import { call, expectNoSeriousA11yIssues, onboardDirectly, PROMPT_WINDOW, saveScreenshot } from './helpers';

const themes = ['light', 'dark'] as const;

const dashboardScreens: { name: string; hash: string; heading: RegExp | string }[] = [
  { name: 'today', hash: '#/today', heading: 'Today' },
  { name: 'history-week', hash: '#/history/week/2026-11-23', heading: 'History' },
  { name: 'history-day', hash: '#/history/day/2026-11-23', heading: 'History' },
  { name: 'history-month', hash: '#/history/month/2026-11-01', heading: 'History' },
  { name: 'routines', hash: '#/routines', heading: 'Routines' },
  { name: 'routine-detail', hash: '#/routines/desk-seated-cat-cow', heading: 'Seated cat-cow' },
  { name: 'routine-player', hash: '#/routines/desk-seated-cat-cow/play', heading: 'Seated cat-cow' },
  { name: 'pacing', hash: '#/pacing', heading: /Pacing/ },
  { name: 'checkin', hash: '#/checkin', heading: /check-in/i },
  { name: 'tips', hash: '#/tips', heading: 'Tips & setup' },
  { name: 'settings', hash: '#/settings', heading: 'Settings' },
  { name: 'safety', hash: '#/safety', heading: 'Safety' },
];

async function look(page: Page, name: string, theme: string): Promise<void> {
  // The picture is of the finished screen: nothing still loading.
  await expect(page.getByRole('status').filter({ hasText: 'Loading…' })).toHaveCount(0);
  await saveScreenshot(page, `${name}-${theme}`);
  await expectNoSeriousA11yIssues(page, `${name} (${theme})`);
}

async function withActivity(host: Host, advance: (m: number) => Promise<void>): Promise<void> {
  host.control.idle = 0;
  await advance(47);
}

for (const theme of themes) {
  test(`onboarding in the ${theme} theme`, async ({ page, host }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(`${host.url}/`);
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Sitwise' })).toBeVisible();
    await look(page, 'onboarding-1-welcome', theme);
    await page.getByRole('button', { name: 'Next' }).click();
    await look(page, 'onboarding-2-desk', theme);
    await page.getByRole('button', { name: 'Next' }).click();
    await look(page, 'onboarding-3-hours', theme);
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByTestId('red-flags-urgent')).toBeVisible();
    await look(page, 'onboarding-4-safety', theme);
    // Safety stays one click away during first run too.
    await page.getByRole('link', { name: 'Safety and warning signs' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Safety' })).toBeVisible();
  });

  test(`every dashboard screen in the ${theme} theme`, async ({ page, host, advance }) => {
    // Twelve screens, each with a screenshot and an axe run: slow on a shared machine.
    test.setTimeout(240_000);
    await onboardDirectly(host);
    await withActivity(host, advance);
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(`${host.url}/`);
    for (const screen of dashboardScreens) {
      await page.goto(`${host.url}/${screen.hash}`);
      await expect(page.getByRole('heading', { level: 1, name: screen.heading }).first()).toBeVisible();
      await expect(page.getByTestId('header-safety')).toBeVisible();
      await expect(page.getByTestId('nav-safety')).toBeVisible();
      await look(page, screen.name, theme);
    }
    // One click from any screen reaches Safety.
    await page.goto(`${host.url}/#/history`);
    await page.getByTestId('header-safety').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Safety' })).toBeVisible();
  });

  test(`the prompt window in the ${theme} theme`, async ({ page, host, advance }) => {
    await onboardDirectly(host);
    await page.emulateMedia({ colorScheme: theme });
    await page.setViewportSize(PROMPT_WINDOW);
    await page.goto(`${host.url}/prompt.html`);
    await expect(page.getByRole('heading', { level: 1, name: 'Nothing is due right now' })).toBeVisible();
    await look(page, 'prompt-idle', theme);
    host.control.idle = 0;
    await advance(30);
    await expect(page.getByRole('heading', { level: 1, name: 'Time to stand up' })).toBeVisible();
    await look(page, 'prompt-due', theme);
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await expect(page.getByTestId('player')).toBeVisible();
    await page.getByRole('button', { name: 'Pause' }).click();
    await look(page, 'prompt-player', theme);
  });

  test(`the prompt window's catch-up after a meeting in the ${theme} theme`, async ({
    page,
    host,
    advance,
  }) => {
    await onboardDirectly(host);
    await call(host, 'settings.update', { focusDeferral: { enabled: true } });
    await page.emulateMedia({ colorScheme: theme });
    await page.setViewportSize(PROMPT_WINDOW);
    await page.goto(`${host.url}/prompt.html`);
    await expect(page.getByRole('heading', { level: 1, name: 'Nothing is due right now' })).toBeVisible();
    host.control.idle = 0;
    host.control.busy = true;
    await advance(35);
    host.control.busy = false;
    await advance(2);
    await expect(page.getByText('Your meeting is over. Here is a shorter snack.')).toBeVisible();
    await look(page, 'prompt-catchup', theme);
  });
}

for (const theme of themes) {
  test(`Today and History at 800×600 in the ${theme} theme`, async ({ page, host, advance }) => {
    await onboardDirectly(host);
    await withActivity(host, advance);
    await call(host, 'state.act', { action: 'stand' });
    await advance(12);
    await page.setViewportSize({ width: 800, height: 600 });
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(`${host.url}/#/today`);
    await expect(page.getByTestId('now-card')).toBeVisible();
    await look(page, 'today-800', theme);
    await page.goto(`${host.url}/#/history/week/2026-11-23`);
    await expect(page.getByTestId('chart-prompts')).toBeVisible();
    await look(page, 'history-800', theme);
  });
}

test('the first day shows a designed empty state, not a blank page', async ({ page, host }) => {
  await onboardDirectly(host);
  await page.goto(`${host.url}/#/today`);
  await expect(page.getByRole('heading', { name: 'Your first day with Sitwise' })).toBeVisible();
  await page.goto(`${host.url}/#/history/week/2026-11-23`);
  await expect(page.getByRole('heading', { name: 'No history yet' })).toBeVisible();
  await saveScreenshot(page, 'history-empty-light');
});

test('the theme setting overrides the system theme', async ({ page, host }) => {
  await onboardDirectly(host);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`${host.url}/#/today`);
  const light = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  await page.goto(`${host.url}/#/settings`);
  await page.getByLabel('Theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const dark = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(dark).not.toBe(light);
});
