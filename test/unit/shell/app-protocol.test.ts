import { describe, expect, it } from 'vitest';
import { CSP, devCsp, pageUrl, resolveAppRequest } from '../../../main/shell/app-protocol';

const root = '/opt/Sitwise/resources/app.asar/out/renderer';

describe('app:// requests', () => {
  it('maps paths into the renderer folder with a content type', () => {
    expect(resolveAppRequest('app://sitwise/', root)).toEqual({
      ok: true,
      file: `${root}/index.html`,
      type: 'text/html; charset=utf-8',
    });
    expect(resolveAppRequest('app://sitwise/assets/index-abc.js?v=1#x', root)).toMatchObject({
      ok: true,
      file: `${root}/assets/index-abc.js`,
    });
    expect(resolveAppRequest('app://sitwise/prompt.html', root)).toMatchObject({ ok: true });
  });

  it.each([
    ['app://sitwise/../../../etc/passwd.html', `${root}/etc/passwd.html`],
    ['app://sitwise/%2e%2e/%2e%2e/secret.json', `${root}/secret.json`],
    ['app://sitwise/assets/..%2f..%2f..%2fmain%2findex.js', 403],
    ['app://other/index.html', 403],
    ['https://sitwise/index.html', 403],
    ['app://sitwise/%E0%A4%A', 400],
    ['app://sitwise/a%00.html', 400],
    ['app://sitwise/main.ts', 404],
    ['not a url', 400],
  ])('refuses %s', (url, status) => {
    const result = resolveAppRequest(url, root);
    if (typeof status === 'string') {
      // The URL parser already collapses ".." and "%2e%2e" segments: the request stays inside the folder.
      expect(result).toMatchObject({ ok: true, file: status });
    } else {
      expect(result).toEqual({ ok: false, status });
    }
  });

  it('allows no remote origin in production, and only the dev server in development', () => {
    expect(CSP).toContain("default-src 'none'");
    expect(CSP).not.toMatch(/https?:|ws:|\*|unsafe/);
    const dev = devCsp('http://localhost:5173');
    expect(dev).toContain("connect-src 'self' http://localhost:5173 ws://localhost:5173");
    expect(dev.match(/https?:\/\/[^\s;]+/g)?.every((o) => o === 'http://localhost:5173')).toBe(true);
  });

  it('builds page URLs', () => {
    expect(pageUrl('index', undefined, 'today')).toBe('app://sitwise/index.html#/today');
    expect(pageUrl('prompt', 'http://localhost:5173/')).toBe('http://localhost:5173/prompt.html');
  });
});
