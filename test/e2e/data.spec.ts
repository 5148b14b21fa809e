/** Export and delete from Settings → Data, on the real journal and files. */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { call, onboardDirectly } from './helpers';

const TODAY = '2026-11-23';

test('export writes the day to the chosen CSV file; a cancelled dialog writes nothing', async ({
  page,
  host,
  advance,
}) => {
  await onboardDirectly(host);
  await advance(20);
  await call(host, 'state.act', { action: 'stand' });
  await advance(10);
  const day = await call(host, 'summary.day', { date: TODAY });

  const target = join(mkdtempSync(join(tmpdir(), 'sitwise-export-')), 'sitwise.csv');
  host.control.savePath = target;
  await page.goto(`${host.url}/#/settings`);
  await page.getByRole('button', { name: 'Export as CSV' }).click();
  await expect(page.getByTestId('data-status')).toContainText(target);
  const [header, ...rows] = readFileSync(target, 'utf8').trim().split('\n');
  expect(header).toContain('sitting_min');
  const columns = (header ?? '').split(',');
  const row = rows.find((r) => r.startsWith(TODAY))?.split(',') ?? [];
  expect(Number(row[columns.indexOf('sitting_min')])).toBe(day.sittingMin);
  expect(Number(row[columns.indexOf('standing_min')])).toBe(day.standingMin);

  host.control.savePath = null;
  const before = readdirSync(join(target, '..'));
  await page.getByRole('button', { name: 'Export as JSON' }).click();
  await expect(page.getByTestId('data-status')).not.toContainText(target);
  expect(readdirSync(join(target, '..'))).toEqual(before);
});

test('delete all data needs the typed phrase, then empties the journal and resets settings', async ({
  page,
  host,
  advance,
}) => {
  await onboardDirectly(host);
  await call(host, 'settings.update', { snooze: { minutes: 10 } });
  await advance(30);
  expect((await call(host, 'summary.day', { date: TODAY })).sittingMin).toBeGreaterThan(25);

  await page.goto(`${host.url}/#/settings`);
  const button = page.getByRole('button', { name: 'Delete all my data' });
  await expect(button).toBeDisabled();
  await page.getByLabel(/To confirm, type/).fill('delete my data');
  await expect(button).toBeDisabled();
  await page.getByLabel(/To confirm, type/).fill('delete all my data');
  await button.click();

  // Settings are back to the defaults, so the first-run screens greet the user again.
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Sitwise' })).toBeVisible();
  expect((await call(host, 'settings.get')).snooze.minutes).toBe(5);
  const summary = await call(host, 'summary.day', { date: TODAY });
  expect(summary.sittingMin).toBeLessThan(1);
  const journal = join(host.dataDir, 'journal');
  const lines = existsSync(journal)
    ? readdirSync(journal)
        .filter((f) => f.endsWith('.jsonl'))
        .flatMap((f) => readFileSync(join(journal, f), 'utf8').trim().split('\n').filter(Boolean))
    : [];
  // Only what the fresh engine wrote since (its opening lines), nothing from before.
  expect(lines.length).toBeLessThan(5);
});

test('import brings an export back after delete all data, and refuses a folder with history', async ({
  page,
  host,
  advance,
}) => {
  await onboardDirectly(host);
  await advance(30);
  const before = await call(host, 'summary.day', { date: TODAY });
  const target = join(mkdtempSync(join(tmpdir(), 'sitwise-import-')), 'sitwise.json');
  host.control.savePath = target;
  await call(host, 'data.export', { format: 'json' });

  // The next day this folder holds history of its own: an import is refused.
  await advance(24 * 60);
  await page.goto(`${host.url}/#/settings`);
  const status = page.getByTestId('import-status');
  await page.locator('#import-file').setInputFiles(target);
  await expect(status).toContainText('Could not import: An import goes into an empty data folder only');

  // A new computer: set up, then import.
  await call(host, 'data.delete', { confirm: 'delete all my data' });
  await onboardDirectly(host);
  await page.goto(`${host.url}/#/settings`);
  await page.locator('#import-file').setInputFiles(target);
  await expect(status).toHaveText('Imported sitwise.json.');
  await page
    .getByTestId('group-data')
    .screenshot({ path: 'test-results/screenshots/settings-data-import.png' });
  const after = await call(host, 'summary.day', { date: TODAY });
  // The day came back (the exact round trip is checked in test/unit/app/export-import.test.ts).
  expect(after.sittingMin).toBeGreaterThanOrEqual(before.sittingMin);
  expect((await call(host, 'settings.get')).onboarded).toBe(true);
});
