/**
 * A week of history seeded through the journal files, then History: the totals, per-day figures and day
 * detail the UI shows are the ones that follow from those events, written out here by hand.
 */

import type { EngineEvent } from '../../shared/events';
import { addDays, instantOf } from '../../shared/time';
import { expect, test } from './fixtures';
import { call, onboardDirectly } from './helpers';
import { seedJournal } from './journal-seed';

const MONDAY = '2026-11-16';
const SUNDAY = '2026-11-22';

/**
 * Day i (Monday = 0) starts at 09:00 sitting and ends 6 h + 20·i min later. On most days two stand
 * prompts (09:30 and 13:00) are answered by standing for 15 + 5·i minutes each; on Wednesday and
 * Saturday (i = 2, 5) the one prompt is skipped and nobody stands.
 */
function week(timeZone: string): EngineEvent[] {
  const events: EngineEvent[] = [];
  for (let i = 0; i < 7; i++) {
    const date = addDays(MONDAY, i);
    const at = (min: number) => instantOf(date, min, timeZone);
    const start = 9 * 60;
    const end = start + 360 + 20 * i;
    events.push({
      type: 'day',
      at: at(start),
      date,
      timeZone,
      dayStart: '04:00',
      posture: 'sitting',
      presence: 'present',
      awayReason: null,
    });
    const prompt = (min: number, n: number) => {
      const id = `${date}-${n}`;
      events.push(
        { type: 'prompt-due', at: at(min), id, kind: 'stand', boutMs: 30 * 60_000 },
        { type: 'prompt-shown', at: at(min), id, kind: 'stand', attempt: 1, catchUp: false, routineId: null },
      );
      return id;
    };
    if (i === 2 || i === 5) {
      const id = prompt(start + 30, 1);
      events.push({ type: 'prompt-skipped', at: at(start + 31), id, auto: false });
    } else {
      const stand = 15 + 5 * i;
      for (const [n, min] of [
        [1, start + 30],
        [2, 13 * 60],
      ] as const) {
        const id = prompt(min, n);
        events.push(
          { type: 'posture', at: at(min + 2), posture: 'standing', from: 'sitting', cause: 'user' },
          { type: 'prompt-done', at: at(min + 2), id, how: 'posture' },
          { type: 'posture', at: at(min + 2 + stand), posture: 'sitting', from: 'standing', cause: 'user' },
        );
      }
    }
    events.push({ type: 'observed', at: at(end), final: true });
  }
  return events;
}

test('a week of journaled work shows its totals, per-day figures and day detail in History', async ({
  page,
  host,
}) => {
  await onboardDirectly(host);
  await seedJournal(host, week(Intl.DateTimeFormat().resolvedOptions().timeZone));

  // Sitting per day: 330, 340, 400, 360, 370, 460, 390 min; standing: 30, 40, 0, 60, 70, 0, 90 min.
  const days = await call(host, 'summary.range', { from: MONDAY, to: SUNDAY });
  expect(days.map((d) => [d.sittingMin, d.standingMin, d.movingMin])).toEqual([
    [330, 30, 0],
    [340, 40, 0],
    [400, 0, 0],
    [360, 60, 0],
    [370, 70, 0],
    [460, 0, 0],
    [390, 90, 0],
  ]);

  await page.goto(`${host.url}/#/history/week/${MONDAY}`);
  await expect(page.getByTestId('period-title')).toContainText(/Week of Mon,? 16 Nov/);
  await expect(page.getByTestId('total-sitting').locator('dd')).toHaveText('44 h 10 min');
  await expect(page.getByTestId('total-standing').locator('dd')).toHaveText('4 h 50 min');
  await expect(page.getByTestId('total-moving').locator('dd')).toHaveText('0 min');

  // The chart's own numbers (its table fallback), day by day.
  const chart = page.getByTestId('chart-posture');
  await chart.getByText('Show the numbers as a table').click();
  const rows = chart.locator('tbody tr');
  await expect(rows).toHaveCount(7);
  const expected = [
    ['5 h 30 min', '30 min'],
    ['5 h 40 min', '40 min'],
    ['6 h 40 min', '0 min'],
    ['6 h', '1 h'],
    ['6 h 10 min', '1 h 10 min'],
    ['7 h 40 min', '0 min'],
    ['6 h 30 min', '1 h 30 min'],
  ];
  for (const [i, [sitting, standing]] of expected.entries()) {
    await expect(rows.nth(i).locator('td').nth(0)).toHaveText(sitting ?? '');
    await expect(rows.nth(i).locator('td').nth(1)).toHaveText(standing ?? '');
  }
  const prompts = page.getByTestId('chart-prompts');
  await prompts.getByText('Show the numbers as a table').click();
  const shownDone = [
    ['2', '2'],
    ['2', '2'],
    ['1', '0'],
    ['2', '2'],
    ['2', '2'],
    ['1', '0'],
    ['2', '2'],
  ];
  for (const [i, [shown, done]] of shownDone.entries()) {
    await expect(prompts.locator('tbody tr').nth(i).locator('td').nth(0)).toHaveText(shown ?? '');
    await expect(prompts.locator('tbody tr').nth(i).locator('td').nth(1)).toHaveText(done ?? '');
  }

  // The rollup API agrees with the week's sum.
  const [rollup] = await call(host, 'summary.rollup', { from: MONDAY, to: SUNDAY, by: 'week' });
  expect(rollup?.totals.sittingMin).toBe(2650);
  expect(rollup?.totals.standingMin).toBe(290);

  // Day detail: Tuesday, prompts answered — sitting and standing alternate through the day.
  await page.getByRole('link', { name: 'Tue 17 Nov' }).click();
  await expect(page.getByTestId('period-title')).toContainText('17 November 2026');
  await expect(page.getByTestId('total-sitting').locator('dd')).toHaveText('5 h 40 min');
  await expect(page.getByTestId('day-timeline')).toBeVisible();
  const tuesday = await call(host, 'timeline.day', { date: '2026-11-17' });
  expect(tuesday.map((s) => s.kind)).toEqual(['sitting', 'standing', 'sitting', 'standing', 'sitting']);
  // Wednesday skipped its prompt: one sitting stretch, no standing.
  const wednesday = await call(host, 'timeline.day', { date: '2026-11-18' });
  expect(wednesday.map((s) => s.kind)).toEqual(['sitting']);
});
