import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { appScheme, registerAppProtocol, serveApp } from '../../../main/platform/electron/protocol';
import { CSP } from '../../../main/shell/app-protocol';

vi.mock('electron', () => import('./electron-fakes'));

const root = mkdtempSync(join(tmpdir(), 'sitwise-renderer-'));
mkdirSync(join(root, 'assets'));
writeFileSync(join(root, 'index.html'), '<!doctype html><title>Sitwise</title>');
writeFileSync(join(root, 'assets/app.js'), 'console.log(1)');
mkdirSync(join(root, 'assets.js'));
writeFileSync(join(root, '..', 'outside-secret.json'), '{"secret":true}');
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('app:// protocol handler', () => {
  it('is registered as a standard, secure scheme', () => {
    expect(appScheme).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    });
  });

  it('serves renderer files with the CSP and nosniff headers', async () => {
    const res = await serveApp('app://sitwise/', root, CSP);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>Sitwise</title>');
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(CSP);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const js = await serveApp('app://sitwise/assets/app.js', root, CSP);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers 404 for missing files and 403 outside the folder, with the CSP still attached', async () => {
    const missing = await serveApp('app://sitwise/nope.html', root, CSP);
    expect(missing.status).toBe(404);
    const outside = await serveApp('app://sitwise/..%2foutside-secret.json', root, CSP);
    expect(outside.status).toBe(403);
    expect(outside.headers.get('content-security-policy')).toBe(CSP);
  });

  it('answers 404 on any file-system error, never an error text', async () => {
    const read = async () => {
      throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    };
    const denied = await serveApp('app://sitwise/index.html', root, CSP, read);
    expect(denied.status).toBe(404);
    expect(await denied.text()).toBe('');
    // ENOTDIR (a file used as a folder), ENAMETOOLONG, a folder itself.
    expect((await serveApp('app://sitwise/index.html/x.js', root, CSP)).status).toBe(404);
    expect((await serveApp(`app://sitwise/${'a'.repeat(5000)}.js`, root, CSP)).status).toBe(404);
    expect((await serveApp('app://sitwise/assets.js', root, CSP)).status).toBe(404);
  });

  it('does not follow a symbolic link out of the renderer folder', async () => {
    symlinkSync(join(root, '..', 'outside-secret.json'), join(root, 'assets', 'leak.json'));
    symlinkSync(join(root, 'assets', 'app.js'), join(root, 'assets', 'inside.js'));
    expect((await serveApp('app://sitwise/assets/leak.json', root, CSP)).status).toBe(404);
    // A link that stays inside is fine.
    expect((await serveApp('app://sitwise/assets/inside.js', root, CSP)).status).toBe(200);
  });

  it('registers one handler for the app scheme', async () => {
    const handled: string[] = [];
    const got: { handler?: (request: Request) => Response | Promise<Response> } = {};
    registerAppProtocol(
      {
        handle: (scheme, h) => {
          handled.push(scheme);
          got.handler = h;
        },
      },
      root,
      CSP,
    );
    expect(handled).toEqual(['app']);
    const res = await got.handler?.(new Request('app://sitwise/index.html'));
    expect(res?.status).toBe(200);
  });
});
