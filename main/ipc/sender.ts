/**
 * Which pages may call the IPC contract: only the app's own pages, served from its own origin
 * (the `app://sitwise` scheme in the packaged app, the dev server's origin in development).
 */
export function isTrustedSender(
  frameUrl: string | undefined | null,
  trustedOrigins: readonly string[],
): boolean {
  if (!frameUrl) return false;
  let url: URL;
  try {
    url = new URL(frameUrl);
  } catch {
    return false;
  }
  // `URL.origin` is "null" for custom schemes, so compare scheme + host explicitly.
  const origin = `${url.protocol}//${url.host}`;
  return trustedOrigins.includes(origin);
}

export const APP_SCHEME = 'app';
export const APP_HOST = 'sitwise';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
