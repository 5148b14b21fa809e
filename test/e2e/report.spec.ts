/**
 * Eight weeks on the host, then the report: history seeded through the journal files (working days, a
 * walking goal logged daily, a measured standing goal, a flare-up, weekly check-ins), today's check-in
 * through the UI with a red-flag "yes" (and the plateau note it brings), My plan opened for the review,
 * then the report saved as a PDF through the save dialog. The PDF's text is checked figure by figure
 * against the summaries and pacing services; its pages are rendered to PNG to be looked at.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { EngineEvent } from '../../shared/events';
import { addDays } from '../../shared/time';
import { type Host, startHost } from '../host/server';
import { expect, test } from './fixtures';
import {
  call,
  expectNoSeriousA11yIssues,
  journalRecords,
  onboardDirectly,
  saveScreenshot,
  screensDir,
} from './helpers';
import { FLARE, seedHistory } from './seed-history';

const TODAY = '2026-11-24';
const FROM = addDays(TODAY, -55); // "Last 8 weeks": 56 days ending today
const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The test's own formatting, written from what the report shows ("5 h 12 min", "Tue 24 Nov"). */
function hm(minutes: number): string {
  const total = Math.round(minutes);
  if (total < 60) return `${total} min`;
  const h = Math.floor(total / 60);
  const m = total % 60;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
const day = (date: string) =>
  new Intl.DateTimeFormat('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(new Date(`${date}T12:00:00Z`));
const longDay = (date: string) =>
  new Intl.DateTimeFormat('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T12:00:00Z`));
function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const m = s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
  return Math.round(m * 10) / 10;
}
const squash = (text: string) => text.replace(/\s+/g, ' ');

let host: Host;

test.beforeEach(async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'sitwise-report-'));
  seedHistory(dataDir, { timeZone, dayStart: '04:00' });
  host = await startHost({ dataDir, clock: 'fake', startAt: Date.parse(`${TODAY}T09:00:00Z`) });
  await onboardDirectly(host);
  await call(host, 'settings.update', { staples: ['desk-belly-breathing', 'desk-seated-cat-cow'] });
});

test.afterEach(async () => {
  await host.close();
});

async function checkinWithRedFlag(page: Page): Promise<void> {
  await page.goto(`${host.url}/#/checkin`);
  await page.getByLabel(/Your pain on average/).fill('5');
  await page.getByLabel(/enjoying life/).fill('5');
  await page.getByLabel(/general activity/).fill('6');
  await page.getByLabel('Activity 1', { exact: true }).fill('Gardening');
  await page.getByLabel('Activity 1: how well (0–10)').fill('4');
  await page.getByLabel(/^Stiffness/).fill('5');
  await page.getByLabel(/^Sleep quality/).fill('6');
  await page.getByLabel(/^Confidence to move/).fill('5');
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await page
    .getByTestId('red-flags')
    .getByRole('group', { name: /not eased by rest/ })
    .getByRole('radio', { name: 'Yes' })
    .check();
  await page.getByRole('button', { name: 'Finish' }).click();
  await expect(page.getByTestId('red-flag-guidance')).toBeVisible();
}

