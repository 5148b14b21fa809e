/**
 * The main journey on the real app: first run, half an hour of sitting, the stand prompt, a snooze that
 * comes back five minutes later, a guided snack to the end, and the result on Today and in the journal.
 */
import { expect, test } from './fixtures';
import { call, journalRecords, onboardThroughUi, openPromptWindow } from './helpers';

test('first run → 30 min sitting → stand prompt → snooze → returns → guided snack → recorded', async ({
  page,
  context,
  host,
  advance,
}) => {
  await onboardThroughUi(page, host);
  expect((await call(host, 'settings.get')).onboarded).toBe(true);

  // Half an hour of steady keyboard use while sitting.
  host.control.idle = 0;
  await advance(30);
  const due = await call(host, 'state.get');
  expect(due.activePrompt?.kind).toBe('stand');
  expect(host.control.promptOpen).toBe(true);
  const opensBefore = host.control.opened.prompt;
  await expect(page.getByTestId('today-prompt')).toContainText('Time to stand up');

  const prompt = await openPromptWindow(context, host);
  await expect(prompt.getByRole('heading', { level: 1, name: 'Time to stand up' })).toBeVisible();
  await prompt.getByRole('button', { name: /^Snooze 5 min$/ }).click();
  await expect(prompt.getByTestId('prompt-after')).toHaveText('Snoozed. The prompt comes back in 5 minutes.');
  expect((await call(host, 'state.get')).activePrompt).toBeNull();

  // Four minutes is not yet five: still snoozed.
  await advance(4);
  expect((await call(host, 'state.get')).activePrompt).toBeNull();
  await advance(1);
  expect((await call(host, 'state.get')).activePrompt?.kind).toBe('stand');
  expect(host.control.opened.prompt).toBeGreaterThan(opensBefore);
  await expect(prompt.getByRole('heading', { level: 1, name: 'Time to stand up' })).toBeVisible();

  await prompt.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(prompt.getByTestId('player')).toBeVisible();
  const snack = (await call(host, 'state.get')).snack;
  expect(snack).not.toBeNull();
  const routineId = snack?.routineId ?? '';
  expect(routineId).not.toBe('');

  // Two simulated minutes of movement, then walk the guided steps to the end.
  await advance(2);
  for (let i = 0; i < 30; i++) {
    const next = prompt.getByRole('button', { name: /^(Next step|Finish)$/ });
    if (!(await next.isVisible())) break;
    await next.click();
  }
  await expect(prompt.getByRole('heading', { name: 'All steps done' })).toBeVisible();
  await prompt.getByRole('button', { name: 'Done' }).click();
  await expect(prompt.getByTestId('prompt-after')).toHaveText('Snack recorded. Well done for moving.');
  expect((await call(host, 'state.get')).snack).toBeNull();

  // Today shows the snack and the moving minutes, as the summary reports them.
  const date = '2026-11-23';
  const summary = await call(host, 'summary.day', { date });
  // Two simulated minutes of moving (clicks take no simulated time), one prompt answered.
  expect(summary.movingMin).toBe(2);
  expect(summary.prompts.done).toBe(1);
  await page.reload();
  await expect(page.getByTestId('total-moving').locator('dd')).toHaveText('2 min');
  await expect(page.getByTestId('prompts-done').locator('dd')).toHaveText('1');
  await expect(page.getByTestId('today-timeline')).toBeVisible();

  // The journal on disk holds the snack: its start with the routine, and its end as done with the minutes moved.
  const recs = journalRecords(host.dataDir)
    .map((line) => line.rec)
    .filter((r): r is Record<string, unknown> => typeof r === 'object' && r !== null);
  const start = recs.findIndex((r) => r.type === 'snack-start' && r.routineId === routineId);
  expect(start).toBeGreaterThanOrEqual(0);
  const end = recs.slice(start).find((r) => r.type === 'snack-end');
  expect(end).toMatchObject({ outcome: 'done' });
  expect(Number(end?.movedMs)).toBeGreaterThanOrEqual(2 * 60_000);
});
