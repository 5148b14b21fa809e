/** Global shortcut keys kept in step with settings: registered when on, re-registered on change, taken keys reported. */
import { describe, expect, it } from 'vitest';
import type { GlobalShortcuts } from '../../../main/ports';
import type { ShellCommand } from '../../../main/shell/commands';
import { createShortcutKeys } from '../../../main/shell/shortcut-keys';
import { defaultSettings, type Settings } from '../../../shared/settings';

class Keys implements GlobalShortcuts {
  held = new Map<string, () => void>();
  constructor(public taken: string[] = []) {}
  register(accelerator: string, callback: () => void): boolean {
    if (this.taken.includes(accelerator) || this.held.has(accelerator)) return false;
    this.held.set(accelerator, callback);
    return true;
  }
  unregister(accelerator: string): void {
    this.held.delete(accelerator);
  }
}

const on = (patch: Partial<Settings['shortcuts']> = {}): Settings => ({
  ...defaultSettings,
  shortcuts: { ...defaultSettings.shortcuts, enabled: true, ...patch },
});

describe('shortcut keys', () => {
  it('off by default: nothing registered', () => {
    const port = new Keys();
    const keys = createShortcutKeys({ port, run: () => {} });
    keys.apply(defaultSettings);
    expect(port.held.size).toBe(0);
    expect(keys.status()).toEqual({ stand: 'off', sit: 'off', snack: 'off', pause: 'off' });
  });

  it('each shortcut runs its command', () => {
    const port = new Keys();
    const ran: ShellCommand[] = [];
    const keys = createShortcutKeys({ port, run: (c) => ran.push(c) });
    keys.apply(on());
    for (const accelerator of [
      'CommandOrControl+Alt+Up',
      'CommandOrControl+Alt+Down',
      'CommandOrControl+Alt+M',
      'CommandOrControl+Alt+P',
    ]) {
      port.held.get(accelerator)?.();
    }
    expect(ran).toEqual([
      { kind: 'act', action: { action: 'stand' } },
      { kind: 'act', action: { action: 'sit' } },
      { kind: 'act', action: { action: 'snack-start' } },
      { kind: 'act', action: { action: 'pause', minutes: 30 } },
    ]);
  });

  it('keys another app holds are reported as taken; the others work', () => {
    const port = new Keys(['CommandOrControl+Alt+M']);
    const keys = createShortcutKeys({ port, run: () => {} });
    keys.apply(on());
    expect(keys.status()).toEqual({
      stand: 'registered',
      sit: 'registered',
      snack: 'taken',
      pause: 'registered',
    });
  });

  it('two shortcuts on the same keys: the second is taken', () => {
    const port = new Keys();
    const keys = createShortcutKeys({ port, run: () => {} });
    keys.apply(on({ sit: 'CommandOrControl+Alt+Up' }));
    expect(keys.status()).toMatchObject({ stand: 'registered', sit: 'taken' });
  });

  it('changed keys release the old ones; turning off releases all', () => {
    const port = new Keys();
    const keys = createShortcutKeys({ port, run: () => {} });
    keys.apply(on());
    keys.apply(on({ stand: 'Shift+Alt+S' }));
    expect([...port.held.keys()].sort()).toEqual([
      'CommandOrControl+Alt+Down',
      'CommandOrControl+Alt+M',
      'CommandOrControl+Alt+P',
      'Shift+Alt+S',
    ]);
    keys.apply(defaultSettings);
    expect(port.held.size).toBe(0);
  });

  it('taken keys are tried again at the next settings change (the other app may have let go)', () => {
    const port = new Keys(['CommandOrControl+Alt+M']);
    const keys = createShortcutKeys({ port, run: () => {} });
    keys.apply(on());
    port.taken = [];
    keys.apply(on());
    expect(keys.status().snack).toBe('registered');
  });

  it('a host without shortcuts says so', () => {
    const keys = createShortcutKeys({ port: undefined, run: () => {} });
    keys.apply(on());
    expect(keys.status()).toEqual({
      stand: 'unavailable',
      sit: 'unavailable',
      snack: 'unavailable',
      pause: 'unavailable',
    });
  });
});
