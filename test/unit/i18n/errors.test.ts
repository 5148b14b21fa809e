import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ownRoutineDraftSchema } from '../../../shared/content/user-routine';
import { catalogues } from '../../../shared/i18n/catalogues';
import { fieldErrorText } from '../../../shared/i18n/error-text';
import {
  errorCodeSchema,
  type FieldError,
  fieldErrorSchema,
  fieldErrorsOf,
} from '../../../shared/i18n/errors';
import { createFormatter } from '../../../shared/i18n/format';
import { clockTime, settingsSchema, timeRangeSchema } from '../../../shared/settings';

function errorsOf(
  schema: z.ZodType,
  input: unknown,
  patterns?: ReadonlyMap<string, z.infer<typeof errorCodeSchema>>,
) {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected the input to fail');
  return fieldErrorsOf(result.error, patterns ? { patternCodes: patterns, input } : { input });
}

describe('fieldErrorsOf maps zod issues to codes with parameters', () => {
  it.each<[string, z.ZodType, unknown, FieldError[]]>([
    ['a missing field', z.object({ a: z.number() }), {}, [{ code: 'required', path: 'a' }]],
    ['a wrong type', z.object({ a: z.number() }), { a: 'x' }, [{ code: 'wrongType', path: 'a' }]],
    ['a fraction for an int', z.number().int(), 1.5, [{ code: 'notWholeNumber', path: '' }]],
    [
      'a number too big',
      z.number().max(30),
      31,
      [{ code: 'tooBigNumber', path: '', maximum: 30, inclusive: true }],
    ],
    [
      'a number too small (exclusive)',
      z.number().gt(0),
      0,
      [{ code: 'tooSmallNumber', path: '', minimum: 0, inclusive: false }],
    ],
    ['an empty text', z.string().min(1), '', [{ code: 'required', path: '' }]],
    ['a text too short', z.string().min(3), 'ab', [{ code: 'tooShortText', path: '', minimum: 3 }]],
    ['a text too long', z.string().max(80), 'x'.repeat(81), [{ code: 'tooLongText', path: '', maximum: 80 }]],
    ['too few items', z.array(z.string()).min(1), [], [{ code: 'tooFewItems', path: '', minimum: 1 }]],
    [
      'too many items',
      z.array(z.number()).max(2),
      [1, 2, 3],
      [{ code: 'tooManyItems', path: '', maximum: 2 }],
    ],
    ['not a multiple', z.number().multipleOf(5), 7, [{ code: 'notMultiple', path: '', step: 5 }]],
    ['not an option', z.enum(['light', 'dark']), 'blue', [{ code: 'notAnOption', path: '' }]],
    ['an invalid ISO date', z.iso.date(), '2026-13-40', [{ code: 'invalidDate', path: '' }]],
    [
      'an unknown key',
      z.strictObject({ a: z.number() }),
      { a: 1, b: 2, c: 3 },
      [{ code: 'unknownField', path: '', keys: ['b', 'c'] }],
    ],
    [
      'an unknown nested key',
      z.object({ s: z.strictObject({}) }),
      { s: { x: 1 } },
      [{ code: 'unknownField', path: 's', keys: ['s.x'] }],
    ],
    [
      'a refine naming its code',
      z.number().refine((n) => n > 0, { params: { code: 'startAfterEnd' } }),
      -1,
      [{ code: 'startAfterEnd', path: '' }],
    ],
    [
      'a refine without a code',
      z.number().refine((n) => n > 0, 'positive please'),
      -1,
      [{ code: 'invalid', path: '' }],
    ],
    [
      'a refine naming an unknown code',
      z.number().refine((n) => n > 0, { params: { code: 'nope' } }),
      -1,
      [{ code: 'invalid', path: '' }],
    ],
  ])('%s', (_, schema, input, expected) => {
    expect(errorsOf(schema, input)).toEqual(expected);
  });

  it('tells missing from wrong when zod reports the input itself', () => {
    const schema = z.object({ a: z.number() });
    const reported = schema.safeParse({ a: 'x' }, { reportInput: true });
    expect(reported.error && fieldErrorsOf(reported.error)).toEqual([{ code: 'wrongType', path: 'a' }]);
    const missing = schema.safeParse({}, { reportInput: true });
    expect(missing.error && fieldErrorsOf(missing.error)).toEqual([{ code: 'required', path: 'a' }]);
  });

  it('maps the settings schema’s own rules', () => {
    expect(errorsOf(settingsSchema.shape.snooze, { minutes: 45, limit: -1 })).toEqual([
      { code: 'tooBigNumber', path: 'minutes', maximum: 30, inclusive: true },
      { code: 'tooSmallNumber', path: 'limit', minimum: 0, inclusive: true },
    ]);
    // The range refine names its own rule.
    expect(errorsOf(timeRangeSchema, { start: '10:00', end: '09:00' })).toEqual([
      { code: 'startAfterEnd', path: '' },
    ]);
  });

  it('names a regex rule through patternCodes', () => {
    const [plain] = errorsOf(clockTime, '25:00');
    expect(plain).toEqual({ code: 'invalidFormat', path: '' });
    const result = clockTime.safeParse('25:00');
    const issue = result.error?.issues[0];
    const pattern = issue?.code === 'invalid_format' ? issue.pattern : undefined;
    expect(pattern).toBe('/^([01]\\d|2[0-3]):[0-5]\\d$/');
    expect(errorsOf(clockTime, '25:00', new Map([[pattern ?? '', 'invalidTime']]))).toEqual([
      { code: 'invalidTime', path: '' },
    ]);
  });

  it('gives codes that pass the IPC schema', () => {
    const errors = errorsOf(settingsSchema, { ...{}, snooze: { minutes: 99 } });
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) expect(fieldErrorSchema.safeParse(e).success).toBe(true);
    expect(fieldErrorSchema.safeParse({ code: 'tooBigNumber', path: 'a' }).success).toBe(false);
    expect(fieldErrorSchema.safeParse({ code: 'invalid', path: 'a', extra: 1 }).success).toBe(false);
  });
});

