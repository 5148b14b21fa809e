/**
 * Pacing and the weekly check-in on the real app: a walking goal from 3 sessions, flare mode reaching
 * Today, a check-in reaching the trend chart, and a red-flag "yes" showing the guidance. Simulated time
 * starts on Monday 2026-11-23 09:00 UTC.
 */
import type { Page } from '@playwright/test';
import type { Host } from '../host/server';
import { expect, test } from './fixtures';
import { journalRecords, onboardDirectly } from './helpers';

async function dispatch(host: Host, channel: string, payload?: unknown): Promise<unknown> {
  const result = await host.app.dispatch(channel, payload);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
  return result.value;
}

function recordTypes(host: Host): string[] {
  return journalRecords(host.dataDir)
    .map((line) => line.rec)
    .flatMap((rec) => (typeof rec === 'object' && rec !== null && 'type' in rec ? [String(rec.type)] : []))
    .filter((type) => type.startsWith('pacing.') || type.startsWith('checkin.'));
}

async function fillCheckin(page: Page, peg: [number, number, number]): Promise<void> {
  await page.getByLabel(/Your pain on average/).fill(String(peg[0]));
  await page.getByLabel(/enjoying life/).fill(String(peg[1]));
  await page.getByLabel(/general activity/).fill(String(peg[2]));
  await page.getByLabel('Activity 1', { exact: true }).fill('Gardening');
  await page.getByLabel('Activity 1: how well (0–10)').fill('4');
  await page.getByLabel(/^Stiffness/).fill('5');
  await page.getByLabel(/^Sleep quality/).fill('6');
  await page.getByLabel(/^Confidence to move/).fill('4');
  await page.getByRole('button', { name: 'Save check-in' }).click();
}

test.beforeEach(async ({ host }) => {
  await onboardDirectly(host);
});

test('a walking goal from 3 sessions shows its baseline and next week’s target', async ({ page, host }) => {
  await page.goto(`${host.url}/#/pacing`);
  await expect(page.getByRole('heading', { level: 1, name: 'Pacing' })).toBeVisible();
  await page.getByRole('button', { name: 'Walk 12 min every other day' }).click();
  await page.getByLabel('Session 1: minutes').fill('10');
  await page.getByLabel('Session 2: minutes').fill('12');
  await page.getByLabel('Session 3: minutes').fill('14');
  await page.getByRole('button', { name: 'Create goal' }).click();

  const goal = page.getByTestId('goal-Walk');
  // Mean 12 × 0.8 = 9.6, shown as 10; +10 % after a met week = 10.6, shown as 11.
  await expect(goal.getByTestId('goal-baseline')).toContainText('Starting level: 10 min');
  await expect(goal.getByTestId('goal-week')).toHaveText('This week: 10 min every other day');
  await expect(goal.getByTestId('goal-next')).toHaveText(
    'Next week: 11 min if this week is met; otherwise it stays at 10 min.',
  );
  expect(recordTypes(host)).toEqual(['pacing.goal-created']);

  // A session with symptoms higher after shows the expected-soreness note.
  await goal.getByLabel('Minutes', { exact: true }).fill('11');
  await goal.getByLabel('Symptoms before (0–10, optional)').fill('2');
  await goal.getByLabel('Symptoms after (0–10, optional)').fill('4');
  await goal.getByRole('button', { name: 'Log session' }).click();
  await expect(goal.getByTestId('soreness-note')).toContainText('20–30 minutes');

  // A log in the future is refused with a clear message and nothing is saved.
  await goal.getByLabel('Minutes', { exact: true }).fill('11');
  await goal.getByLabel('Date', { exact: true }).fill('2026-11-30');
  await goal.getByRole('button', { name: 'Log session' }).click();
  await expect(goal.getByRole('alert')).toContainText('30 November 2026 is in the future');
  expect(recordTypes(host)).toEqual(['pacing.goal-created', 'pacing.session-logged']);
});

