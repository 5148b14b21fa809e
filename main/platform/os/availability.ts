/**
 * The availability source for the operating system Sitwise runs on: each detector read on demand (the
 * app asks only when a prompt is due or held). The detectors run side by side; one that fails reports
 * "unavailable" with why, and the others still answer.
 */
import type { Readings } from '../../availability/status';
import { unavailable } from '../../availability/status';
import type { AvailabilitySource } from '../../ports';
import { linuxCamera, linuxDnd, linuxMicrophone, type PropertyBus } from './linux';
import { macDevice, macFocus } from './macos';
import { type RunCommand, runCommand } from './run';
import { windowsDevice, windowsDnd } from './windows';

export interface OsAvailabilityOptions {
  platform: NodeJS.Platform;
  run?: RunCommand;
  /** The session bus (Linux desktops other than GNOME), opened by the caller. */
  bus?: PropertyBus | null;
}

export function createOsAvailability(options: OsAvailabilityOptions): AvailabilitySource {
  const run = options.run ?? runCommand;
  return {
    async read(): Promise<Readings> {
      switch (options.platform) {
        case 'linux': {
          const [microphone, camera, dnd] = await Promise.all([
            linuxMicrophone(),
            linuxCamera(),
            linuxDnd(run, options.bus ?? null),
          ]);
          return { microphone, camera, dnd };
        }
        case 'win32': {
          const [microphone, camera, dnd] = await Promise.all([
            windowsDevice(run, 'microphone'),
            windowsDevice(run, 'webcam'),
            windowsDnd(run),
          ]);
          return { microphone, camera, dnd };
        }
        case 'darwin':
          return { microphone: macDevice, camera: macDevice, dnd: await macFocus(run) };
        default: {
          const none = unavailable('noSource');
          return { microphone: none, camera: none, dnd: none };
        }
      }
    },
  };
}
