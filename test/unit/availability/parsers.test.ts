/** The availability detectors' parsers on recorded outputs, two or more versions per source. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { captureRunning, isCaptureDevice } from '../../../main/availability/asound';
import { deviceInUse, storeReadable } from '../../../main/availability/consent-store';
import { dndFromShowBanners } from '../../../main/availability/gnome-banners';
import { dndFromDefaults, focusFromAssertions } from '../../../main/availability/macos-focus';
import { inhibitedFromReply } from '../../../main/availability/notifications-inhibited';
import { reasonsOf } from '../../../main/availability/status';
import { holdsVideoDevice, processIds } from '../../../main/availability/video-fds';
import { dndFromToastsValue } from '../../../main/availability/windows-notifications';

const fixture = (name: string) => readFileSync(`test/fixtures/availability/${name}`, 'utf8');

describe('Linux microphone (ALSA capture status)', () => {
  it.each([
    ['asound-running-linux-6.8.txt', true],
    ['asound-running-linux-4.19.txt', true],
    ['asound-prepared-linux-6.8.txt', false],
    ['asound-closed.txt', false],
  ])('%s → capturing %s', (name, expected) => {
    expect(captureRunning(fixture(name))).toBe(expected);
  });

  it('only capture substreams are read (pcm0c, not pcm0p)', () => {
    expect(['pcm0c', 'pcm0p', 'pcm10c', 'id', 'pcm1c0'].filter(isCaptureDevice)).toEqual(['pcm0c', 'pcm10c']);
  });
});

describe('Linux camera (/proc/*/fd → /dev/video*)', () => {
  it('a link to a video device is a camera in use; other devices are not', () => {
    expect(holdsVideoDevice(['/dev/null', 'socket:[88123]', '/dev/video0'])).toBe(true);
    expect(
      holdsVideoDevice(['/dev/null', 'anon_inode:[eventfd]', '/dev/snd/pcmC0D0c', '/dev/video-loop']),
    ).toBe(false);
  });

  it('lists process folders without our own', () => {
    expect(processIds(['1', '42', 'self', 'sys', '4242'], 42)).toEqual([1, 4242]);
  });
});

describe('GNOME Do Not Disturb (show-banners)', () => {
  it.each([
    ['gsettings-show-banners-glib-2.74.txt', false],
    ['gsettings-show-banners-gnome-46.txt', true],
    ['gsettings-no-schema.txt', null],
  ])('%s → DND %s', (name, expected) => {
    expect(dndFromShowBanners(fixture(name))).toBe(expected);
  });
});

describe('org.freedesktop.Notifications Inhibited (KDE Plasma and others)', () => {
  it.each([
    ['dbus-inhibited-plasma-5.27.json', false],
    ['dbus-inhibited-plasma-6.1.json', true],
  ])('%s → DND %s', (name, expected) => {
    expect(inhibitedFromReply(JSON.parse(fixture(name)))).toBe(expected);
  });

  it('a reply that is not a boolean variant is "cannot tell"', () => {
    expect(inhibitedFromReply({ signature: 's', value: 'yes' })).toBeNull();
    expect(inhibitedFromReply(true)).toBeNull();
  });
});

describe('Windows camera and microphone (consent store)', () => {
  it('Windows 10 22H2: an app with LastUsedTimeStop 0 has the microphone now', () => {
    const out = fixture('reg-consent-microphone-win10-22h2.txt');
    expect(deviceInUse(out)).toBe(true);
    expect(storeReadable(out)).toBe(true);
  });

  it('Windows 11 23H2: every app stopped using the camera', () => {
    const out = fixture('reg-consent-webcam-win11-23h2.txt');
    expect(deviceInUse(out)).toBe(false);
    expect(storeReadable(out)).toBe(true);
  });

  it('an empty answer is not a reading', () => {
    expect(storeReadable('End of search: 0 match(es) found.\n')).toBe(false);
  });
});

describe('Windows Do Not Disturb (notifications off)', () => {
  it.each([
    ['reg-toasts-win11-23h2-dnd.txt', true],
    ['reg-toasts-win11-22h2-on.txt', false],
    ['reg-toasts-win10-missing.txt', null],
  ])('%s → DND %s', (name, expected) => {
    expect(dndFromToastsValue(fixture(name))).toBe(expected);
  });
});

describe('macOS Focus / Do Not Disturb', () => {
  it.each([
    ['macos-assertions-monterey-focus-on.json', true],
    ['macos-assertions-ventura-off.json', false],
  ])('%s → Focus %s', (name, expected) => {
    expect(focusFromAssertions(fixture(name))).toBe(expected);
  });

  it('Assertions.json that is not JSON, or not the expected shape, is "cannot tell"', () => {
    expect(focusFromAssertions('not json')).toBeNull();
    expect(focusFromAssertions('{"records":[]}')).toBeNull();
  });

  it.each([
    ['macos-defaults-dnd-bigsur-on.txt', true],
    ['macos-defaults-dnd-catalina-off.txt', false],
  ])('%s → DND %s', (name, expected) => {
    expect(dndFromDefaults(fixture(name))).toBe(expected);
  });
});

describe('readings to reasons', () => {
  it('camera or microphone in use is a call; DND is dnd; unavailable is nothing', () => {
    expect(
      reasonsOf({
        microphone: { state: 'inactive' },
        camera: { state: 'active' },
        dnd: { state: 'unavailable', why: 'noSource' },
      }),
    ).toEqual(['call']);
    expect(
      reasonsOf({ microphone: { state: 'active' }, camera: { state: 'active' }, dnd: { state: 'active' } }),
    ).toEqual(['call', 'dnd']);
  });
});
