import { describe, expect, it } from 'vitest';
import {
  catalog,
  checklist,
  checklistGroups,
  checklistItemSchema,
  getChecklistItem,
  getRoutine,
  getSource,
  getTip,
  placements,
  redFlagSchema,
  redFlags,
  redFlagsBy,
  routineCategories,
  routineDurationSec,
  routineSchema,
  routines,
  routinesBy,
  SAME_DAY_ACTION,
  SNACK_MAX_SEC,
  STOP_IF_WORSE,
  safetyTextSchema,
  safetyTexts,
  sourceSchema,
  sources,
  tipContexts,
  tipSchema,
  tips,
  URGENT_ACTION,
  validateContent,
} from '../../../shared/content';

describe('every content item matches its schema', () => {
  const cases = [
    ['sources', sources, sourceSchema],
    ['routines', routines, routineSchema],
    ['tips', tips, tipSchema],
    ['checklist', checklist, checklistItemSchema],
    ['redFlags', redFlags, redFlagSchema],
    ['safetyTexts', safetyTexts, safetyTextSchema],
  ] as const;
  for (const [name, items, schema] of cases) {
    it(`${name} (${items.length} items)`, () => {
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) {
        const result = schema.safeParse(item);
        expect(result.error?.issues ?? [], item.id).toEqual([]);
      }
    });
  }

  it('the whole catalog has no problems (ids, sources, lengths, cautions, illustrations, wording)', () => {
    expect(validateContent()).toEqual([]);
  });
});

describe('ids', () => {
  const all = Object.values(catalog).flatMap((items: readonly { id: string }[]) => items.map((i) => i.id));

  it('are unique across all content', () => {
    const dupes = all.filter((id, i) => all.indexOf(id) !== i);
    expect(dupes).toEqual([]);
  });

  it('fit in the settings fields that store them (staples, checklist: max 80 chars)', () => {
    for (const id of all) expect(id.length).toBeLessThanOrEqual(80);
  });

  it('look up the same item they name', () => {
    for (const r of routines) expect(getRoutine(r.id)).toBe(r);
    for (const t of tips) expect(getTip(t.id)).toBe(t);
    for (const c of checklist) expect(getChecklistItem(c.id)).toBe(c);
    for (const s of sources) expect(getSource(s.id)).toBe(s);
    expect(getRoutine('no-such-routine')).toBeUndefined();
  });
});

describe('routines', () => {
  it('number at least 16 and cover every placement and category', () => {
    expect(routines.length).toBeGreaterThanOrEqual(16);
    for (const p of placements) expect(routinesBy({ placement: p }).length, p).toBeGreaterThan(0);
    for (const c of routineCategories) expect(routinesBy({ category: c }).length, c).toBeGreaterThan(0);
  });

  it('include at least 6 snacks done sitting at the desk, and at least 3 low-energy staples', () => {
    expect(routinesBy({ snack: true, placement: 'desk' }).length).toBeGreaterThanOrEqual(6);
    expect(routinesBy({ staple: true }).length).toBeGreaterThanOrEqual(3);
  });

  it('keep every snack within 2 minutes', () => {
    const snacks = routinesBy({ snack: true });
    expect(snacks.length).toBeGreaterThan(0);
    for (const r of snacks) expect(routineDurationSec(r), r.id).toBeLessThanOrEqual(SNACK_MAX_SEC);
  });

  it('all carry the stop-if-worse caution', () => {
    for (const r of routines) expect(r.cautions, r.id).toContain(STOP_IF_WORSE);
  });

  it('staples are gentle, so they suit a low-energy day', () => {
    for (const r of routinesBy({ staple: true })) expect(r.effort, r.id).toBe('gentle');
  });

  it('mark sit-to-stand and hip-hinge doses as standard practice (no published dose)', () => {
    expect(getRoutine('task-sit-to-stand')?.dosageSource).toBe('standard-practice');
    expect(getRoutine('task-hip-hinge')?.dosageSource).toBe('standard-practice');
  });

  it('routinesBy applies every field of the filter', () => {
    const hits = routinesBy({ placement: 'standing', snack: true, prompt: 'shift' });
    expect(hits.length).toBeGreaterThan(0);
    for (const r of hits) {
      expect(r.placement).toBe('standing');
      expect(r.prompts).toContain('shift');
    }
    expect(routinesBy({ placement: 'floor', snack: true })).toEqual([]);
    expect(routinesBy()).toHaveLength(routines.length);
  });
});

describe('tips', () => {
  it('number at least 25 and cover all six contexts', () => {
    expect(tips.length).toBeGreaterThanOrEqual(25);
    for (const c of tipContexts) {
      expect(tips.filter((t) => t.contexts.includes(c)).length, c).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('setup checklist', () => {
  it('covers every group and the founding text essentials', () => {
    for (const g of checklistGroups)
      expect(
        checklist.some((c) => c.group === g),
        g,
      ).toBe(true);
    const text = checklist.map((c) => `${c.title} ${c.detail}`.toLowerCase()).join(' | ');
    for (const phrase of [
      'eye level',
      'feet',
      'rolled towel',
      'neutral',
      'sitting and standing',
      'microbreak',
    ]) {
      expect(text).toContain(phrase);
    }
    for (const phrase of ['close to your body', 'hips', 'legs', 'grouped', 'repetitive tasks']) {
      expect(text).toContain(phrase);
    }
  });
});

describe('warning signs and safety texts', () => {
  it('split into urgent and same-day, each with the matching action', () => {
    const urgent = redFlagsBy('urgent');
    const sameDay = redFlagsBy('same-day');
    expect(urgent.length + sameDay.length).toBe(redFlags.length);
    for (const f of urgent) expect(f.action).toBe(URGENT_ACTION);
    for (const f of sameDay) expect(f.action).toBe(SAME_DAY_ACTION);
  });

  it('cover the urgent and same-day signs in the domain notes', () => {
    const words = (fs: typeof redFlags) => fs.map((f) => f.symptom.toLowerCase()).join(' | ');
    const urgent = words(redFlagsBy('urgent'));
    for (const w of ['buttocks', 'inner thighs', 'groin', 'genitals', 'bladder', 'bowels', 'weakness']) {
      expect(urgent).toContain(w);
    }
    const sameDay = words(redFlagsBy('same-day'));
    for (const w of ['fever', 'unwell', 'fall', 'had cancer before', 'weight', 'night']) {
      expect(sameDay).toContain(w);
    }
  });

  it('include the disclaimer and a flare-up plan with relative rest, staples and a step back up', () => {
    const kinds = safetyTexts.map((t) => t.kind);
    expect(kinds).toEqual(
      expect.arrayContaining(['disclaimer', 'flare-plan', 'urgent-care', 'same-day-care']),
    );
    const plan = safetyTexts.find((t) => t.kind === 'flare-plan');
    const steps = (plan?.steps ?? []).join(' ').toLowerCase();
    expect(steps).toContain('keep moving');
    expect(steps).toContain('staple');
    expect(steps).toContain('step back up');
    const disclaimer =
      safetyTexts
        .find((t) => t.kind === 'disclaimer')
        ?.body.join(' ')
        .toLowerCase() ?? '';
    expect(disclaimer).toContain('not a medical device');
    expect(disclaimer).toContain('check with a clinician');
    expect(disclaimer).toContain('stop any movement');
  });
});
