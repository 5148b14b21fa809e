/**
 * The layout checks of the language screenshots: the languages, themes and window sizes they run in, no
 * page-wide sideways overflow, no text cut off by its box or spilling out of its button, no two controls on
 * top of each other, and in the pseudo-locale no word from outside the catalogue.
 */
import type { Locator, Page } from '@playwright/test';
import type { Host } from '../host/server';
import { expect } from './fixtures';
import { expectNoSeriousA11yIssues, onboardDirectly, PROMPT_WINDOW, saveScreenshot } from './helpers';

export const themes = ['light', 'dark'] as const;
export type Theme = (typeof themes)[number];

export const sizes = [
  { name: '1280', width: 1280, height: 800 },
  // The dashboard window's minimum size (main/platform/electron/windows.ts).
  { name: 'min', width: 720, height: 520 },
] as const;
export type Size = (typeof sizes)[number];

export const languages = [
  { name: 'de', browserLocale: 'de-DE', query: '' },
  { name: 'pseudo', browserLocale: 'en-GB', query: '?lang=pseudo' },
] as const;
export type Language = (typeof languages)[number];

/**
 * Onboarded, the prompt window open at its own size in a language and theme, and time moved on until the
 * first prompt shows (`minutes` at the keyboard): the shown prompt.
 */
export async function promptDue(
  page: Page,
  host: Host,
  advance: (minutes: number) => Promise<void>,
  options: { theme: Theme; query: string; minutes: number },
): Promise<Locator> {
  await onboardDirectly(host);
  await page.emulateMedia({ colorScheme: options.theme });
  await page.setViewportSize(PROMPT_WINDOW);
  await page.goto(`${host.url}/prompt.html${options.query}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  host.control.idle = 0;
  await advance(options.minutes);
  const prompt = page.getByTestId('prompt');
  await expect(prompt).toBeVisible();
  return prompt;
}

/** The page scrolls sideways only if something is wider than the window: text that did not wrap. */
export async function expectNoSidewaysOverflow(page: Page, label: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${label}: wider than the window by ${overflow}px`).toBeLessThanOrEqual(0);
}

/**
 * Weekday names and dates come from Intl in the locale's own words (English under the pseudo-locale), not
 * the catalogue: every day the seeded journeys show (28 Sep – 30 Nov 2026), as weekdays alone, with day and
 * month, with the year, and each month with its year.
 */
const intlWords = new Set(
  Array.from({ length: 64 }, (_, i) => Date.UTC(2026, 8, 28 + i, 12)).flatMap((at) =>
    (
      [
        { weekday: 'long' },
        { weekday: 'short' },
        { weekday: 'short', day: 'numeric', month: 'short' },
        { weekday: 'long', day: 'numeric', month: 'long' },
        { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
        { month: 'long', year: 'numeric' },
      ] as const
    ).map((style) => new Intl.DateTimeFormat('en-GB', { ...style, timeZone: 'UTC' }).format(at)),
  ),
);

/**
 * In the pseudo-locale every word of the interface and of the content (routines, tips, safety texts, which
 * are pseudo-localised from the English content) is in brackets; one without came from neither.
 */
export async function expectAllPseudo(page: Page, label: string): Promise<void> {
  const texts = await page
    .locator('h1, h2, h3, nav a, main a, button, label, li')
    .evaluateAll((els) => els.map((el) => (el.textContent ?? '').trim()));
  const plain = texts.filter((text) => /\p{L}/u.test(text) && !text.includes('[') && !intlWords.has(text));
  expect(plain, `${label}: words not from the catalogue`).toEqual([]);
}

/**
 * Text that the reader cannot see whole: a box that hides its overflow with more text than fits, a button
 * whose words run past its edge, or two controls drawn over each other. Visually hidden text (1 px boxes),
 * form fields (their value scrolls inside them) and drawings are left out; 1 px of rounding is allowed.
 */
export async function expectNoClippedText(page: Page, label: string): Promise<void> {
  const problems = await page.evaluate(() => {
    const out: string[] = [];
    const name = (el: Element): string => {
      const classes =
        typeof el.className === 'string' ? el.className.trim().split(/\s+/).filter(Boolean) : [];
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50);
      return `${el.tagName.toLowerCase()}${classes.map((c) => `.${c}`).join('')} "${text}"`;
    };
    const shown = (el: HTMLElement): boolean => {
      const style = getComputedStyle(el);
      return style.visibility !== 'hidden' && el.clientWidth > 1 && el.clientHeight > 1;
    };
    const hides = (value: string) => value === 'hidden' || value === 'clip';
    const controls: { el: Element; rect: DOMRect }[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (el.closest('svg, input, textarea, select, option')) continue;
      if (!/\p{L}/u.test(el.textContent ?? '') || !shown(el)) continue;
      const style = getComputedStyle(el);
      if (hides(style.overflowX) && el.scrollWidth > el.clientWidth + 1)
        out.push(`cut off at the side: ${name(el)}`);
      if (hides(style.overflowY) && el.scrollHeight > el.clientHeight + 1)
        out.push(`cut off below: ${name(el)}`);
      const isControl = el.matches('button, a.button, [role="button"], summary');
      if (isControl && el.scrollWidth > el.clientWidth + 1)
        out.push(`text wider than its button: ${name(el)}`);
      if (isControl) controls.push({ el, rect: el.getBoundingClientRect() });
    }
    for (const [i, a] of controls.entries()) {
      for (const b of controls.slice(i + 1)) {
        if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
        const w = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
        const h = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
        if (w > 1 && h > 1) out.push(`overlap: ${name(a.el)} and ${name(b.el)}`);
      }
    }
    return out;
  });
  expect(problems, `${label}: clipped or overlapping text`).toEqual([]);
}

export interface ShotOptions {
  language: Language;
  /** axe once per screen and theme: a window size does not change names, roles or contrast. */
  axe: boolean;
}

/** Saves `test-results/screens/<name>.png` and runs every layout check (and axe when asked) on the page. */
export async function shootAndCheck(page: Page, name: string, options: ShotOptions): Promise<void> {
  await saveScreenshot(page, name);
  await expectNoSidewaysOverflow(page, name);
  await expectNoClippedText(page, name);
  if (options.language.name === 'pseudo') await expectAllPseudo(page, name);
  if (options.axe) await expectNoSeriousA11yIssues(page, name);
}
