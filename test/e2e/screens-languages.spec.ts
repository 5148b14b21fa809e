/**
 * Every screen and the prompt window in German and in the pseudo-locale (every word accented, about 40 %
 * longer, in brackets), in both themes, at 1280×800 and at the smallest dashboard window (720×520):
 * screenshots under test-results/screens/ to look at, no page-wide horizontal overflow, axe clean, and in
 * the pseudo-locale no heading, navigation link or button left untranslated.
 */
import type { Page } from '@playwright/test';
import { contentIn } from '../../shared/content/i18n/catalogues';
import { expect, test } from './fixtures';
import { expectNoSeriousA11yIssues, onboardDirectly, PROMPT_WINDOW, saveScreenshot } from './helpers';

const themes = ['light', 'dark'] as const;
const sizes = [
  { name: '1280', width: 1280, height: 800 },
  // The dashboard window's minimum size (main/platform/electron/windows.ts).
  { name: 'min', width: 720, height: 520 },
] as const;
const languages = [
  { name: 'de', browserLocale: 'de-DE', query: '' },
  { name: 'pseudo', browserLocale: 'en-GB', query: '?lang=pseudo' },
] as const;

const screens = [
  ['today', '#/today'],
  ['history-week', '#/history/week/2026-11-23'],
  ['routines', '#/routines'],
  ['routine-detail', '#/routines/desk-seated-cat-cow'],
  ['pacing', '#/pacing'],
  ['checkin', '#/checkin'],
  ['plan', '#/plan'],
  ['report', '#/report'],
  ['tips', '#/tips'],
  ['settings', '#/settings'],
  ['safety', '#/safety'],
] as const;

/** The page scrolls sideways only if something is wider than the window: text that did not wrap. */
async function expectNoSidewaysOverflow(page: Page, label: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${label}: wider than the window by ${overflow}px`).toBeLessThanOrEqual(0);
}

/** The routines' German titles, from the reviewed translation. */
const germanTitles = contentIn('de').routines.map((r) => r.title);

/**
 * Weekday names and dates come from Intl in the locale's own words (English under the pseudo-locale), not
 * the catalogue: the week on show (Mon 23 – Sun 29 Nov 2026) as weekdays alone and with day and month.
 */
const intlWords = new Set(
  [22, 23, 24, 25, 26, 27, 28, 29].flatMap((d) =>
    (
      [
        { weekday: 'long' },
        { weekday: 'short' },
        { weekday: 'short', day: 'numeric', month: 'short' },
        { weekday: 'long', day: 'numeric', month: 'long' },
      ] as const
    ).map((style) =>
      new Intl.DateTimeFormat('en-GB', { ...style, timeZone: 'UTC' }).format(Date.UTC(2026, 10, d, 12)),
    ),
  ),
);

/**
 * In the pseudo-locale every word of the interface and of the content (routines, tips, safety texts, which
 * are pseudo-localised from the English content) is in brackets; one without came from neither.
 */
async function expectAllPseudo(page: Page, label: string): Promise<void> {
  const texts = await page
    .locator('h1, h2, h3, nav a, main a, button, label, li')
    .evaluateAll((els) => els.map((el) => (el.textContent ?? '').trim()));
  const plain = texts.filter((text) => /\p{L}/u.test(text) && !text.includes('[') && !intlWords.has(text));
  expect(plain, `${label}: words not from the catalogue`).toEqual([]);
}

for (const language of languages) {
  test.describe(`${language.name}`, () => {
    test.use({ locale: language.browserLocale });

    for (const theme of themes) {
      test(`every screen in ${language.name}, ${theme}, at 1280×800 and the smallest window`, async ({
        page,
        host,
        advance,
      }) => {
        test.setTimeout(300_000);
        await onboardDirectly(host);
        host.control.idle = 0;
        await advance(47);
        await page.emulateMedia({ colorScheme: theme });
        for (const size of sizes) {
          await page.setViewportSize({ width: size.width, height: size.height });
          for (const [name, hash] of screens) {
            await page.goto(`${host.url}/${language.query}${hash}`);
            await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
            await expect(page.getByRole('status').filter({ hasText: /…/ })).toHaveCount(0);
            const label = `${name} ${language.name} ${theme} ${size.name}`;
            await saveScreenshot(page, `lang-${language.name}-${name}-${theme}-${size.name}`);
            await expectNoSidewaysOverflow(page, label);
            if (language.name === 'pseudo') await expectAllPseudo(page, label);
            // The content speaks the language too (its German words, from shared/content/i18n/de.ts).
            if (language.name === 'de' && name === 'routine-detail')
              await expect(page.getByRole('heading', { level: 1 })).toHaveText('Katze-Kuh im Sitzen');
            if (language.name === 'de' && name === 'safety')
              await expect(page.getByRole('heading', { name: 'Bevor du anfängst' })).toBeVisible();
            // axe once per screen and theme: the size does not change names, roles or contrast.
            if (size.name === '1280') await expectNoSeriousA11yIssues(page, label);
          }
        }
      });

      test(`the prompt window in ${language.name}, ${theme}`, async ({ page, host, advance }) => {
        await onboardDirectly(host);
        await page.emulateMedia({ colorScheme: theme });
        await page.setViewportSize(PROMPT_WINDOW);
        await page.goto(`${host.url}/prompt.html${language.query}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        host.control.idle = 0;
        await advance(30);
        await expect(page.getByTestId('prompt')).toBeVisible();
        // The suggested routine comes from main in the language (pseudo: made here from it).
        const suggested = (await page.locator('.routine-suggestion strong').textContent()) ?? '';
        if (language.name === 'de') expect(germanTitles).toContain(suggested);
        else expect(suggested).toMatch(/^\[.*\]$/);
        const label = `prompt ${language.name} ${theme}`;
        await saveScreenshot(page, `lang-${language.name}-prompt-due-${theme}`);
        await expectNoSidewaysOverflow(page, label);
        if (language.name === 'pseudo') await expectAllPseudo(page, label);
        await expectNoSeriousA11yIssues(page, label);
        await page.getByTestId('prompt').getByRole('button').first().click();
        await saveScreenshot(page, `lang-${language.name}-prompt-after-${theme}`);
        await expectNoSidewaysOverflow(page, `${label} after`);
      });
    }
  });
}
