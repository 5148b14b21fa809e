/**
 * The Printer port on Electron: a hidden window (the same hardened preferences as every window) loads the
 * dashboard at the print route, waits for the page to mark itself ready, and `webContents.printToPDF`
 * prints it with the print style sheet; the window is destroyed afterwards.
 */
import type { Printer } from '../../ports';
import { pageUrl } from '../../shell/app-protocol';
import { secureWindow } from './windows';

const READY_TIMEOUT_MS = 20_000;

// Runs in the page: resolves once the root element carries data-print-ready (set after the data arrived).
const waitForReady = `new Promise((resolve, reject) => {
  const root = document.documentElement;
  if (root.dataset.printReady === 'true') return resolve(true);
  const timer = setTimeout(() => reject(new Error('the report page did not become ready')), ${READY_TIMEOUT_MS});
  new MutationObserver((_, observer) => {
    if (root.dataset.printReady === 'true') { clearTimeout(timer); observer.disconnect(); resolve(true); }
  }).observe(root, { attributes: true, attributeFilter: ['data-print-ready'] });
})`;

export function createPrinter(options: { preload: string; devServer?: string | undefined }): Printer {
  return {
    async printToPdf({ path, paper }) {
      const win = secureWindow({ show: false, width: 900, height: 1200, title: 'Sitwise' }, options.preload);
      try {
        await win.loadURL(pageUrl('index', options.devServer, path.map(encodeURIComponent).join('/')));
        await win.webContents.executeJavaScript(waitForReady);
        const pdf = await win.webContents.printToPDF({
          pageSize: paper,
          printBackground: false,
          preferCSSPageSize: false,
          generateTaggedPDF: true,
        });
        return new Uint8Array(pdf);
      } finally {
        win.destroy();
      }
    },
  };
}
