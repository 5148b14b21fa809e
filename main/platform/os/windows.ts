/**
 * Windows sources: camera and microphone from the consent store (`reg query`, no permission needed), Do
 * Not Disturb from the notifications switch. Focus Assist on Windows 10 is not readable without a native
 * call: reported as unavailable.
 */
import { deviceInUse, storeReadable } from '../../availability/consent-store';
import { type Reading, reading, unavailable } from '../../availability/status';
import { dndFromToastsValue } from '../../availability/windows-notifications';
import type { RunCommand } from './run';

const CONSENT = 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore';
const NOTIFICATIONS = 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Notifications\\Settings';

export async function windowsDevice(run: RunCommand, device: 'microphone' | 'webcam'): Promise<Reading> {
  try {
    const out = await run('reg', ['query', `${CONSENT}\\${device}`, '/s', '/v', 'LastUsedTimeStop']);
    if (deviceInUse(out)) return { state: 'active' };
    return storeReadable(out) ? { state: 'inactive' } : unavailable('notAskedYet');
  } catch {
    // reg failed (it also exits 1 when nothing matched): Settings says the system did not answer.
    return unavailable('systemRefused');
  }
}

export async function windowsDnd(run: RunCommand): Promise<Reading> {
  try {
    const out = await run('reg', ['query', NOTIFICATIONS, '/v', 'NOC_GLOBAL_SETTING_TOASTS_ENABLED']);
    return reading(dndFromToastsValue(out), 'noAnswer');
  } catch {
    return unavailable('noAnswer');
  }
}
