import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAutostart } from '../../../main/platform/electron/autostart';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function setup(platform: NodeJS.Platform, appImage?: string) {
  const home = mkdtempSync(join(tmpdir(), 'sitwise-autostart-'));
  dirs.push(home);
  const loginItems: unknown[] = [];
  const autostart = createAutostart({
    app: { setLoginItemSettings: (s) => loginItems.push(s) },
    platform,
    env: { XDG_CONFIG_HOME: join(home, 'config') },
    home,
    target: { execPath: '/tmp/.mount_Sitwise/sitwise', appImage },
  });
  return { home, loginItems, autostart, file: join(home, 'config/autostart/sitwise.desktop') };
}

describe('start at login', () => {
  it('writes the XDG autostart file on Linux, pointing at the AppImage, and removes it again', async () => {
    const t = setup('linux', '/home/ana/Sitwise.AppImage');
    await t.autostart.set(true);
    const text = readFileSync(t.file, 'utf8');
    expect(text).toMatch(/^\[Desktop Entry\]\n/);
    expect(text).toContain('\nExec=/home/ana/Sitwise.AppImage\n');
    expect(t.loginItems).toEqual([]);
    await t.autostart.set(true); // idempotent
    await t.autostart.set(false);
    expect(existsSync(t.file)).toBe(false);
    await t.autostart.set(false); // nothing to remove is fine
  });

  it('uses the login-item API on macOS and Windows', async () => {
    for (const platform of ['darwin', 'win32'] as const) {
      const t = setup(platform);
      await t.autostart.set(true);
      await t.autostart.set(false);
      expect(t.loginItems).toEqual([{ openAtLogin: true }, { openAtLogin: false }]);
      expect(existsSync(t.file)).toBe(false);
    }
  });
});
