/**
 * The screens behind a click, in German and the pseudo-locale, light and dark, at 1280×800 and the
 * smallest dashboard window (the prompt window at its own size): each onboarding step, History's day and
 * month views, a routine playing step by step on Routines, and the guided player in the prompt window
 * after Start. Each screenshot goes to test-results/screens/lang-*.png and passes the layout checks of
 * language-checks.ts (no sideways overflow, nothing clipped or overlapping, all words from the catalogue
 * in the pseudo-locale) and axe (German, 1280×800). Spanish and French get Today and a History week at the
 * smallest window and a sit prompt, where their posture words are longest.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { startHost } from '../host/server';
import { expect, test } from './fixtures';
import { call, onboardDirectly, PROMPT_WINDOW, saveScreenshot } from './helpers';
import {
  expectNoClippedText,
  expectNoSidewaysOverflow,
  type Language,
  languages,
  promptDue,
  type Size,
  shootAndCheck,
  sizes,
  themes,
} from './language-checks';
import { seedHistory } from './seed-history';

/** A snack with a breathing cue and a caution on its longest step: the most words a player shows. */
const ROUTINE = 'task-hip-hinge';

/**
 * axe once per view and theme, in German at the larger size: names, roles and contrast do not change with
 * the window or with the pseudo-locale's longer words, and each run takes seconds on a small machine.
 */
const axeFor = (language: Language, size: Size['name'] = '1280') => language.name === 'de' && size === '1280';

interface Walk {
  name: string;
  language: Language;
  axe: boolean;
  /** In the prompt window the step's words and every control stay in sight, the words above the pinned buttons. */
  inSight: boolean;
}

/** Pauses the player (so the screenshots hold still), then shoots each step and the finished view. */
async function walkPlayer(page: Page, { name, language, axe, inSight }: Walk): Promise<void> {
  const player = page.getByTestId('player');
  await expect(player.getByRole('progressbar')).toBeVisible();
  const actions = player.locator('.button-row .button');
  await actions.first().click();
  await expect(player.locator('.badge')).toBeVisible();
  for (let step = 1; step <= 12; step++) {
    await shootAndCheck(page, `${name}-step${step}`, { language, axe: axe && step === 1 });
    if (inSight) {
      for (const action of await actions.all()) await expect(action).toBeInViewport({ ratio: 1 });
      // The step and its dose in the window and above the pinned buttons (toBeInViewport alone does not see
      // the buttons covering them). A breathing cue or caution below them may need scrolling, and so may the
      // pseudo-locale's steps, 40 % longer than the English.
      const buttons = await player.locator('.button-row').boundingBox();
      const inView =
        language.name === 'pseudo'
          ? []
          : [player.getByTestId('player-instruction'), player.locator('.player-dose')];
      for (const words of inView) {
        await expect(words).toBeInViewport({ ratio: 1 });
        const box = await words.boundingBox();
        expect(
          (box?.y ?? 0) + (box?.height ?? 0),
          `${name} step ${step}: under the buttons`,
        ).toBeLessThanOrEqual(buttons?.y ?? 0);
      }
    }
    const counted = await player.locator('.player-step-count').textContent();
    await player.locator('.button-row .button.primary').click();
    // The last step's primary button finishes; any other moves on to a new step count.
    if ((await player.getByTestId('player-instruction').count()) === 0) break;
    await expect(player.locator('.player-step-count')).not.toHaveText(counted ?? '');
  }
  await expect(player.getByRole('heading', { level: 2 })).toBeVisible();
  await shootAndCheck(page, `${name}-finished`, { language, axe: false });
}

