/**
 * A routine of one's own, end to end: make it with three steps, mark it a staple, get it in a prompt
 * (a flare-up puts one's own staples first), run it to the end in the prompt window's player, export it,
 * delete it, and import it back from the exported file.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import {
  call,
  expectNoSeriousA11yIssues,
  onboardDirectly,
  openPromptWindow,
  saveScreenshot,
} from './helpers';

test('make a routine, use it as a staple in a prompt, export, delete and import it back', async ({
  page,
  context,
  host,
  advance,
}) => {
  test.setTimeout(120_000);
  await onboardDirectly(host);
  await page.goto(`${host.url}/#/routines`);
  await page.getByRole('link', { name: 'New routine' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New routine' })).toBeVisible();

  await page.getByLabel('Name').fill('Physio list');
  await page.getByRole('radio', { name: 'Standing' }).check();
  const steps = [
    { text: 'Stand tall and breathe slowly.', dose: 'Seconds', amount: '10', pose: 'Standing tall' },
    { text: 'Lean back gently, then come up.', dose: 'Repetitions', amount: '5', pose: 'Leaning back' },
    { text: 'Rise onto your toes and lower slowly.', dose: 'Repetitions', amount: '8', pose: 'No figure' },
  ];
  for (const [i, step] of steps.entries()) {
    if (i > 0) await page.getByRole('button', { name: 'Add a step' }).click();
    const card = page.locator('.own-step').nth(i);
    await card.getByLabel('What to do').fill(step.text);
    await card.getByLabel('Dose').selectOption({ label: step.dose });
    await card.getByLabel('How many').fill(step.amount);
    await card.getByLabel('Figure').selectOption({ label: step.pose });
  }
  await expect(page.getByTestId('snack-fit')).toContainText('Short enough for a movement snack');
  await saveScreenshot(page, 'own-routine-editor');
  await expectNoSeriousA11yIssues(page, 'routine editor');
  await page.getByRole('button', { name: 'Save routine' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Physio list' })).toBeVisible();
  const [own] = await call(host, 'routines.list');
  if (!own) throw new Error('the routine was not saved');
  expect(own.routine.steps).toHaveLength(3);
  await page.getByRole('button', { name: 'Mark as staple' }).click();
  await expect(page.getByTestId('staple-status')).toHaveText('Staples updated.');
  expect((await call(host, 'settings.get')).staples).toEqual([own.id]);
  await saveScreenshot(page, 'own-routine-view');
  await expectNoSeriousA11yIssues(page, 'own routine');

  // A bad day: own staples come first. Half an hour of sitting brings the stand prompt.
  await call(host, 'pacing.flare', { on: true });
  host.control.idle = 0;
  await advance(30);
  const due = await call(host, 'state.get');
  expect(due.activePrompt?.routineId).toBe(own.id);

  const prompt = await openPromptWindow(context, host);
  await prompt.setViewportSize({ width: 380, height: 280 });
  await expect(prompt.getByTestId('prompt')).toContainText('Physio list');
  await prompt.getByRole('button', { name: 'Start', exact: true }).click();
  const player = prompt.getByTestId('player');
  await expect(player.getByTestId('player-instruction')).toHaveText('Stand tall and breathe slowly.');
  for (let i = 0; i < 3; i++) await player.getByRole('button', { name: /^(Next step|Finish)$/ }).click();
  await expect(prompt.getByRole('heading', { name: 'All steps done' })).toBeVisible();
  await prompt.getByRole('button', { name: 'Done' }).click();
  await expect(prompt.getByTestId('prompt-after')).toHaveText('Snack recorded. Well done for moving.');

  // Export it, delete it, import it back.
  const out = join(mkdtempSync(join(tmpdir(), 'sitwise-export-')), 'physio.json');
  host.control.savePath = out;
  await page.reload();
  await page.getByRole('button', { name: 'Export routine file' }).click();
  await expect(page.getByTestId('own-status')).toHaveText(`Saved to ${out}.`);
  expect(existsSync(out)).toBe(true);
  expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ format: 'sitwise-routine', version: 1 });

  await page.getByRole('button', { name: 'Delete routine' }).click();
  await page.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Routines' })).toBeVisible();
  await expect(page.getByTestId('own-routines')).toContainText('You have no routines of your own yet.');
  expect(await call(host, 'routines.list')).toEqual([]);
  expect((await call(host, 'settings.get')).staples).toEqual([]);

  await page.getByTestId('import-routine').setInputFiles(out);
  await expect(page.getByRole('heading', { level: 1, name: 'Physio list' })).toBeVisible();
  const back = await call(host, 'routines.list');
  expect(back.map((r) => r.routine)).toEqual([own.routine]);
});
