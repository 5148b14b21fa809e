/**
 * The `app://sitwise/` scheme: registered as privileged before the app is ready (standard, secure, fetch),
 * then served from the built renderer folder with the security headers on every response.
 */
import { readFile } from 'node:fs/promises';
import type { CustomScheme, Protocol } from 'electron';
import { APP_SCHEME } from '../../ipc/sender';
import { realFileInside, resolveAppRequest, securityHeaders } from '../../shell/app-protocol';

export const appScheme: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

export type ReadFile = (path: string) => Promise<Uint8Array>;

/** Answers one request: a file from the renderer folder, or an empty error response. */
export async function serveApp(
  url: string,
  rootDir: string,
  csp: string,
  read: ReadFile = readFile,
): Promise<Response> {
  const resolved = resolveAppRequest(url, rootDir);
  const headers = securityHeaders(csp);
  if (!resolved.ok) return new Response(null, { status: resolved.status, headers });
  // A regular file really inside the folder (no symlink leads out); any file-system error is a 404.
  const file = await realFileInside(resolved.file, rootDir);
  if (file === null) return new Response(null, { status: 404, headers });
  let body: Uint8Array;
  try {
    body = await read(file);
  } catch {
    return new Response(null, { status: 404, headers });
  }
  return new Response(new Blob([new Uint8Array(body)]), {
    status: 200,
    headers: { ...headers, 'Content-Type': resolved.type },
  });
}

export function registerAppProtocol(protocol: Pick<Protocol, 'handle'>, rootDir: string, csp: string): void {
  protocol.handle(APP_SCHEME, (request) => serveApp(request.url, rootDir, csp));
}