describe('fieldErrorText words each code in each language', () => {
  const samples: FieldError[] = [
    { code: 'tooBigNumber', path: 'snooze.minutes', maximum: 30, inclusive: true },
    { code: 'tooLongText', path: 'apps.0', maximum: 1 },
    { code: 'unknownField', path: '', keys: ['colour', 'size'] },
    { code: 'invalidTime', path: 'dayStart' },
  ];
  it.each([
    [
      'en',
      'en-GB',
      [
        'Use 30 or less.',
        'Keep it to 1 character.',
        'Sitwise does not know these settings: colour and size.',
        'Write a time as HH:MM, from 00:00 to 23:59.',
      ],
    ],
    [
      'de',
      'de-DE',
      [
        'Gib 30 oder weniger an.',
        'Höchstens 1 Zeichen.',
        'Sitwise kennt diese Einstellungen nicht: colour und size.',
        'Gib eine Uhrzeit als HH:MM an, von 00:00 bis 23:59.',
      ],
    ],
    [
      'es',
      'es-ES',
      [
        'Usa 30 o menos.',
        'Usa como máximo 1 carácter.',
        'Sitwise no conoce estos ajustes: colour y size.',
        'Escribe la hora como HH:MM, de 00:00 a 23:59.',
      ],
    ],
    [
      'fr',
      'fr-FR',
      [
        'Indiquez 30 ou moins.',
        'Limitez-vous à 1 caractère.',
        'Sitwise ne connaît pas ces réglages\u00a0: colour et size.',
        'Écrivez l’heure au format HH:MM, de 00:00 à 23:59.',
      ],
    ],
  ] as const)('%s', (locale, formatTag, expected) => {
    const fmt = createFormatter({ messages: catalogues[locale], formatTag });
    expect(samples.map((e) => fieldErrorText(fmt, e))).toEqual(expected);
  });

  it('has words for every code in every language', () => {
    for (const locale of ['en', 'de', 'es', 'fr'] as const) {
      const fmt = createFormatter({ messages: catalogues[locale], formatTag: 'en-GB' });
      for (const code of errorCodeSchema.options) {
        const sample = fieldErrorSchema.options.find((o) => o.shape.code.value === code);
        expect(sample, code).toBeDefined();
      }
      expect(fieldErrorText(fmt, { code: 'required', path: 'x' }).length).toBeGreaterThan(3);
    }
  });

  it('names an own routine’s broken rules (a pose for another place, too long) as codes, worded in German', () => {
    const step = { instruction: 'Stand tall.', seconds: 30, side: 'none', pose: 'sit-tall' } as const;
    const wrongPlace = { name: 'Mine', place: 'standing', steps: [step] };
    const tooLong = {
      name: 'Mine',
      place: 'desk',
      steps: Array.from({ length: 12 }, () => ({ ...step, seconds: 300 })),
    };
    expect(errorsOf(ownRoutineDraftSchema, wrongPlace)).toEqual([
      { code: 'poseNotHere', path: 'steps.0.pose' },
    ]);
    expect(errorsOf(ownRoutineDraftSchema, tooLong)).toContainEqual({
      code: 'routineTooLong',
      path: 'steps',
    });
    const de = createFormatter({ messages: catalogues.de, formatTag: 'de-DE' });
    expect(fieldErrorText(de, { code: 'poseNotHere', path: 'steps.0.pose' })).toBe(
      'Diese Haltung passt nicht zu dem Ort der Übung. Wähl eine für den Ort, an dem du die Übung machst.',
    );
  });
});
