import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createTrayView } from '../../../main/platform/electron/tray';
import type { ShellCommand } from '../../../main/shell/commands';
import { wordsFor } from '../../../main/shell/words';
import { FakeClock } from '../../host/fake-clock';
import { MIN, sitting, T0 } from '../shell/snapshots';
import { type FakeMenuItem, resetFakes, Tray } from './electron-fakes';

vi.mock('electron', () => import('./electron-fakes'));

/** English (GB) words in UTC, no flare-up. */
const extras = { flare: false, words: wordsFor('en', ['en-GB'], 'UTC') };

function setup(platform: NodeJS.Platform = 'linux') {
  const clock = new FakeClock(T0);
  const commands: ShellCommand[] = [];
  const view = createTrayView({ clock, platform, onCommand: (c) => commands.push(c) });
  const tray = Tray.last;
  if (!tray) throw new Error('no tray created');
  return { clock, commands, view, tray };
}

function find(items: FakeMenuItem[] | undefined, id: string): FakeMenuItem | undefined {
  for (const item of items ?? []) {
    if (item.id === id) return item;
    const inner = find(item.submenu, id);
    if (inner) return inner;
  }
  return undefined;
}

describe('Electron tray adapter', () => {
  beforeEach(resetFakes);

  it('sets menu, tooltip and icon from the snapshot', () => {
    const { view, tray } = setup();
    view.update(sitting(), extras);
    expect(tray.tooltip).toBe('Sitwise: Sitting 23 min · next: stand in 7 min');
    expect(find(tray.menu?.items, 'status')).toMatchObject({
      label: 'Sitting 23 min · next: stand in 7 min',
      enabled: false,
    });
    expect(find(tray.menu?.items, 'sit')?.enabled).toBe(false);
    expect(find(tray.menu?.items, 'stand')?.enabled).toBe(true);
    expect(find(tray.menu?.items, 'resume')?.enabled).toBe(false);
    expect(tray.image.reps).toEqual([2]);
  });

  it('runs the command of a clicked item', () => {
    const { view, tray, commands } = setup();
    view.update(sitting(), extras);
    find(tray.menu?.items, 'stand')?.click?.();
    find(tray.menu?.items, 'pause-60')?.click?.();
    find(tray.menu?.items, 'today')?.click?.();
    find(tray.menu?.items, 'quit')?.click?.();
    expect(commands).toEqual([
      { kind: 'act', action: { action: 'stand' } },
      { kind: 'act', action: { action: 'pause', minutes: 60 } },
      { kind: 'open', screen: 'today' },
      { kind: 'quit' },
    ]);
  });

  it('rebuilds the menu only when its content changes', () => {
    const { view, tray } = setup();
    view.update(sitting(), extras);
    view.update(sitting({ at: T0 + 1 }), extras);
    view.update(sitting({ at: T0 + 2 }), extras);
    expect(view.menuBuilds()).toBe(1);
    expect(tray.calls.menu).toBe(1);
    expect(tray.calls.tooltip).toBe(2); // the initial "Sitwise" and one real one
    view.update(sitting({ posture: 'standing' }), extras);
    expect(view.menuBuilds()).toBe(2);
    expect(find(tray.menu?.items, 'sit')?.enabled).toBe(true);
  });

  it('keeps the countdown current with one timer, not a polling loop', async () => {
    const { view, tray, clock } = setup();
    view.update(sitting(), extras);
    expect(clock.pendingTimers()).toBe(1);
    await clock.advance(2 * MIN);
    expect(tray.tooltip).toBe('Sitwise: Sitting 25 min · next: stand in 5 min');
    expect(clock.pendingTimers()).toBe(1);
    expect(view.menuBuilds()).toBe(3);
    view.destroy();
    expect(clock.pendingTimers()).toBe(0);
    expect(tray.destroyed).toBe(true);
  });

  it('changes the icon as the prompt nears, reusing images it already drew', async () => {
    const { view, tray, clock } = setup();
    view.update(sitting(), extras);
    const first = tray.image;
    await clock.advance(7 * MIN);
    expect(tray.image).not.toBe(first);
    view.update(sitting({ at: T0 }), extras);
    clock.advance(0);
    expect(tray.calls.image).toBeGreaterThanOrEqual(1);
  });

  it('uses template images and the menu-bar title on macOS only', () => {
    const mac = setup('darwin');
    mac.view.update(sitting(), extras);
    expect(mac.tray.title).toBe('7m');
    expect(mac.tray.image.template).toBe(true);
    const linux = setup('linux');
    linux.view.update(sitting(), extras);
    expect(linux.tray.title).toBe('');
    expect(linux.tray.calls.title).toBe(0);
    expect(linux.tray.image.template).toBe(false);
  });

  it('opens the dashboard on a left click on Windows', () => {
    const { tray, commands } = setup('win32');
    tray.emit('click');
    expect(commands).toEqual([{ kind: 'open' }]);
  });
});
