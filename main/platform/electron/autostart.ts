/**
 * Start at login: the login-item API on macOS and Windows; on Linux an XDG autostart `.desktop` file,
 * written atomically, pointing at the AppImage when running from one.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import type { App } from 'electron';
import type { Autostart } from '../../ports';
import { AUTOSTART_FILE, autostartDir, desktopEntry, type LaunchTarget } from '../../shell/autostart-entry';

export interface AutostartOptions {
  app: Pick<App, 'setLoginItemSettings'>;
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  home: string;
  target: LaunchTarget;
}

export function createAutostart(options: AutostartOptions): Autostart {
  return {
    async set(enabled) {
      if (options.platform === 'darwin' || options.platform === 'win32') {
        options.app.setLoginItemSettings({ openAtLogin: enabled });
        return;
      }
      const dir = autostartDir(options.env, options.home);
      const file = `${dir}/${AUTOSTART_FILE}`;
      if (!enabled) {
        await rm(file, { force: true });
        return;
      }
      const text = desktopEntry(options.target);
      await mkdir(dir, { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      await writeFile(tmp, text, { mode: 0o644 });
      await rename(tmp, file);
    },
  };
}
