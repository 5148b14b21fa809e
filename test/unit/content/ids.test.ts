import { describe, expect, it } from 'vitest';
import { type ContentCatalog, catalog } from '../../../shared/content';

/**
 * Every id ever shipped. Journals, settings (staples, checklist) and prompts store these ids, so an id may
 * be added here but never removed, renamed or moved to another collection. Retiring an item means keeping
 * its id (and a sensible item) forever.
 */
const published: Record<keyof ContentCatalog, readonly string[]> = {
  sources: [
    'seed-foundations',
    'seed-red-flags',
    'seed-conservative-care',
    'seed-living-well',
    'nhs-back-exercises',
    'brakenridge-2025',
    'hedge-cornell',
    'dunstan-2012',
    'buckley-2015',
    'nelson-wong-2014',
    'pmc6637722-field-study',
    'krebs-2009-peg',
    'standard-practice',
  ],
  routines: [
    'desk-seated-cat-cow',
    'desk-seated-rotation',
    'desk-sit-tall-relax',
    'desk-shoulder-blade-squeeze',
    'desk-side-bend',
    'desk-belly-breathing',
    'desk-box-breathing',
    'task-sit-to-stand',
    'stand-back-extension',
    'stand-hip-flexor-stretch',
    'stand-calf-raises',
    'stand-weight-shift',
    'walk-desk-lap',
    'task-hip-hinge',
    'task-carry-practice',
    'walk-scheduled',
    'floor-knee-rolls',
    'floor-pelvic-tilts',
    'floor-glute-bridge',
    'floor-bottom-to-heels',
    'floor-cat-cow',
    'floor-morning-mobility',
    'floor-core-hip-strength',
    'floor-rest-breathing',
  ],
  tips: [
    'tip-sit-next-posture',
    'tip-sit-feet-supported',
    'tip-sit-lumbar-towel',
    'tip-sit-half-hour',
    'tip-sit-lean-back',
    'tip-sit-calls-standing',
    'tip-sit-long-task-snack',
    'tip-stand-shift-weight',
    'tip-stand-foot-up',
    'tip-stand-mix',
    'tip-stand-build-up',
    'tip-stand-walk-instead',
    'tip-lift-close',
    'tip-lift-hinge-legs',
    'tip-lift-practise-light',
    'tip-lift-rotate-duties',
    'tip-lift-hurt-harm',
    'tip-screen-eye-level',
    'tip-screen-laptop-raise',
    'tip-screen-look-away',
    'tip-screen-batch-errands',
    'tip-screen-reminders',
    'tip-sleep-regular',
    'tip-sleep-wind-down',
    'tip-sleep-morning-move',
    'tip-sleep-protect',
    'tip-stress-slow-breath',
    'tip-stress-ups-downs',
    'tip-stress-small-gains',
    'tip-stress-steady',
    'tip-stress-time-goals',
  ],
  checklist: [
    'check-screen-eye-level',
    'check-laptop-raised',
    'check-feet-supported',
    'check-lumbar-support',
    'check-neutral-posture',
    'check-alternate-positions',
    'check-foot-rest-standing',
    'check-sit-stand-rhythm',
    'check-microbreaks',
    'check-reminders-on',
    'check-movement-snacks',
    'check-task-batching',
    'check-task-rotation',
    'check-standing-goal',
    'check-lift-load-close',
    'check-lift-hinge',
    'check-lift-legs-drive',
  ],
  redFlags: [
    'rf-saddle-numbness',
    'rf-bladder-bowel',
    'rf-leg-weakness',
    'rf-fever-unwell',
    'rf-recent-trauma',
    'rf-past-cancer',
    'rf-weight-loss',
    'rf-night-pain',
  ],
  safetyTexts: [
    'safety-disclaimer',
    'safety-urgent-care',
    'safety-same-day-care',
    'safety-flare-plan',
    'safety-seek-care',
  ],
};

const collections = Object.keys(catalog).filter((k): k is keyof ContentCatalog => k in published);

describe('published content ids', () => {
  it('covers every collection', () => {
    expect(collections).toHaveLength(Object.keys(catalog).length);
  });

  for (const collection of collections) {
    const ids = published[collection];
    it(`${collection}: every published id still exists in the same collection`, () => {
      const now = new Set(catalog[collection].map((item) => item.id));
      expect(ids.filter((id) => !now.has(id))).toEqual([]);
    });
  }

  it('every current id is published, so a new item gets recorded here', () => {
    for (const collection of collections) {
      const items: readonly { id: string }[] = catalog[collection];
      const known = new Set(published[collection]);
      expect(
        items.map((i) => i.id).filter((id) => !known.has(id)),
        collection,
      ).toEqual([]);
    }
  });
});
