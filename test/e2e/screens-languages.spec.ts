/**
 * Every screen and the prompt window in German and in the pseudo-locale (every word accented, about 40 %
 * longer, in brackets), in both themes, at 1280×800 and at the smallest dashboard window (720×520):
 * screenshots under test-results/screens/ to look at, no page-wide horizontal overflow or clipped text, axe
 * clean, and in the pseudo-locale no word from outside the catalogue and the translated content. The
 * flows (onboarding, History day and month, the player) are in screens-languages-flows.spec.ts.
 */
import { contentIn } from '../../shared/content/i18n/catalogues';
import { expect, test } from './fixtures';
import { expectNoSeriousA11yIssues, onboardDirectly, saveScreenshot } from './helpers';
import {
  expectAllPseudo,
  expectNoClippedText,
  expectNoSidewaysOverflow,
  languages,
  promptDue,
  sizes,
  themes,
} from './language-checks';

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

/** The routines' German titles, from the reviewed translation. */
const germanTitles = contentIn('de').routines.map((r) => r.title);

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
            await expectNoClippedText(page, label);
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
        await promptDue(page, host, advance, { theme, query: language.query, minutes: 30 });
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
