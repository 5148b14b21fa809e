import { describe, expect, it } from 'vitest';
import { numberRule, patchAt, valueAt } from '../../../renderer/src/lib/settingRules';
import {
  createRequestOf,
  emptyDraft,
  goalDraftReducer,
} from '../../../renderer/src/screens/pacing/goalDraft';
import { refusalText } from '../../../renderer/src/screens/settings/useGroupSave';
import { defaultSettings } from '../../../shared/settings';
import { speak } from './speak';

speak();

describe('settings rules read from the schema', () => {
  it('gives number bounds as shared/settings.ts states them', () => {
    expect(numberRule('snooze.minutes')).toEqual({ min: 1, max: 30, integer: true });
    expect(numberRule('schedule.custom.sitMin')).toEqual({ min: 5, max: 120, integer: true });
    expect(numberRule('sound.volume')).toEqual({ min: 0, max: 1, integer: false });
    expect(numberRule('theme')).toBeNull();
  });
  it('builds a patch only for a value the schema accepts', () => {
    expect(patchAt('snooze.limit', 3)).toEqual({ snooze: { limit: 3 } });
    expect(patchAt('snooze.limit', 6)).toBeNull();
    expect(patchAt('snooze.limit', Number.NaN)).toBeNull();
    expect(patchAt('workingHours.ranges', [{ start: '18:00', end: '17:30' }])).toBeNull();
    expect(patchAt('dayStart', '4:00')).toBeNull();
    expect(valueAt(defaultSettings, 'schedule.custom.standMin')).toBe(15);
  });
  it('says why in plain words', () => {
    expect(refusalText('snooze.limit')).toBe('Not saved: use a whole number from 0 to 5.');
    expect(refusalText('dayStart')).toBe('Not saved: write a time such as 09:00.');
    expect(refusalText('workingHours.ranges')).toBe(
      'Not saved: the start time must come before the end time.',
    );
  });
});

describe('the new-goal form model', () => {
  const walk = {
    name: 'Walk',
    metric: 'session-min' as const,
    cadence: { kind: 'every-other-day' as const },
    progression: { mode: 'percent' as const, pct: 10 },
    aim: 12,
  };
  it('an example replaces everything the person changed before', () => {
    let d = goalDraftReducer(emptyDraft, { type: 'set', field: 'step', value: '7' });
    d = goalDraftReducer(d, { type: 'session', index: 1, part: 'minutes', value: '20' });
    d = goalDraftReducer(d, { type: 'example', fields: walk });
    expect(d).toEqual({ ...emptyDraft, name: 'Walk', aim: '12' });
  });
  it('becomes the create request; measured goals send no sessions', () => {
    let d = goalDraftReducer(emptyDraft, { type: 'example', fields: walk });
    d = goalDraftReducer(d, { type: 'session', index: 0, part: 'minutes', value: '10' });
    expect(createRequestOf(d)).toEqual({
      fields: { ...walk },
      sessions: [{ minutes: 10 }],
    });
    d = goalDraftReducer(d, { type: 'set', field: 'metric', value: 'standing-min' });
    expect(createRequestOf(d).sessions).toEqual([]);
    expect(goalDraftReducer(d, { type: 'reset' })).toEqual(emptyDraft);
  });
});
