/**
 * The renderer is served from `app://sitwise/…` (a privileged custom scheme) instead of file://: one
 * origin the IPC sender check can trust, and a place to attach the CSP as a real response header.
 * This module maps a request URL to a file inside the renderer folder, refusing anything outside it, and
 * checks the file on disk: a regular file whose real path (symlinks followed) is still inside the folder.
 */
import { realpath, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from '../ipc/sender';

/** The production policy: no remote origin anywhere. Same text as the pages' meta tag. */
export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/**
 * Development only: the electron-vite dev server needs its own origin, its HMR websocket and React
 * Refresh's inline preamble. Never used in a packaged app.
 */
export function devCsp(devOrigin: string): string {
  const ws = devOrigin.replace(/^http/, 'ws');
  return CSP.replace("script-src 'self'", `script-src 'self' 'unsafe-inline' ${devOrigin}`)
    .replace("style-src 'self'", `style-src 'self' 'unsafe-inline' ${devOrigin}`)
    .replace("connect-src 'self'", `connect-src 'self' ${devOrigin} ${ws}`);
}

export const securityHeaders = (csp: string): Record<string, string> => ({
  'Content-Security-Policy': csp,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
});

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.wav': 'audio/wav',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
};

export type AppRequest = { ok: true; file: string; type: string } | { ok: false; status: 400 | 403 | 404 };

export function resolveAppRequest(url: string, rootDir: string): AppRequest {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, status: 400 };
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return { ok: false, status: 403 };
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  if (path.includes('\0')) return { ok: false, status: 400 };
  if (path === '/' || path === '') path = '/index.html';
  const root = normalize(rootDir);
  const file = normalize(join(root, path));
  // join() resolves "..": anything that lands outside the renderer folder is refused.
  if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep))
    return { ok: false, status: 403 };
  const type = types[extname(file).toLowerCase()];
  if (!type) return { ok: false, status: 404 };
  return { ok: true, file, type };
}

/** The URL of a renderer page, e.g. `app://sitwise/prompt.html`, or the dev server's in development. */
export function pageUrl(page: 'index' | 'prompt', devServer: string | undefined, screen?: string): string {
  const base = devServer ? devServer.replace(/\/+$/, '') : `${APP_SCHEME}://${APP_HOST}`;
  const hash = screen ? `#/${screen}` : '';
  return `${base}/${page}.html${hash}`;
}

/**
 * The real path of `file` when it is a regular file inside the real renderer folder, else null. Symbolic
 * links are followed first and the result checked again, so a link cannot lead out of the folder; any
 * file-system error (missing, ENOTDIR, ENAMETOOLONG, EACCES, a loop) means null, which the handler
 * answers with 404.
 */
export async function realFileInside(
  file: string,
  rootDir: string,
  fs: { realpath(path: string): Promise<string>; stat(path: string): Promise<{ isFile(): boolean }> } = {
    realpath,
    stat,
  },
): Promise<string | null> {
  try {
    const root = await fs.realpath(rootDir);
    const real = await fs.realpath(file);
    if (!real.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
    return (await fs.stat(real)).isFile() ? real : null;
  } catch {
    // Every file-system failure is "not found" to a page: it must never see a path or an error text.
    return null;
  }
}
