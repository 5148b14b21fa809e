import { describe, expect, it } from 'vitest';
import { catalog } from '../../../shared/content/catalog';
import { pseudoContent } from '../../../shared/content/i18n/pseudo';
import { catalogues } from '../../../shared/i18n/catalogues';
import { createFormatter } from '../../../shared/i18n/format';
import { pseudoCatalogue, pseudoText } from '../../../shared/i18n/pseudo';

describe('pseudo-locale', () => {
  it('accents, lengthens by about 40 % and brackets text, keeping digits and spaces', () => {
    expect(pseudoText('Start')).toBe('[ŠţåŕţŠţ]');
    expect(pseudoText('Hold 5 s')).toBe('[ĤöļđĤö 5 šš]');
  });

  it('keeps arguments, plurals and selects working', () => {
    const fmt = createFormatter({ messages: pseudoCatalogue(catalogues.en), formatTag: 'en-GB' });
    expect(fmt.t('prompt.action.snooze', { minutes: 10 })).toBe('[ŠñööžéŠñö 10 ɱîñɱî]');
    expect(fmt.t('tray.menu.pauseHours', { hours: 2 })).toBe('[2 ĥöûŕšĥö]');
    expect(fmt.t('tray.status.away', { reason: 'lock' })).toBe('[ÅŵåýÅŵ · šçŕééñšçŕ ļöçķéđļöç]');
  });

  it('makes every message at least 40 % longer than the English', () => {
    const en = createFormatter({ messages: catalogues.en, formatTag: 'en-GB' });
    const pseudo = createFormatter({ messages: pseudoCatalogue(catalogues.en), formatTag: 'en-GB' });
    for (const key of ['prompt.stand.body', 'tray.menu.flareOn', 'error.invalidTime'] as const) {
      expect(pseudo.t(key).length, key).toBeGreaterThanOrEqual(Math.ceil(en.t(key).length * 1.3));
    }
  });
});

describe('pseudo-locale content', () => {
  it('brackets every text and keeps doses, ids and steps', () => {
    const pseudo = pseudoContent().catalog;
    const walk = pseudo.routines.find((r) => r.id === 'walk-scheduled');
    expect(walk?.title).toBe('[ŢŵéļṽéŢŵé-ɱîñûţéɱîñ ŵåļķŵå]');
    expect(walk?.steps[1]?.seconds).toBe(480);
    expect(pseudo.tips.find((t) => t.id === 'tip-sit-half-hour')?.text).toMatch(/^\[.* 30 .*\]$/);
    expect(pseudo.redFlags).toHaveLength(catalog.redFlags.length);
  });
});
