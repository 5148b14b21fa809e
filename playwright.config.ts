import { defineConfig } from '@playwright/test';

/** Debian's Chromium, never a downloaded browser; CHROMIUM_PATH overrides. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
    // The app follows the system's language and region; the journeys read English with a 24-hour clock.
    locale: 'en-GB',
    viewport: { width: 1200, height: 800 },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
});
