/**
 * The main process speaks the chosen language: the tray menu and a prompt notification come out in German
 * when the person picks German, and in the system's language while the setting is "system".
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../../main/app';
import type { MenuItemModel } from '../../../main/shell/tray-model';
import { FakeClock } from '../../host/fake-clock';
import { createHostPlatform, type HostControl } from '../../host/platform';

const START = Date.parse('2026-11-23T09:00:00Z');
const MIN = 60_000;

let app: App | null = null;

async function boot(
  languages: readonly string[],
): Promise<{ app: App; control: HostControl; clock: FakeClock }> {
  const clock = new FakeClock(START);
  const dir = mkdtempSync(join(tmpdir(), 'sitwise-language-'));
  const host = createHostPlatform({
    clock,
    dataDir: dir,
    version: '0.0.0-test',
    timeZone: 'Europe/Berlin',
    languages,
  });
  app = createApp(host.platform, {
    onError: (e) => {
      throw e;
    },
  });
  await app.start();
  return { app, control: host.control, clock };
}

afterEach(async () => {
  await app?.stop();
  app = null;
});

function labels(menu: readonly MenuItemModel[]): string[] {
  return menu.flatMap((i) =>
    i.type === 'separator' ? [] : i.type === 'submenu' ? [i.label, ...labels(i.items)] : [i.label],
  );
}

describe('the main process in the chosen language', () => {
  it('renders the tray menu in German as soon as German is chosen', async () => {
    const { app, control } = await boot(['en-GB']);
    expect(labels(control.trayModel?.menu ?? [])).toContain('Open Sitwise');
    const settled = await app.dispatch('settings.update', { locale: 'de' });
    expect(settled.ok).toBe(true);
    expect(labels(control.trayModel?.menu ?? [])).toEqual([
      'Sitzen 0 Min. · als Nächstes: Stehen in 30 Min.',
      'Ich stehe',
      'Ich sitze',
      'Jetzt ein Bewegungssnack',
      'Pausieren',
      '30 Min.',
      '1 Stunde',
      'Für den Rest des Tages',
      'Fortsetzen',
      'Schmerzschub-Modus: leichtere Ziele',
      'Heutige Übersicht',
      'Sitwise öffnen',
      'Sicherheit und Warnzeichen',
      'Sitwise beenden',
    ]);
    expect(control.trayModel?.tooltip).toBe('Sitwise: Sitzen 0 Min. · als Nächstes: Stehen in 30 Min.');
  });

  it('shows a prompt notification in German, with German buttons', async () => {
    const { app, control, clock } = await boot(['en-GB']);
    await app.dispatch('settings.update', { locale: 'de', promptStyle: 'notification' });
    await clock.advance(30 * MIN + 1000);
    const note = control.notifications.at(-1);
    expect(note?.title).toBe('Zeit zum Aufstehen');
    expect(note?.body).toBe('Du sitzt schon eine Weile. Ein Wechsel der Position hilft.');
    expect(note?.actions.map((a) => a.label)).toEqual(['Ich stehe', 'In 5 Min. erinnern', 'Überspringen']);
  });

  it('follows the system’s languages while the setting is “system”', async () => {
    const { control } = await boot(['de-AT', 'en-US']);
    expect(labels(control.trayModel?.menu ?? [])).toContain('Sitwise öffnen');
  });

  it('answers the prompt window’s routine in the language the window shows', async () => {
    const { app } = await boot(['en-GB']);
    const ask = {
      id: 'desk-seated-cat-cow',
      kind: 'sit',
      catchUp: false,
      posture: 'sitting',
      locale: 'en',
    } as const;
    // The steps' doses, as the English content writes them: a translation changes words only.
    const doses = [
      { seconds: 5, side: 'none' },
      { reps: 8, side: 'none' },
    ];
    expect(await app.dispatch('routines.forPrompt', ask)).toMatchObject({
      ok: true,
      value: { routine: { id: 'desk-seated-cat-cow', title: 'Seated cat-cow', steps: doses } },
    });
    expect(await app.dispatch('routines.forPrompt', { ...ask, locale: 'de' })).toMatchObject({
      ok: true,
      value: { routine: { id: 'desk-seated-cat-cow', title: 'Katze-Kuh im Sitzen', steps: doses } },
    });
  });
});
