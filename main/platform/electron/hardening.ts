/**
 * Security defaults for every page and session (window web preferences are in windows.ts): no navigation,
 * no new windows, no webviews, no permissions, no downloads, and the CSP sent as a response header (not
 * only a meta tag) for every response the session sees.
 */
import { sources } from '../../../shared/content/sources';

/** The hosts of the content's own sources: the only sites a click in Sitwise may open in the browser. */
export const sourceHosts: ReadonlySet<string> = new Set(
  sources.flatMap((source) => (source.url ? [new URL(source.url).host] : [])),
);

/** Links the user clicks (sources of tips and routines) open in the browser: https to a source's host only. */
export function isExternalLink(url: string, hosts: ReadonlySet<string> = sourceHosts): boolean {
  try {
    const parsed = new URL(url);
    return (
      parsed.protocol === 'https:' &&
      parsed.username === '' &&
      parsed.password === '' &&
      hosts.has(parsed.host)
    );
  } catch {
    return false;
  }
}

type Preventable = { preventDefault(): void };
type Guard = (event: Preventable) => void;

/** The members of WebContents the guard uses (WebContents satisfies it; so does a test double). */
export interface HardenableContents {
  on(event: 'will-navigate', listener: Guard): unknown;
  on(event: 'will-frame-navigate', listener: Guard): unknown;
  on(event: 'will-redirect', listener: Guard): unknown;
  on(event: 'will-attach-webview', listener: Guard): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export function hardenWebContents(contents: HardenableContents, openExternal: (url: string) => void): void {
  // Pages never navigate: screens are hash routes inside one page, and in-page navigations do not fire this.
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalLink(url)) openExternal(url);
    return { action: 'deny' };
  });
}

type HeadersListener = (
  details: { responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders: Record<string, string[]> }) => void,
) => void;

/** The members of Session the hardening uses. */
export interface HardenableSession {
  setPermissionRequestHandler(
    handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: () => boolean): void;
  setDevicePermissionHandler(handler: () => boolean): void;
  on(event: 'will-download', listener: Guard): unknown;
  webRequest: { onHeadersReceived(listener: HeadersListener): void };
}

export function hardenSession(session: HardenableSession, csp: string): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.on('will-download', (event) => event.preventDefault());
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers: Record<string, string[]> = {};
    for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
      // Drop any CSP from elsewhere (the dev server): ours is the only policy.
      if (name.toLowerCase() !== 'content-security-policy') headers[name] = value;
    }
    headers['Content-Security-Policy'] = [csp];
    callback({ responseHeaders: headers });
  });
}
