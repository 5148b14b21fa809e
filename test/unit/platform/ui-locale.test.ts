import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyUiLocale } from '../../../main/platform/electron/ui-locale';
import { uiLocaleFor } from '../../../main/shell/ui-locale';
import { FakeStartupApp } from './electron-fakes';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A data folder holding `settings.json` with the given text (none when null). */
function dataDir(settings: string | null): string {
  const dir = mkdtempSync(join(tmpdir(), 'sitwise-ui-locale-'));
  dirs.push(dir);
  if (settings !== null) writeFileSync(join(dir, 'settings.json'), settings);
  return dir;
}

describe('the lang switch at start-up (time fields follow the chosen language)', () => {
  it('starts Chromium in the chosen language, with the OS region when the languages agree', () => {
    const app = new FakeStartupApp(dataDir('{"locale":"de","schemaVersion":1}'), ['de-AT', 'en-US']);
    expect(applyUiLocale(app)).toBe('de-AT');
    expect(app.switches).toEqual([['lang', 'de-AT']]);

    const english = new FakeStartupApp(dataDir('{"locale":"en"}'), ['de-DE']);
    applyUiLocale(english);
    expect(english.switches).toEqual([['lang', 'en-GB']]);

    const us = new FakeStartupApp(dataDir('{"locale":"en"}'), ['en-US']);
    applyUiLocale(us);
    expect(us.switches).toEqual([['lang', 'en-US']]);
  });

  it('leaves the OS locale for "system", a first start and settings without a locale', () => {
    for (const text of ['{"locale":"system"}', null, '{"theme":"dark"}']) {
      const app = new FakeStartupApp(dataDir(text), ['fr-CA']);
      expect(applyUiLocale(app)).toBeNull();
      expect(app.switches).toEqual([]);
    }
  });

  it('refuses after ready, and says why a damaged settings file leaves the OS locale', () => {
    const late = new FakeStartupApp(dataDir('{"locale":"fr"}'), []);
    late.ready = true;
    expect(() => applyUiLocale(late)).toThrow(/before the app is ready/);
    expect(late.switches).toEqual([]);

    const torn = new FakeStartupApp(dataDir('{"locale":"fr"'), []);
    expect(() => applyUiLocale(torn)).toThrow(/not JSON/);
    const unknown = new FakeStartupApp(dataDir('{"locale":"tlh"}'), []);
    expect(() => applyUiLocale(unknown)).toThrow(/unknown locale setting "tlh"/);
    expect([...torn.switches, ...unknown.switches]).toEqual([]);
  });

  it('throws a read failure other than a missing file', () => {
    const dir = dataDir(null);
    mkdirSync(join(dir, 'settings.json'));
    expect(() => applyUiLocale(new FakeStartupApp(dir, []))).toThrow(/EISDIR/);
  });
});

describe('uiLocaleFor', () => {
  it('maps each language to its default region when the OS speaks another', () => {
    const tags = ['en', 'de', 'es', 'fr'].map(
      (l) => uiLocaleFor(JSON.stringify({ locale: l }), ['ja-JP']).tag,
    );
    expect(tags).toEqual(['en-GB', 'de-DE', 'es-ES', 'fr-FR']);
  });
});
