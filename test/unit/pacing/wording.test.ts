import { describe, expect, it } from 'vitest';
import { amountText, cadenceText, nextText, todayText } from '../../../renderer/src/screens/pacing/describe';
import { lintWording } from '../../../shared/content/wording';
import { en } from '../../../shared/i18n/messages/en';
import { planOf } from '../../../shared/pacing/plan';
import { messageTexts } from '../i18n/message-texts';
import { speak } from '../renderer/speak';
import { everyDay, walkGoal } from './helpers';

speak();

describe('pacing and check-in strings', () => {
  const texts = messageTexts(en, /^(pacing|checkin)\./);

  it('make no health claims, name no conditions, stay calm and keep sentences short', () => {
    expect(texts.length).toBeGreaterThan(100);
    const problems = texts.flatMap(({ path, text }) => lintWording(text).map((i) => `${path}: ${i.message}`));
    expect(problems).toEqual([]);
  });

  it('leave no placeholder without a value in the plan texts', () => {
    const goal = walkGoal({ baselineOverride: { value: 10, date: '2026-11-02' } });
    const flare = { entered: '2026-11-10', left: null, sharePct: 50, returnDays: 0 };
    const plan = planOf({
      goal,
      entries: everyDay('2026-11-02', 9, 12),
      flares: [flare],
      today: '2026-11-10',
    });
    if (plan.status !== 'active') throw new Error('expected active');
    expect(todayText(goal, plan)).toBe('Today: 6 min (flare plan, 50 % of your usual target)');
    expect(nextText(goal, plan)).toBe('Next week: stays at 11 min. Flare weeks do not raise targets.');
    const calm = planOf({ goal, entries: everyDay('2026-11-02', 9, 12), flares: [], today: '2026-11-10' });
    if (calm.status !== 'active') throw new Error('expected active');
    expect(nextText(goal, calm)).toBe('Next week: 12 min if this week is met; otherwise it stays at 11 min.');
  });

  it('describes cadences and amounts in plain words', () => {
    expect(cadenceText({ kind: 'every-other-day' })).toBe('every other day');
    expect(cadenceText({ kind: 'weekdays', days: [5, 1, 2, 3, 4] })).toBe('on working days');
    expect(cadenceText({ kind: 'per-week', times: 1 })).toBe('once a week');
    expect(cadenceText({ kind: 'per-week', times: 3 })).toBe('3 times a week');
    expect(amountText('snacks-done', 1)).toBe('1 snack');
    expect(amountText('standing-min', 120)).toBe('120 min');
  });
});
