import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import {
  type HardenableSession,
  hardenSession,
  hardenWebContents,
  isExternalLink,
} from '../../../main/platform/electron/hardening';
import { CSP } from '../../../main/shell/app-protocol';
import { FakeWebContents } from './electron-fakes';

function navigationEvent() {
  const event = {
    prevented: false,
    preventDefault() {
      event.prevented = true;
    },
  };
  return event;
}

describe('web contents hardening', () => {
  it('denies every navigation, redirect and webview', () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents, () => {});
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview']) {
      for (const url of ['https://evil.example/', 'app://sitwise/index.html', 'file:///etc/passwd']) {
        const event = navigationEvent();
        contents.emit(name, event, url);
        expect(event.prevented, `${name} ${url}`).toBe(true);
      }
    }
  });

  it('never opens a window; https links to a source of the content go to the browser, nothing else does', () => {
    const contents = new FakeWebContents();
    const opened: string[] = [];
    hardenWebContents(contents, (url) => opened.push(url));
    const urls = [
      'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC6637722/',
      'https://example.com/any-https-page',
      'https://www.ncbi.nlm.nih.gov.evil.example/',
      'http://insecure.example/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'app://sitwise/index.html',
      'https://user:pw@example.com/',
      'not a url',
    ];
    for (const url of urls) expect(contents.openHandler?.({ url })).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://www.ncbi.nlm.nih.gov/pmc/articles/PMC6637722/']);
  });

  it('recognises external links: https to an allowed host', () => {
    expect(isExternalLink('https://example.com/a')).toBe(false);
    expect(isExternalLink('https://example.com/a', new Set(['example.com']))).toBe(true);
    expect(isExternalLink('http://example.com/a', new Set(['example.com']))).toBe(false);
    expect(isExternalLink('smb://host/share')).toBe(false);
  });
});

describe('session hardening', () => {
  type Handlers = {
    request?: Parameters<HardenableSession['setPermissionRequestHandler']>[0];
    check?: () => boolean;
    device?: () => boolean;
    headers?: Parameters<HardenableSession['webRequest']['onHeadersReceived']>[0];
  };
  function fakeSession(): HardenableSession & EventEmitter & { h: Handlers } {
    const h: Handlers = {};
    return Object.assign(new EventEmitter(), {
      h,
      setPermissionRequestHandler(handler: Handlers['request']) {
        h.request = handler;
      },
      setPermissionCheckHandler(handler: () => boolean) {
        h.check = handler;
      },
      setDevicePermissionHandler(handler: () => boolean) {
        h.device = handler;
      },
      webRequest: {
        onHeadersReceived(handler: Handlers['headers']) {
          h.headers = handler;
        },
      },
    });
  }

  it('denies every permission request and check', () => {
    const s = fakeSession();
    hardenSession(s, CSP);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      let answer: boolean | null = null;
      s.h.request?.({}, permission, (ok) => {
        answer = ok;
      });
      expect(answer, permission).toBe(false);
    }
    expect(s.h.check?.()).toBe(false);
    expect(s.h.device?.()).toBe(false);
  });

  it('sends our CSP as a response header, replacing any other policy', () => {
    const s = fakeSession();
    hardenSession(s, CSP);
    let out: Record<string, string[]> | undefined;
    s.h.headers?.(
      { responseHeaders: { 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] } },
      (r) => {
        out = r.responseHeaders;
      },
    );
    expect(out).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [CSP] });
    expect(CSP).not.toMatch(/https?:|\*|unsafe/);
  });

  it('cancels downloads', () => {
    const s = fakeSession();
    hardenSession(s, CSP);
    const event = navigationEvent();
    s.emit('will-download', event);
    expect(event.prevented).toBe(true);
  });
});
