/**
 * Starts Chromium in the chosen language's locale, so time fields show its 12- or 24-hour clock. Electron
 * reads the `lang` switch once, at start-up: switches must be appended before the app's `ready` event
 * (Electron's command-line switches documentation; app.getLocale in electron.d.ts: "To set the locale,
 * you'll want to use a command line switch at app startup"). A change in Settings therefore reaches the
 * time fields at the next start; every word of the windows changes at once without it.
 */
import { readFileSync } from 'node:fs';
import type { App } from 'electron';
import { settingsFilePath } from '../../services/settings/store';
import { uiLocaleFor } from '../../shell/ui-locale';

export interface UiLocaleApp extends Pick<App, 'isReady' | 'getPath' | 'getPreferredSystemLanguages'> {
  commandLine: Pick<App['commandLine'], 'appendSwitch'>;
}

/** The file's text; null when it does not exist (first start). Any other failure throws. */
export function readIfPresent(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Appends `--lang=<tag>` for a chosen language; nothing for "system". Returns the tag, or throws when it
 * is too late (after `ready`) or the settings file cannot be read; the caller logs it and starts anyway.
 */
export function applyUiLocale(
  app: UiLocaleApp,
  read: (path: string) => string | null = readIfPresent,
): string | null {
  if (app.isReady()) throw new Error('the lang switch must be appended before the app is ready');
  const found = uiLocaleFor(
    read(settingsFilePath(app.getPath('userData'))),
    app.getPreferredSystemLanguages(),
  );
  if (found.problem !== undefined) throw new Error(`time fields follow the system locale: ${found.problem}`);
  if (found.tag !== null) app.commandLine.appendSwitch('lang', found.tag);
  return found.tag;
}
