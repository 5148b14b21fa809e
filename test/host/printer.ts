/**
 * The Printer port on the end-to-end host: the same print view printed by Chromium (Debian's, through
 * Playwright), as Electron's `webContents.printToPDF` does in the app. Modelled on electron.d.ts
 * (PrintToPDFOptions, PrintToPDFMargins): the page is loaded at the route, printed with the print media
 * type, the paper size asked for, margins of 1 cm (Electron's default), no background graphics (Electron's
 * default `printBackground: false`), tagged PDF. Stricter than the app: a page that never marks itself
 * ready fails the print after 20 s instead of waiting, and any error the page logs fails it too.
 */
import { chromium } from '@playwright/test';
import type { Printer } from '../../main/ports';

const READY_TIMEOUT_MS = 20_000;
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function createHostPrinter(baseUrl: () => string): Printer {
  return {
    async printToPdf({ path, paper }) {
      const browser = await chromium.launch({
        executablePath: chromiumPath,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
      });
      try {
        const page = await browser.newPage();
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        await page.goto(`${baseUrl()}/index.html#/${path.map(encodeURIComponent).join('/')}`);
        await page.waitForSelector('html[data-print-ready="true"]', {
          state: 'attached',
          timeout: READY_TIMEOUT_MS,
        });
        if (errors.length > 0) throw new Error(`the report page failed: ${errors.join('; ')}`);
        const margin = '1cm';
        const pdf = await page.pdf({
          format: paper,
          printBackground: false,
          margin: { top: margin, bottom: margin, left: margin, right: margin },
          tagged: true,
        });
        return new Uint8Array(pdf);
      } finally {
        await browser.close();
      }
    },
  };
}
