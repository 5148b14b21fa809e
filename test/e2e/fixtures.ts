/** Playwright fixtures: a fresh end-to-end host (real app, temp data folder, fake clock) per test. */
import { test as base, type Page } from '@playwright/test';
import { type Host, startHost } from '../host/server';

export interface HostFixture {
  host: Host;
  /** Moves simulated time, firing the app's timers on the way. */
  advance(minutes: number): Promise<void>;
}

export const test = base.extend<HostFixture>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright requires a destructuring pattern here.
  host: async ({}, use) => {
    const host = await startHost({ clock: 'fake', startAt: Date.parse('2026-11-23T09:00:00Z') });
    await use(host);
    await host.close();
  },
  advance: async ({ host }, use) => {
    await use(async (minutes) => {
      if (!host.fakeClock) throw new Error('fake clock expected');
      await host.fakeClock.advance(minutes * 60_000);
    });
  },
});

export const expect = test.expect;

export async function openDashboard(page: Page, host: Host): Promise<void> {
  await page.goto(`${host.url}/`);
}
