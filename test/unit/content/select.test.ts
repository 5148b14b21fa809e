import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CATCH_UP_MAX_SEC,
  type Routine,
  rotationIndex,
  routineDurationSec,
  routines,
  routinesBy,
  SNACK_MAX_SEC,
  type SnackOptions,
  STOP_IF_WORSE,
  suggestSnackRoutine,
  tipContexts,
  tipFor,
  tips,
} from '../../../shared/content';
import { promptKindSchema } from '../../../shared/snapshot';

const promptKinds = promptKindSchema.options;

const routineIds = routines.map((r) => r.id);
const optionsArb: fc.Arbitrary<SnackOptions> = fc.record(
  {
    catchUp: fc.boolean(),
    posture: fc.constantFrom('sitting' as const, 'standing' as const),
    staples: fc.subarray(routineIds, { maxLength: 4 }),
    flare: fc.boolean(),
    seed: fc.oneof(fc.integer(), fc.double(), fc.constant(Number.NaN)),
  },
  { requiredKeys: ['catchUp'] },
);
const kindArb = fc.constantFrom(...promptKinds);

describe('suggestSnackRoutine', () => {
  it('always returns a snack that suits the prompt, within 2 minutes, and 1 minute when catching up', () => {
    fc.assert(
      fc.property(kindArb, optionsArb, (kind, opts) => {
        const r = suggestSnackRoutine(kind, opts, routines);
        expect(r.snack).toBe(true);
        expect(r.prompts).toContain(kind);
        expect(routineDurationSec(r)).toBeLessThanOrEqual(SNACK_MAX_SEC);
        if (opts.catchUp) expect(routineDurationSec(r)).toBeLessThanOrEqual(CATCH_UP_MAX_SEC);
      }),
      { numRuns: 500 },
    );
  });

  it('is deterministic: the same inputs give the same routine', () => {
    fc.assert(
      fc.property(kindArb, optionsArb, (kind, opts) => {
        expect(suggestSnackRoutine(kind, { ...opts }, routines).id).toBe(
          suggestSnackRoutine(kind, opts, routines).id,
        );
      }),
    );
  });

  it('picks a standing routine for a shift prompt (weight shift, calf raises, a short walk)', () => {
    fc.assert(
      fc.property(optionsArb, (opts) => {
        expect(suggestSnackRoutine('shift', opts, routines).placement).toBe('standing');
      }),
    );
  });

  it('during a flare-up picks one of the person’s staples when one suits, else a staple or gentle routine', () => {
    fc.assert(
      fc.property(kindArb, optionsArb, (kind, opts) => {
        const r = suggestSnackRoutine(kind, { ...opts, flare: true }, routines);
        const own = opts.staples ?? [];
        const eligible = routinesBy({ snack: true, prompt: kind }).filter(
          (x) => !opts.catchUp || routineDurationSec(x) <= CATCH_UP_MAX_SEC,
        );
        if (eligible.some((x) => own.includes(x.id))) expect(own).toContain(r.id);
        else expect(r.staple || r.effort === 'gentle').toBe(true);
      }),
    );
  });

  it('honours a staple the person chose, during a flare-up', () => {
    expect(
      suggestSnackRoutine('sit', { catchUp: false, flare: true, staples: ['desk-box-breathing'] }, routines)
        .id,
    ).toBe('desk-box-breathing');
    // Staples are only a flare-up preference.
    const seeds = [0, 1, 2, 3, 4, 5, 6];
    const normal = seeds.map(
      (seed) =>
        suggestSnackRoutine('sit', { catchUp: false, staples: ['desk-box-breathing'], seed }, routines).id,
    );
    expect(new Set(normal).size).toBeGreaterThan(1);
  });

  it('prefers a snack that starts where the person is', () => {
    fc.assert(
      fc.property(kindArb, fc.boolean(), fc.integer(), (kind, catchUp, seed) => {
        for (const posture of ['sitting', 'standing'] as const) {
          const where = posture === 'sitting' ? 'desk' : 'standing';
          const anyThere = routinesBy({ snack: true, prompt: kind }).some(
            (x) => x.placement === where && (!catchUp || routineDurationSec(x) <= CATCH_UP_MAX_SEC),
          );
          const r = suggestSnackRoutine(kind, { catchUp, posture, seed }, routines);
          if (anyThere) expect(r.placement).toBe(where);
        }
      }),
    );
  });

  it('rotates through every suitable snack as the seed counts up', () => {
    for (const kind of promptKinds) {
      const pool = routinesBy({ snack: true, prompt: kind });
      const picked = pool.map((_, seed) => suggestSnackRoutine(kind, { catchUp: false, seed }, routines).id);
      expect(new Set(picked), kind).toEqual(new Set(pool.map((r) => r.id)));
      expect(suggestSnackRoutine(kind, { catchUp: false, seed: pool.length }, routines).id).toBe(picked[0]);
    }
  });

  it('has a gentle catch-up snack for every prompt kind, so flare-ups are always covered', () => {
    for (const kind of promptKinds) {
      const ok = routinesBy({ snack: true, prompt: kind, effort: 'gentle' }).filter(
        (r) => routineDurationSec(r) <= CATCH_UP_MAX_SEC,
      );
      expect(ok.length, kind).toBeGreaterThan(0);
    }
  });

  it('falls back to the shortest snack when none fits a catch-up, and throws when none suits the kind', () => {
    const long = (id: string, seconds: number): Routine => ({
      id,
      title: 'Long',
      summary: 'Long.',
      category: 'walking',
      placement: 'standing',
      snack: true,
      staple: false,
      effort: 'gentle',
      prompts: ['move'],
      steps: [{ instruction: 'Walk.', seconds, side: 'none', placement: 'standing' }],
      cautions: [STOP_IF_WORSE],
      source: 'dunstan-2012',
      dosageSource: 'dunstan-2012',
    });
    const from = [long('walk-b', 100), long('walk-a', 90)];
    expect(suggestSnackRoutine('move', { catchUp: true, seed: 1 }, from).id).toBe('walk-a');
    expect(() => suggestSnackRoutine('shift', { catchUp: false }, from)).toThrow(/no snack routine suits/);
  });
});