test('eight weeks make a one-page report whose every figure matches the services', async ({ page }) => {
  test.setTimeout(240_000);
  await checkinWithRedFlag(page);

  // Four check-ins since the flare-up (3, 10, 17 and 24 Nov) with goals met and no meaningful change.
  const plateau = page.getByTestId('plateau-note');
  await expect(plateau).toContainText('a review with a clinician, or a supervised exercise programme');
  await saveScreenshot(page, 'report-checkin-plateau');
  await expectNoSeriousA11yIssues(page, 'check-in with the plateau note');
  await plateau.getByRole('button', { name: 'Put this away' }).click();
  await expect(plateau).toBeHidden();
  expect((await call(host, 'checkin.get')).plateau).toBeNull();

  // The four-week review (last one on 27 Oct) opens My plan with what changed since.
  await page.getByTestId('review-nudge').getByRole('link', { name: 'Open my plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My plan' })).toBeVisible();
  const since = page.getByTestId('plan-since');
  await expect(since).toContainText(`What changed since your last review (${longDay('2026-10-27')})`);
  // The flare-up (21–23 Oct) ended before that review.
  await expect(since).toContainText('No flare-ups.');
  await expect(since).toContainText('Check-ins since: 4.');
  // PEG on 27 Oct: (7 + 6 + 6) / 3 = 6.3; today (5 + 5 + 6) / 3 = 5.3. Gardening 3 then, 4 now.
  await expect(since).toContainText('6.3 then, 5.3 now.');
  await expect(since).toContainText('3 then, 4 now.');
  await expect(page.getByTestId('plan-flare')).toContainText('In a flare I keep to 50 % of my usual targets');
  await page.getByLabel(/^Movement/).fill('Walk 20 minutes at lunch');
  await page.getByLabel(/^What helps me in a flare/).fill('A warm shower in the morning');
  await page.getByLabel(/^A note for my clinician/).fill('Left side worse after long drives.');
  await page.getByRole('button', { name: 'Save my words' }).click();
  await expect(page.getByTestId('plan-words')).toContainText('Saved.');
  const planFile = JSON.parse(readFileSync(join(host.dataDir, 'plan.json'), 'utf8'));
  expect(planFile.words).toMatchObject({
    movement: 'Walk 20 minutes at lunch',
    flareRelief: 'A warm shower in the morning',
    clinicianNote: 'Left side worse after long drives.',
  });
  await saveScreenshot(page, 'report-my-plan');
  await expectNoSeriousA11yIssues(page, 'My plan');
  await page.getByRole('button', { name: 'I have reviewed my plan' }).click();
  await expect(page.getByTestId('plan-next-review')).toContainText(longDay('2026-12-22'));

  // The report: last 8 weeks, one check-in note and the clinician note included, saved as a PDF.
  await page.goto(`${host.url}/#/report`);
  await expect(page.getByTestId('report-sheet')).toBeVisible();
  await page.getByRole('checkbox', { name: 'My note for my clinician (from My plan)' }).check();
  await page.getByRole('checkbox', { name: `Check-in note of ${longDay('2026-11-17')}` }).check();
  await expect(page.getByTestId('report-notes')).toContainText('Walked to the shop and back.');
  await saveScreenshot(page, 'report-screen');
  await expectNoSeriousA11yIssues(page, 'report screen');
  const outDir = join(screensDir, 'report-pdf');
  mkdirSync(outDir, { recursive: true });
  const pdfPath = join(outDir, 'report.pdf');
  host.control.savePath = pdfPath;
  await page.getByRole('button', { name: 'Save as PDF' }).click();
  await expect(page.getByTestId('report-saved')).toContainText(`Saved to ${pdfPath}.`, { timeout: 30_000 });

  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }))?.[1]);
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(2);
  execFileSync('pdftoppm', ['-png', '-r', '70', pdfPath, join(outDir, 'page')]);
  const text = squash(execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }));

  // Sitting profile, against the day summaries (the History screen's channel) and the journal's snacks.
  const days = await call(host, 'summary.range', { from: FROM, to: TODAY });
  const tracked = days.filter((d) => d.sittingMin + d.standingMin + d.movingMin > 0);
  expect(tracked.length).toBeGreaterThan(30);
  expect(text).toContain(`${longDay(FROM)} to ${longDay(TODAY)} (56 days, ${tracked.length} tracked)`);
  expect(text).toContain(`Made on ${longDay(TODAY)}`);
  const snacks = new Map<string, number>();
  let current = '';
  for (const line of journalRecords(join(host.dataDir, 'journal'))) {
    const e = line.rec as EngineEvent;
    if (e.type === 'day') current = e.date;
    else if (e.type === 'snack-end' && e.outcome === 'done')
      snacks.set(current, (snacks.get(current) ?? 0) + 1);
  }
  expect(text).toContain(`Sitting ${hm(median(tracked.map((d) => d.sittingMin)))}`);
  expect(text).toContain(`Standing ${hm(median(tracked.map((d) => d.standingMin)))}`);
  expect(text).toContain(`Sitting bouts over 30 min ${median(tracked.map((d) => d.longBouts))}`);
  expect(text).toContain(`Sit/stand changes ${median(tracked.map((d) => d.postureChanges))}`);
  expect(text).toContain(`Movement snacks done ${median(tracked.map((d) => snacks.get(d.date) ?? 0))}`);
  const longest = tracked.reduce((a, d) => (d.longestSittingBoutMin > a.longestSittingBoutMin ? d : a));
  expect(text).toContain(`Longest sitting bout ${hm(longest.longestSittingBoutMin)} on ${day(longest.date)}`);
  const shown = days.reduce((a, d) => a + d.prompts.shown, 0);
  const done = days.reduce((a, d) => a + d.prompts.done, 0);
  expect(done).toBeGreaterThan(0);
  expect(text).toContain(`Prompts acted on ${done} of ${shown} shown`);

  // Pacing, against the Pacing screen's channel.
  const view = await call(host, 'pacing.get');
  expect(view.goals.map((g) => g.goal.name)).toEqual(['Walk', 'Standing at work']);
  for (const g of view.goals) {
    if (g.plan.status !== 'active') throw new Error(`${g.goal.name} has no active plan`);
    const weeks = g.plan.weeks.filter((w) => w.from >= FROM && w.from <= TODAY && (!w.current || w.met));
    const met = weeks.filter((w) => w.met).length;
    const baseline = Math.max(1, Math.round(g.plan.baseline.value));
    expect(text).toContain(
      `${g.goal.name} ${baseline} min ${g.plan.thisWeek.target} min ${met} of ${weeks.length}`,
    );
  }
  // Walk: baseline (10 + 12 + 14) / 3 × 0.8 = 9.6, shown as 10 min; seven weeks in the period, all met.
  expect(text).toContain('Walk 10 min');
  expect(text).toContain('7 of 7');
  expect(text).toContain(`Flare-ups: ${day(FLARE.entered)} to ${day(FLARE.left)} (targets at 50 %)`);

  // Check-ins, against the check-in trends (the Check-in screen's channel).
  const trends = await call(host, 'checkin.trends');
  const inPeriod = trends.points.filter((p) => p.date >= FROM);
  expect(inPeriod.map((p) => p.date)).toEqual([
    '2026-10-06',
    '2026-10-13',
    '2026-10-20',
    '2026-10-27',
    '2026-11-03',
    '2026-11-10',
    '2026-11-17',
    '2026-11-24',
  ]);
  for (const p of inPeriod) {
    expect(text).toContain(`${day(p.date)} ${p.peg} ${p.psfs} ${p.stiffness} ${p.sleep} ${p.confidence}`);
  }
  expect(text).toContain(`${day('2026-11-24')} 5.3 4 5 6 5`);
  // 13 Oct: PEG (6 + 6 + 6) / 3 = 6, Gardening 3.
  expect(text).toContain(`${day('2026-10-13')} 6 3 5 6 5`);
  // Gardening: 3 on 6 Oct (first in the period), 4 today.
  expect(text).toContain(`Gardening 3 (${day('2026-10-06')}) 4 (${day(TODAY)}) +1`);

  // Red flags as reported, plateau note, chosen notes, the wellness line.
  expect(text).toContain('Reported by the user — discuss');
  expect(text).toContain(`${day(TODAY)}: Severe pain that does not ease with rest, especially at night.`);
  expect(text).toContain(`${day(TODAY)}: four or more check-ins since the week of ${day('2026-11-02')}`);
  expect(text).toContain('Left side worse after long drives.');
  expect(text).toContain(`${day('2026-11-17')}: Walked to the shop and back.`);
  expect(text).not.toContain('Long drive on Saturday.');
  expect(text).toContain('Sitwise supports movement habits. It is not a medical device.');
  expect(text).not.toMatch(/abnormal|diagnos|treat/i);

  // The print view on its own: light theme, print media, axe.
  const printPath = `report/print/${FROM}/${TODAY}/-/0`;
  await page.goto(`${host.url}/#/${printPath}`);
  await expect(page.locator('html[data-print-ready="true"]')).toBeAttached();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expectNoSeriousA11yIssues(page, 'report print view');
  await saveScreenshot(page, 'report-print-view');
  await page.emulateMedia({ media: 'print' });
  await saveScreenshot(page, 'report-print-media');
});
