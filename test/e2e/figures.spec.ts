/**
 * The figures: every routine's first pose (the library, both themes), the player part-way through a
 * movement (moving, and with reduced motion: the key poses side by side), and the prompt window's snack
 * player at its real size. Screenshots go to test-results/screens/ to be looked at; axe finds nothing
 * serious.
 */
import { expect, test } from './fixtures';
import { call, expectNoSeriousA11yIssues, onboardDirectly, saveScreenshot } from './helpers';

const themes = ['light', 'dark'] as const;

/** Routines whose player is photographed mid-movement: one per kind of figure (desk, standing, floor). */
const moving = ['desk-seated-cat-cow', 'stand-back-extension', 'floor-glute-bridge', 'floor-knee-rolls'];

for (const theme of themes) {
  test(`every routine card shows its first pose (${theme})`, async ({ page, host }) => {
    await onboardDirectly(host);
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(`${host.url}/#/routines`);
    const cards = page.locator('.routine-card');
    await expect(cards).toHaveCount(24);
    await expect(page.locator('.routine-card svg[role="img"]')).toHaveCount(24);
    await saveScreenshot(page, `figures-library-${theme}`);
    await expectNoSeriousA11yIssues(page, `routine library (${theme})`);
  });

  test(`the player moves the figure mid-step (${theme})`, async ({ page, host }) => {
    await onboardDirectly(host);
    await page.emulateMedia({ colorScheme: theme });
    for (const id of moving) {
      await page.goto(`${host.url}/#/routines/${id}/play`);
      const player = page.getByTestId('player');
      await player.getByRole('button', { name: 'Next step' }).click();
      const figure = player.getByTestId('step-figure');
      await expect(figure).toHaveAttribute('data-still', 'false');
      const first = await figure.locator('svg').innerHTML();
      await page.waitForTimeout(900);
      // Moving: the drawing changed between two moments of the same step.
      expect(await figure.locator('svg').innerHTML()).not.toBe(first);
      await saveScreenshot(page, `figures-player-${id}-${theme}`);
    }
    await expectNoSeriousA11yIssues(page, `player (${theme})`);
  });
}

test('with reduced motion the player shows the key poses side by side, still', async ({ page, host }) => {
  await onboardDirectly(host);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${host.url}/#/routines/desk-seated-cat-cow/play`);
  const player = page.getByTestId('player');
  await player.getByRole('button', { name: 'Next step' }).click();
  const figure = player.getByTestId('step-figure');
  await expect(figure).toHaveAttribute('data-still', 'true');
  await expect(figure.getByRole('img')).toHaveCount(2);
  await expect(figure.getByRole('img').first()).toHaveAccessibleName(/rounds the back/);
  const before = await figure.innerHTML();
  await page.waitForTimeout(600);
  expect(await figure.innerHTML()).toBe(before);
  await saveScreenshot(page, 'figures-player-reduced-motion');
  await expectNoSeriousA11yIssues(page, 'player with reduced motion');
});

for (const theme of themes) {
  test(`the prompt window's snack player shows the figure large (${theme})`, async ({ page, host }) => {
    await onboardDirectly(host);
    await page.setViewportSize({ width: 380, height: 280 });
    await page.emulateMedia({ colorScheme: theme });
    await call(host, 'state.act', { action: 'snack-start', routineId: 'stand-back-extension' });
    await page.goto(`${host.url}/prompt.html`);
    const figure = page.getByTestId('step-figure');
    await expect(figure).toBeVisible();
    const box = await figure.boundingBox();
    // Large enough to follow from a step away: at least a third of the window's height.
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(280 / 3);
    await page.waitForTimeout(1200);
    await saveScreenshot(page, `figures-prompt-player-${theme}`);
    await expectNoSeriousA11yIssues(page, `prompt player (${theme})`);
  });
}
