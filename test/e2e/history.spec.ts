/**
 * A simulated week on the real engine and journal, then History: the totals, per-day figures and day
 * detail the UI shows must be the ones the summary API reports.
 */

import { formatMinutes } from '../../renderer/src/lib/format';
import type { UserAction } from '../../shared/ipc';
import { expect, test } from './fixtures';
import { call, onboardDirectly } from './helpers';

const MONDAY = '2026-11-23';

test('a week of simulated work shows the same totals in History as the summary API', async ({
  page,
  host,
  advance,
}) => {
  test.setTimeout(180_000);
  await onboardDirectly(host);

  // Seven working days from 09:00: act on prompts (every third day skips them), then sleep overnight.
  for (let day = 0; day < 7; day++) {
    host.control.idle = 0;
    const workMinutes = 6 * 60 + day * 20;
    for (let t = 0; t < workMinutes; t += 5) {
      await advance(5);
      const snap = await call(host, 'state.get');
      if (snap.snack) {
        await call(host, 'state.act', { action: 'snack-done', routineId: snap.snack.routineId ?? undefined });
        continue;
      }
      const p = snap.activePrompt;
      if (!p) continue;
      let action: UserAction;
      if (day % 3 === 2) action = { action: 'skip' };
      else if (p.kind === 'stand' || p.kind === 'escalate') action = { action: 'stand' };
      else if (p.kind === 'sit') action = { action: 'sit' };
      else action = { action: 'snack-start', routineId: p.routineId ?? undefined };
      await call(host, 'state.act', action);
    }
    host.control.power('suspend');
    await advance(24 * 60 - workMinutes);
    host.control.power('resume');
  }

  const days = await call(host, 'summary.range', { from: MONDAY, to: '2026-11-29' });
  expect(days).toHaveLength(7);
  const sum = (f: (d: (typeof days)[number]) => number) => days.reduce((a, d) => a + f(d), 0);
  const sitting = sum((d) => d.sittingMin);
  const standing = sum((d) => d.standingMin);
  expect(sitting).toBeGreaterThan(7 * 3 * 60);
  expect(standing).toBeGreaterThan(60);

  await page.goto(`${host.url}/#/history/week/${MONDAY}`);
  await expect(page.getByTestId('period-title')).toContainText(/Week of Mon,? 23 Nov/);
  await expect(page.getByTestId('total-sitting')).toContainText(formatMinutes(sitting));
  await expect(page.getByTestId('total-standing')).toContainText(formatMinutes(standing));
  await expect(page.getByTestId('total-moving')).toContainText(formatMinutes(sum((d) => d.movingMin)));

  // The chart's own numbers (its table fallback) match each day.
  const chart = page.getByTestId('chart-posture');
  await chart.getByText('Show the numbers as a table').click();
  const rows = chart.locator('tbody tr');
  await expect(rows).toHaveCount(7);
  for (const [i, d] of days.entries()) {
    await expect(rows.nth(i).locator('td').nth(0)).toHaveText(formatMinutes(d.sittingMin));
    await expect(rows.nth(i).locator('td').nth(1)).toHaveText(formatMinutes(d.standingMin));
  }
  const prompts = page.getByTestId('chart-prompts');
  await prompts.getByText('Show the numbers as a table').click();
  for (const [i, d] of days.entries()) {
    await expect(prompts.locator('tbody tr').nth(i).locator('td').nth(0)).toHaveText(String(d.prompts.shown));
    await expect(prompts.locator('tbody tr').nth(i).locator('td').nth(1)).toHaveText(String(d.prompts.done));
  }

  // The rollup API agrees with the week's sum, and the month view shows the same totals for these days.
  const [week] = await call(host, 'summary.rollup', { from: MONDAY, to: '2026-11-29', by: 'week' });
  expect(week?.totals.sittingMin).toBeCloseTo(sitting, 0);

  // Day detail: Tuesday (prompts answered, so posture changed through the day) — its timeline and figures.
  const tuesday = days[1];
  await page.getByRole('link', { name: 'Tue 24 Nov' }).click();
  await expect(page.getByTestId('period-title')).toContainText('24 November 2026');
  await expect(page.getByTestId('total-sitting')).toContainText(formatMinutes(tuesday?.sittingMin ?? -1));
  await expect(page.getByTestId('day-timeline')).toBeVisible();
  const segments = await call(host, 'timeline.day', { date: '2026-11-24' });
  expect(segments.filter((s) => s.kind === 'standing').length).toBeGreaterThan(1);
  expect(segments.length).toBeGreaterThan(3);
  // Wednesday skipped every prompt: one long sitting stretch, no standing.
  const wednesday = await call(host, 'timeline.day', { date: '2026-11-25' });
  expect(wednesday.filter((s) => s.kind === 'standing')).toEqual([]);
});
