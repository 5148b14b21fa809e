import { describe, expect, it } from 'vitest';
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
