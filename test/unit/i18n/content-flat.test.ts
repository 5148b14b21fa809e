import { describe, expect, it } from 'vitest';
import { flattenTranslation, unflattenTranslation } from '../../../scripts/i18n/content-flat';
import { catalog } from '../../../shared/content/catalog';
import { englishTranslation } from '../../../shared/content/i18n/english';
import { fr } from '../../../shared/content/i18n/fr';

describe('content as flat key/text pairs for translation tools', () => {
  const english = englishTranslation(catalog);

  it('round-trips a translation', () => {
    const back = unflattenTranslation(flattenTranslation(fr), english);
    expect(back.translation).toEqual(fr);
    expect(back.unknownKeys).toEqual([]);
    expect(back.missingKeys).toEqual([]);
  });

  it('uses stable, readable keys', () => {
    const flat = flattenTranslation(english);
    expect(flat['routines.desk-box-breathing.steps.1.instruction']).toBe(
      'Breathe in for 4, hold for 4, breathe out for 4, then hold for 4. That is one round.',
    );
    expect(flat['tips.tip-sit-half-hour']).toBe(
      'Try not to sit for more than about 30 minutes at a time. Stand up, even briefly.',
    );
    expect(flat['safetyTexts.safety-flare-plan.steps.1']).toBe(
      'Keep doing your 2 or 3 staple exercises, even if you do fewer of them.',
    );
  });

  it('reports missing and unknown keys', () => {
    const flat = flattenTranslation(fr);
    delete flat['tips.tip-sit-half-hour'];
    flat['tips.tip-new'] = 'x';
    const back = unflattenTranslation(flat, english);
    expect(back.missingKeys).toEqual(['tips.tip-sit-half-hour']);
    expect(back.unknownKeys).toEqual(['tips.tip-new']);
  });
});
