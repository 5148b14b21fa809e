/**
 * Linux sources: the microphone from ALSA's capture status files, the camera from open `/dev/video*`
 * descriptors, Do Not Disturb from GNOME's show-banners key or the freedesktop Notifications `Inhibited`
 * property (KDE Plasma and others). Read only when asked; nothing is kept between reads.
 */
import { readdir, readFile, readlink } from 'node:fs/promises';
import { captureRunning, isCaptureDevice } from '../../availability/asound';
import { dndFromShowBanners } from '../../availability/gnome-banners';
import { inhibitedFromReply } from '../../availability/notifications-inhibited';
import { type Reading, reading, unavailable } from '../../availability/status';
import { holdsVideoDevice, processIds } from '../../availability/video-fds';
import type { RunCommand } from './run';

/** A session D-Bus that can read one property (the caller opens it with dbus-next; see platform/electron). */
export interface PropertyBus {
  getProperty(service: string, path: string, iface: string, name: string): Promise<unknown>;
}

async function entries(path: string): Promise<string[]> {
  try {
    return await readdir(path);
  } catch {
    return [];
  }
}

export async function linuxMicrophone(root = '/proc/asound'): Promise<Reading> {
  const cards = (await entries(root)).filter((e) => /^card\d+$/.test(e));
  if (cards.length === 0) return unavailable('noSoundCards');
  for (const card of cards) {
    for (const pcm of (await entries(`${root}/${card}`)).filter(isCaptureDevice)) {
      for (const sub of (await entries(`${root}/${card}/${pcm}`)).filter((e) => /^sub\d+$/.test(e))) {
        try {
          if (captureRunning(await readFile(`${root}/${card}/${pcm}/${sub}/status`, 'utf8'))) {
            return { state: 'active' };
          }
        } catch {
          // A substream that vanished while reading: the others still answer.
        }
      }
    }
  }
  return { state: 'inactive' };
}

export async function linuxCamera(proc = '/proc', self = process.pid): Promise<Reading> {
  const pids = processIds(await entries(proc), self);
  if (pids.length === 0) return unavailable('procUnreadable');
  for (const pid of pids) {
    const fds = await entries(`${proc}/${pid}/fd`);
    const targets: string[] = [];
    for (const fd of fds) {
      try {
        targets.push(await readlink(`${proc}/${pid}/fd/${fd}`));
      } catch {
        // Closed meanwhile, or another user's process: not ours to see.
      }
    }
    if (holdsVideoDevice(targets)) return { state: 'active' };
  }
  return { state: 'inactive' };
}

export async function linuxDnd(
  run: RunCommand,
  bus: PropertyBus | null,
  desktop = process.env.XDG_CURRENT_DESKTOP ?? '',
): Promise<Reading> {
  if (/gnome|unity|budgie/i.test(desktop)) {
    try {
      const out = await run('gsettings', ['get', 'org.gnome.desktop.notifications', 'show-banners']);
      return reading(dndFromShowBanners(out), 'unknownAnswer');
    } catch {
      // The command failed (not installed, refused): Settings says the system did not answer.
      return unavailable('systemRefused');
    }
  }
  if (!bus) return unavailable('noSessionBus');
  try {
    const reply = await bus.getProperty(
      'org.freedesktop.Notifications',
      '/org/freedesktop/Notifications',
      'org.freedesktop.Notifications',
      'Inhibited',
    );
    return reading(inhibitedFromReply(reply), 'unknownAnswer');
  } catch {
    // The notification service did not answer: Settings says so.
    return unavailable('systemRefused');
  }
}
