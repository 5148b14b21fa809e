/**
 * Two inputs from outside the engine's sampling, wired to the platform and kept in step with settings: the
 * calendar (its busy times go to the engine driver) and the global shortcuts (they run shell commands).
 */
import type { Settings } from '../../shared/settings';
import { type CalendarFeed, createCalendarFeed } from '../calendar/calendar-feed';
import { readIcsFile } from '../calendar/read-ics-file';
import type { Cancel, Platform } from '../ports';
import type { ShellCommand } from '../shell/commands';
import { createShortcutKeys, type ShortcutKeys } from '../shell/shortcut-keys';
import type { EngineDriver } from './engine-driver';

export interface CalendarAndKeys {
  calendar: CalendarFeed;
  shortcuts: ShortcutKeys;
  start(): void;
  settingsChanged(settings: Settings): void;
  stop(): void;
}

export function createCalendarAndKeys(deps: {
  platform: Platform;
  settings: () => Settings;
  engine: EngineDriver;
  run: (command: ShellCommand) => void;
  onError: (error: unknown) => void;
}): CalendarAndKeys {
  const { platform } = deps;
  const calendar = createCalendarFeed({
    clock: platform.clock,
    network: platform.network,
    readFile: (path) => readIcsFile(path),
    settings: deps.settings,
    timeZone: platform.timeZone,
    busyChanged: (busy) => {
      try {
        deps.engine.calendarChanged(busy);
      } catch (error) {
        deps.onError(error);
      }
    },
    onError: deps.onError,
  });
  const shortcuts = createShortcutKeys({ port: platform.shortcuts, run: deps.run });
  let stopPower: Cancel | null = null;
  return {
    calendar,
    shortcuts,
    start() {
      stopPower = platform.activity.onPower((event) => {
        if (event === 'resume') calendar.resumed();
      });
      calendar.start();
      shortcuts.apply(deps.settings());
    },
    settingsChanged(settings) {
      calendar.settingsChanged(settings);
      shortcuts.apply(settings);
    },
    stop() {
      stopPower?.();
      calendar.stop();
      shortcuts.stop();
    },
  };
}
