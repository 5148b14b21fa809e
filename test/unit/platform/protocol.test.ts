import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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

  it('passes unexpected read errors on instead of hiding them', async () => {
    const read = async () => {
      throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    };
    await expect(serveApp('app://sitwise/index.html', root, CSP, read)).rejects.toThrow(/EACCES/);
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
