import { describe, expect, it } from 'vitest';
import { createFocusProbe } from '../../../main/platform/electron/focus';
import type { FrontWindow } from '../../../main/shell/focus-match';
import { screen } from './electron-fakes';

const options = { apps: ['zoom'], fullscreen: true };

describe('focus probe', () => {
  it('asks for the front window only when called', async () => {
    let asked = 0;
    const probe = createFocusProbe(
      screen,
      () => {},
      async () => {
        asked++;
        return { title: '', owner: { name: 'zoom.us' }, bounds: { x: 0, y: 0, width: 800, height: 600 } };
      },
    );
    expect(asked).toBe(0);
    expect(await probe.isBusy(options)).toBe(true);
    expect(asked).toBe(1);
  });

  it('judges fullscreen against the display the window is on', async () => {
    const onSecond: FrontWindow = {
      title: '',
      owner: { name: 'mpv' },
      bounds: { x: 1920, y: 0, width: 1280, height: 1024 },
    };
    const probe = createFocusProbe(
      screen,
      () => {},
      async () => onSecond,
    );
    expect(await probe.isBusy(options)).toBe(true);
    expect(await probe.isBusy({ apps: [], fullscreen: false })).toBe(false);
  });

  it('does not defer, and says why, when the front window cannot be read (Wayland, no x11-utils)', async () => {
    const errors: unknown[] = [];
    const probe = createFocusProbe(
      screen,
      (e) => errors.push(e),
      async () => {
        throw new Error('xprop: unable to open display');
      },
    );
    expect(await probe.isBusy(options)).toBe(false);
    expect(String(errors[0])).toMatch(/Could not ask which window is in front: xprop/);
  });

  it('does not defer when no window is in front', async () => {
    expect(
      await createFocusProbe(
        screen,
        () => {},
        async () => undefined,
      ).isBusy(options),
    ).toBe(false);
  });
});
