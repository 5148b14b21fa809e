/**
 * Renderer figures, each beside the naive alternative measured in the same run:
 * - the prompt window from navigation start to interactive (its first rendered state from main) in
 *   Chromium, median of 20 cold loads, beside loading the whole dashboard entry for the same job;
 * - gzipped JS each page loads at start (the bundle-budget measure).
 * "Interactive" is the `sitwise:interactive` performance mark each entry sets once it has rendered real
 * state; its startTime counts from navigation start. Caching is off (the host sends no-store).
 */
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumPath } from '../../playwright.config';
import { budgets, weighFirstLoad } from '../../scripts/bundle-budget';
import { startHost } from '../host/server';
import type { BenchRow } from './table';

const LOADS = 20;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? Number.NaN) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

export default async function renderer(): Promise<BenchRow[]> {
  const host = await startHost({ clock: 'fake', startAt: Date.parse('2026-11-23T09:00:00Z') });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    const timeToInteractive = async (path: string): Promise<number[]> => {
      const out: number[] = [];
      // One warm-up load so the first figure is not the browser's own start-up.
      for (let i = 0; i < LOADS + 1; i++) {
        await page.goto('about:blank');
        await page.goto(`${host.url}${path}`);
        const t = await page.waitForFunction(
          () => performance.getEntriesByName('sitwise:interactive')[0]?.startTime ?? null,
          undefined,
          { timeout: 10_000 },
        );
        const ms = await t.jsonValue();
        if (i > 0 && typeof ms === 'number') out.push(ms);
      }
      return out;
    };
    const prompt = median(await timeToInteractive('/prompt.html'));
    const dashboard = median(await timeToInteractive('/'));
    const dir = join(process.cwd(), 'out/renderer');
    // What each page loads at start in its heaviest language: static JS plus its message packs and content.
    const firstLoadKb = (page: string) => {
      const budget = budgets.find((b) => b.page === page);
      if (!budget) throw new Error(`no budget for ${page}`);
      return weighFirstLoad(dir, budget).heaviest.gzipBytes / 1000;
    };
    const promptKb = firstLoadKb('prompt.html');
    const dashboardKb = firstLoadKb('index.html');
    return [
      {
        area: 'renderer',
        metric: `prompt window navigation → interactive (median of ${LOADS})`,
        value: prompt,
        baseline: dashboard,
        baselineName: 'dashboard entry for the same job',
        unit: 'ms',
        target: '< 150 ms',
        met: prompt < 150,
      },
      {
        area: 'renderer',
        metric: 'prompt window JS loaded at start (gzip)',
        value: promptKb,
        baseline: dashboardKb,
        baselineName: 'dashboard entry',
        unit: 'KB',
        target: '<= 90 KB',
        met: promptKb <= 90,
      },
      {
        area: 'renderer',
        metric: 'dashboard JS loaded at start (gzip)',
        value: dashboardKb,
        baseline: Number.NaN,
        baselineName: '',
        unit: 'KB',
        target: '<= 250 KB',
        met: dashboardKb <= 250,
      },
    ];
  } finally {
    await browser.close();
    await host.close();
  }
}