for (const language of languages) {
  test.describe(`${language.name}`, () => {
    test.use({ locale: language.browserLocale });

    for (const theme of themes) {
      test(`onboarding and a routine playing in ${language.name}, ${theme}`, async ({ page, host }) => {
        test.setTimeout(120_000);
        await page.emulateMedia({ colorScheme: theme });
        for (const size of sizes) {
          await page.setViewportSize({ width: size.width, height: size.height });
          const axe = axeFor(language, size.name);
          // Each load starts the setup again at its first step: nothing is saved until its last.
          await page.goto(`${host.url}/${language.query}`);
          const steps = page.locator('.steps-indicator li');
          for (let step = 0; step < 4; step++) {
            await expect(steps.nth(step)).toHaveAttribute('aria-current', 'step');
            await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
            const name = `lang-${language.name}-onboarding-${step + 1}-${theme}-${size.name}`;
            await shootAndCheck(page, name, { language, axe });
            if (step < 3) await page.locator('.onboarding-actions .button.primary').click();
          }
        }

        await onboardDirectly(host);
        for (const size of sizes) {
          await page.setViewportSize({ width: size.width, height: size.height });
          await page.goto(`${host.url}/${language.query}#/routines/${ROUTINE}`);
          await page.locator(`a.button.primary[href$="/${ROUTINE}/play"]`).click();
          const name = `lang-${language.name}-player-${theme}-${size.name}`;
          await walkPlayer(page, { name, language, axe: axeFor(language, size.name), inSight: false });
        }
      });

      test(`History's day and month in ${language.name}, ${theme}`, async ({ page }) => {
        const dataDir = mkdtempSync(join(tmpdir(), 'sitwise-lang-history-'));
        seedHistory(dataDir, {
          timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
          dayStart: '04:00',
        });
        const host = await startHost({ dataDir, clock: 'fake', startAt: Date.parse('2026-11-24T09:00:00Z') });
        try {
          await onboardDirectly(host);
          await page.emulateMedia({ colorScheme: theme });
          for (const size of sizes) {
            await page.setViewportSize({ width: size.width, height: size.height });
            for (const [view, path] of [
              ['day', 'day/2026-11-20'],
              ['month', 'month/2026-11-01'],
            ] as const) {
              await page.goto(`${host.url}/${language.query}#/history/${path}`);
              await expect(page.getByTestId('period-title')).toBeVisible();
              await expect(page.getByRole('status').filter({ hasText: /…/ })).toHaveCount(0);
              const name = `lang-${language.name}-history-${view}-${theme}-${size.name}`;
              await shootAndCheck(page, name, { language, axe: axeFor(language, size.name) });
            }
          }
        } finally {
          await host.close();
        }
      });

      test(`the guided player in the prompt window in ${language.name}, ${theme}`, async ({
        page,
        host,
        advance,
      }) => {
        const prompt = await promptDue(page, host, advance, { theme, query: language.query, minutes: 31 });
        // Start: the first, primary action.
        await prompt.locator('.prompt-actions .button.primary').click();
        const name = `lang-${language.name}-prompt-player-${theme}`;
        await walkPlayer(page, { name, language, axe: axeFor(language), inSight: true });
      });
    }
  });
}

test('Today, a History week and a sit prompt in Spanish and French at the smallest window', async ({
  page,
  host,
  advance,
}) => {
  await onboardDirectly(host);
  host.control.idle = 0;
  await advance(47);
  await page.setViewportSize({ width: sizes[1].width, height: sizes[1].height });
  for (const locale of ['es', 'fr'] as const) {
    await call(host, 'settings.update', { locale });
    for (const [view, hash] of [
      ['today', '#/today'],
      ['history-week', '#/history/week/2026-11-23'],
    ] as const) {
      await page.goto(`${host.url}/${hash}`);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: /…/ })).toHaveCount(0);
      const name = `lang-${locale}-${view}-light-min`;
      await saveScreenshot(page, name);
      await expectNoSidewaysOverflow(page, name);
      await expectNoClippedText(page, name);
    }
  }
  // A sit prompt in the prompt window: its posture button carries the longest posture words.
  await call(host, 'state.act', { action: 'stand' });
  await advance(16);
  await page.setViewportSize(PROMPT_WINDOW);
  for (const locale of ['es', 'fr'] as const) {
    await call(host, 'settings.update', { locale });
    await page.goto(`${host.url}/prompt.html`);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    const prompt = page.getByTestId('prompt');
    await expect(prompt.locator('.prompt-actions .button.quiet')).toBeVisible();
    const name = `lang-${locale}-prompt-sit-light`;
    await saveScreenshot(page, name);
    await expectNoClippedText(page, name);
    for (const action of await prompt.locator('.prompt-actions .button').all())
      await expect(action).toBeInViewport({ ratio: 1 });
  }
});
