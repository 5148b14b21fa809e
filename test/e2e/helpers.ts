/** Helpers for the renderer journeys: onboarding, the prompt window, the journal on disk, axe and screenshots. */
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import type { InvokeChannel, RequestOf, ResponseOf } from '../../shared/ipc';
import type { Host } from '../host/server';
import { expect } from './fixtures';

/** Calls the app exactly as a page would, failing the test with main's message when the call fails. */
export async function call<C extends InvokeChannel>(
  host: Host,
  channel: C,
  payload?: RequestOf<C>,
): Promise<ResponseOf<C>> {
  const result = await host.app.dispatch(channel, payload);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
  return result.value as ResponseOf<C>;
}

/** Walks the first-run screens with the keyboard-reachable controls a person would use. */
export async function onboardThroughUi(page: Page, host: Host): Promise<void> {
  await page.goto(`${host.url}/`);
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Sitwise' })).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('radio', { name: /back-friendly 30:15/ }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'When do you work?' })).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByTestId('disclaimer')).toBeVisible();
  await expect(page.getByTestId('red-flags-urgent')).toBeVisible();
  await page.getByRole('checkbox', { name: 'I have read the safety information' }).check();
  await page.getByRole('button', { name: 'Start using Sitwise' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
}

/** Marks onboarding done through the settings channel, for tests about other screens. */
export async function onboardDirectly(host: Host): Promise<void> {
  await call(host, 'settings.update', { onboarded: true });
}

/**
 * The size main opens the prompt window at (PROMPT_SIZE in main/platform/electron/windows.ts: frameless,
 * not resizable). Prompt-window journeys run at this size, not at a desktop browser's.
 */
export const PROMPT_WINDOW = { width: 380, height: 280 } as const;

export async function openPromptWindow(context: BrowserContext, host: Host): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(PROMPT_WINDOW);
  await page.goto(`${host.url}/prompt.html`);
  return page;
}

/** Every journal line (`{v, seq, rec}`) under the data folder, quarantined files left out. */
export function journalRecords(dataDir: string): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'quarantine') walk(path);
      } else if (name.endsWith('.jsonl')) {
        for (const line of readFileSync(path, 'utf8').split('\n')) {
          if (!line.trim()) continue;
          try {
            const value: unknown = JSON.parse(line);
            if (typeof value === 'object' && value !== null && !Array.isArray(value))
              out.push(value as Record<string, unknown>);
          } catch {
            // A torn or foreign line is not what these tests look for.
          }
        }
      }
    }
  };
  walk(dataDir);
  return out;
}

/** Zero serious or critical axe violations on the page as it is now. */
export async function expectNoSeriousA11yIssues(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = bad.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  );
  expect(report, `axe on ${label}`).toEqual([]);
}

export const screensDir = join(process.cwd(), 'test-results', 'screens');

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screensDir, { recursive: true });
  const path = join(screensDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
