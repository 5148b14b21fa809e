import { describe, expect, it } from 'vitest';
import { catalogues } from '../../../shared/i18n/catalogues';
import { formatMinutes } from '../../../shared/i18n/durations';
import { createFormatter, type Formatter } from '../../../shared/i18n/format';
import { loadCatalogue } from '../../../shared/i18n/load';
import { type Locale, locales } from '../../../shared/i18n/locales';
import type { ParamsOf } from '../../../shared/i18n/params';
import { promptKindText } from '../../../shared/i18n/prompt-kinds';

const fmt = (locale: Locale, formatTag: string, timeZone = 'Europe/Berlin'): Formatter =>
  createFormatter({ messages: catalogues[locale], formatTag, timeZone });
// 2026-12-01 13:05 UTC = 14:05 in Berlin.
const at1405 = Date.UTC(2026, 11, 1, 13, 5);

describe('t', () => {
  it('formats plain text, numbers, plurals and selects in each language', () => {
    const de = fmt('de', 'de-DE');
    expect(de.t('prompt.sit.title')).toBe('Zeit zum Hinsetzen');
    expect(de.t('prompt.action.snooze', { minutes: 5 })).toBe('In 5 Min. erinnern');
    expect(de.t('tray.menu.pauseHours', { hours: 1 })).toBe('1 Stunde');
    expect(de.t('tray.menu.pauseHours', { hours: 2 })).toBe('2 Stunden');
    expect(de.t('tray.status.away', { reason: 'lock' })).toBe('Abwesend · Bildschirm gesperrt');
    expect(de.t('tray.status.away', { reason: 'idle' })).toBe('Abwesend');
    expect(fmt('en', 'en-GB').t('tray.menu.pauseHours', { hours: 1 })).toBe('1 hour');
    expect(fmt('es', 'es-ES').t('tray.menu.pauseHours', { hours: 3 })).toBe('3 horas');
    expect(fmt('fr', 'fr-FR').t('tray.menu.pauseHours', { hours: 1 })).toBe('1 heure');
  });

  it('groups numbers the locale’s way', () => {
    expect(fmt('de', 'de-DE').t('error.tooBigNumber', { maximum: 1500, inclusive: 'true' })).toBe(
      'Gib 1.500 oder weniger an.',
    );
    expect(fmt('en', 'en-GB').t('error.tooBigNumber', { maximum: 1500, inclusive: 'true' })).toBe(
      'Use 1,500 or less.',
    );
  });

  it('writes times in the locale’s clock and the formatter’s time zone', () => {
    expect(fmt('de', 'de-DE').t('tray.status.paused', { until: at1405 })).toBe('Pausiert bis 14:05');
    expect(fmt('en', 'en-US').t('tray.status.paused', { until: at1405 })).toBe('Paused until 2:05 PM');
    expect(fmt('en', 'en-GB', 'UTC').t('tray.status.paused', { until: at1405 })).toBe('Paused until 13:05');
  });

  it('fills arguments inside select branches', () => {
    expect(
      fmt('en', 'en-GB').t('tray.status.boutNext', {
        posture: 'sitting',
        duration: '25 min',
        next: 'stand',
        wait: '5 min',
      }),
    ).toBe('Sitting 25 min · next: stand in 5 min');
    expect(
      fmt('fr', 'fr-FR').t('tray.status.boutNext', {
        posture: 'standing',
        duration: '10 min',
        next: 'sit',
        wait: '5 min',
      }),
    ).toBe('Debout 10 min · ensuite\u00a0: s’asseoir dans 5 min');
  });

  it('rejects a value that is neither text nor a finite number, whatever the compiler was told', () => {
    const en = fmt('en', 'en-GB');
    const sneaky = JSON.parse('{"minutes": null}');
    expect(() => en.t('prompt.action.snooze', sneaky)).toThrow(/"minutes" must be text or a finite number/);
  });

  it('has one distinct title per prompt kind in every language', () => {
    for (const locale of locales) {
      const f = fmt(locale, 'en-GB');
      const titles = Object.values(promptKindText).map((k) => f.t(k.title));
      expect(new Set(titles).size, locale).toBe(titles.length);
    }
  });
});

describe('formatMinutes', () => {
  it('counts in minutes, with hours above an hour', () => {
    const en = fmt('en', 'en-GB');
    const de = fmt('de', 'de-DE');
    expect([0, 45, 60, 65, -3, Number.NaN].map((m) => formatMinutes(en, m))).toEqual([
      '0 min',
      '45 min',
      '1 h',
      '1 h 5 min',
      '0 min',
      '0 min',
    ]);
    expect(formatMinutes(de, 125)).toBe('2 Std. 5 Min.');
  });
});

describe('loadCatalogue', () => {
  it('loads one language on demand: both packs are the whole catalogue', async () => {
    expect(await loadCatalogue('es', ['prompt', 'dashboard'])).toEqual(catalogues.es);
  });

  it('loads the prompt pack alone: its areas only, and a key outside it throws when used', async () => {
    const pack = await loadCatalogue('de', ['prompt']);
    expect(pack['prompt.stand.title']).toBe('Zeit zum Aufstehen');
    expect(pack['common.askPosture.sitting']).toBe('Ich sitze');
    expect(pack['today.totals']).toBeUndefined();
    expect(Object.keys(pack).length).toBeLessThan(200);
    const words = createFormatter({ messages: pack, formatTag: 'de-DE' });
    expect(words.t('prompt.stand.title')).toBe('Zeit zum Aufstehen');
    expect(words.has('today.totals')).toBe(false);
    expect(() => words.t('today.totals')).toThrow(/"today.totals" is not loaded in this window/);
  });
});

describe('parameter types (checked by tsc)', () => {
  it('follow the English text', () => {
    const en = fmt('en', 'en-GB');
    // @ts-expect-error a message with arguments needs them
    expect(() => en.t('prompt.action.snooze')).toThrow();
    // @ts-expect-error wrong type: minutes is a number
    en.t('prompt.action.snooze', { minutes: 'five' });
    // @ts-expect-error unknown key
    expect(() => en.t('prompt.nope')).toThrow();
    // @ts-expect-error a plain message takes no arguments
    en.t('prompt.sit.title', { x: 1 });
    const p: ParamsOf<'{n, plural, one {{name} has # step} other {{name} has # steps}} at {d, time, short}'> =
      {
        n: 1,
        name: 'Ana',
        d: 0,
      };
    // @ts-expect-error branch keys are not arguments
    const q: ParamsOf<'{posture, select, sitting {Sitting} other {Moving}}'> = { posture: 'x', Sitting: 1 };
    expect([p, q]).toHaveLength(2);
  });
});