test('flare mode lowers the targets and Today says so', async ({ page, host }) => {
  await dispatch(host, 'pacing.createGoal', {
    fields: {
      name: 'Walk',
      metric: 'session-min',
      cadence: { kind: 'daily' },
      progression: { mode: 'percent', pct: 10 },
      aim: null,
    },
    sessions: [{ minutes: 10 }, { minutes: 12 }, { minutes: 14 }],
  });
  await page.goto(`${host.url}/#/pacing`);
  await expect(page.getByTestId('goal-Walk').getByTestId('goal-today')).toHaveText('Today: 10 min');
  await page.getByRole('button', { name: 'Start flare mode' }).click();
  await expect(page.getByTestId('flare-status')).toContainText('your targets are at 50 %');
  await expect(page.getByTestId('goal-Walk').getByTestId('goal-today')).toHaveText(
    'Today: 5 min (flare plan, 50 % of your usual target)',
  );

  await page.goto(`${host.url}/#/today`);
  await expect(page.getByTestId('today-flare')).toHaveText(
    'Flare mode is on: today’s targets are lowered to 50 %.',
  );
  await expect(page.getByTestId('today-pacing')).toContainText('Walk: 5 min');
  expect(recordTypes(host)).toEqual(['pacing.goal-created', 'pacing.flare-entered']);
});

test('a completed check-in shows in the trend chart; a second one the same week is refused', async ({
  page,
  host,
}) => {
  await page.goto(`${host.url}/#/checkin`);
  await expect(page.getByRole('heading', { level: 1, name: 'Weekly check-in' })).toBeVisible();

  // Out of range: a clear message beside the field, nothing saved.
  await page.getByLabel(/Your pain on average/).fill('11');
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByText('Use 10 or less.').first()).toBeVisible();
  expect(recordTypes(host)).toEqual([]);

  await fillCheckin(page, [6, 5, 7]);
  await expect(page.getByTestId('red-flags')).toBeVisible();
  for (const group of await page.getByTestId('red-flags').getByRole('group').all()) {
    await group.getByRole('radio', { name: 'No' }).check();
  }
  await page.getByRole('button', { name: 'Finish' }).click();
  await expect(page.getByText('Nothing here needs urgent attention.')).toBeVisible();

  const chart = page.getByTestId('checkin-scores-chart');
  await expect(chart).toBeVisible();
  await chart.getByText('Show the numbers').click();
  await expect(chart.getByRole('row', { name: /Mon 23 Nov/ })).toContainText('6');
  expect(recordTypes(host)).toEqual(['checkin.submitted']);

  const again = await host.app.dispatch('checkin.submit', {
    peg: { pain: 1, enjoyment: 1, activity: 1 },
    activities: [],
    stiffness: 1,
    sleep: 1,
    confidence: 1,
  });
  // The refusal crosses as a code with its dates; the window words it.
  expect(again.ok ? 'saved' : again.error.reason).toEqual({
    code: 'checkinDone',
    date: '2026-11-23',
    next: '2026-11-30',
  });
});

test('a red-flag "yes" shows the urgent-care guidance; the answer is kept for the report only as its question id', async ({
  page,
  host,
}) => {
  await page.goto(`${host.url}/#/checkin`);
  await fillCheckin(page, [3, 3, 3]);
  const flags = page.getByTestId('red-flags');
  await flags
    .getByRole('group', { name: /numbness in your buttocks/ })
    .getByRole('radio', { name: 'Yes' })
    .check();
  await page.getByRole('button', { name: 'Finish' }).click();
  const guidance = page.getByTestId('red-flag-guidance');
  await expect(guidance).toContainText('Get help now');
  await expect(guidance).toContainText(
    'Call your emergency number or go to an emergency department (A&E) now.',
  );
  await expect.poll(() => recordTypes(host)).toEqual(['checkin.submitted', 'checkin.guidance-shown']);
  const shown = journalRecords(host.dataDir)
    .map((l) => l.rec)
    .find((r) => typeof r === 'object' && r !== null && 'type' in r && r.type === 'checkin.guidance-shown');
  // The "keep for my report" box is ticked by default: the question answered "yes" is kept, nothing else.
  expect(Object.keys(shown ?? {}).sort()).toEqual(['at', 'date', 'flags', 'type']);
  expect(shown).toMatchObject({ flags: ['rf-saddle-numbness'] });
});