describe('tipFor', () => {
  it('returns a tip for the context, the same one for the same seed', () => {
    fc.assert(
      fc.property(fc.constantFrom(...tipContexts), fc.integer(), (context, seed) => {
        const tip = tipFor(context, seed, tips);
        expect(tip.contexts).toContain(context);
        expect(tipFor(context, seed, tips)).toBe(tip);
      }),
    );
  });

  it('rotates through every tip of a context before repeating', () => {
    for (const context of tipContexts) {
      const pool = tips.filter((t) => t.contexts.includes(context));
      const seen = pool.map((_, i) => tipFor(context, i, tips).id);
      expect(new Set(seen).size, context).toBe(pool.length);
      expect(tipFor(context, pool.length, tips).id).toBe(seen[0]);
    }
  });

  it('throws for a context with no tips', () => {
    expect(() => tipFor('sleep', 0, [])).toThrow(/no tip/);
  });
});

describe('rotationIndex', () => {
  it('maps any number to a valid index', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.double()), fc.integer({ min: 1, max: 50 }), (seed, n) => {
        const i = rotationIndex(seed, n);
        expect(Number.isInteger(i)).toBe(true);
        expect(i).toBeGreaterThanOrEqual(0);
        expect(i).toBeLessThan(n);
      }),
    );
    expect(rotationIndex(undefined, 5)).toBe(0);
    expect(rotationIndex(Number.POSITIVE_INFINITY, 5)).toBe(0);
    expect(rotationIndex(7, 5)).toBe(2);
    expect(rotationIndex(-7, 5)).toBe(2);
  });
});
