/**
 * The globalShortcut adapter. The stand-in follows electron.d.ts: register answers false when another app
 * holds the keys, and Electron throws when it cannot convert an accelerator; the adapter never throws.
 */
import { describe, expect, it } from 'vitest';
import { createGlobalShortcuts } from '../../../main/platform/electron/shortcuts';

function fakeGlobalShortcut(taken: string[]) {
  const held = new Map<string, () => void>();
  return {
    held,
    register(accelerator: string, callback: () => void): boolean {
      if (accelerator.includes('Bogus')) throw new TypeError(`Failed to convert '${accelerator}'`);
      if (taken.includes(accelerator) || held.has(accelerator)) return false;
      held.set(accelerator, callback);
      return true;
    },
    unregister(accelerator: string): void {
      held.delete(accelerator);
    },
  };
}

describe('global shortcuts over Electron', () => {
  it('registers, presses and unregisters', () => {
    const fake = fakeGlobalShortcut([]);
    const errors: unknown[] = [];
    const port = createGlobalShortcuts(fake, (e) => errors.push(e));
    let pressed = 0;
    expect(port.register('CommandOrControl+Alt+Up', () => pressed++)).toBe(true);
    fake.held.get('CommandOrControl+Alt+Up')?.();
    expect(pressed).toBe(1);
    port.unregister('CommandOrControl+Alt+Up');
    expect(fake.held.size).toBe(0);
    expect(errors).toEqual([]);
  });

  it('keys another app holds answer false', () => {
    const port = createGlobalShortcuts(fakeGlobalShortcut(['CommandOrControl+Alt+Up']), () => {});
    expect(port.register('CommandOrControl+Alt+Up', () => {})).toBe(false);
  });

  it('an accelerator Electron cannot convert answers false and is reported, not thrown', () => {
    const errors: unknown[] = [];
    const port = createGlobalShortcuts(fakeGlobalShortcut([]), (e) => errors.push(e));
    expect(port.register('Bogus+Key', () => {})).toBe(false);
    expect(errors).toHaveLength(1);
  });
});
