import { describe, expect, it } from 'vitest';
import { coversDisplay, type FrontWindow, isBusyWindow, matchedApp } from '../../../main/shell/focus-match';
import { defaultSettings } from '../../../shared/settings';

const display = { x: 0, y: 0, width: 1920, height: 1080 };
const apps = defaultSettings.focusDeferral.apps;
const windowed = { x: 100, y: 100, width: 1200, height: 800 };

function win(
  owner: Partial<FrontWindow['owner']> & { name: string },
  extra: Partial<FrontWindow> = {},
): FrontWindow {
  return { title: '', owner, bounds: windowed, ...extra };
}

describe('focus matcher', () => {
  it.each([
    [win({ name: 'zoom.us', bundleId: 'us.zoom.xos' }), 'zoom'],
    [win({ name: 'Microsoft Teams', path: 'C:\\Program Files\\Teams\\ms-teams.exe' }), 'teams'],
    [win({ name: 'Google Chrome' }, { url: 'https://meet.google.com/abc-defg-hij' }), 'meet.google.com'],
    [win({ name: 'Google Chrome' }, { title: 'Meet – abc-defg-hij - Google Chrome' }), 'meet.google.com'],
    [win({ name: 'firefox' }, { title: 'Cisco Webex Meetings - Mozilla Firefox' }), 'webex'],
    [
      win(
        { name: 'POWERPNT', path: 'C:\\Office\\POWERPNT.EXE' },
        { title: 'PowerPoint Slide Show - deck.pptx' },
      ),
      'powerpoint',
    ],
    [win({ name: 'Keynote', bundleId: 'com.apple.iWork.Keynote' }), 'keynote'],
    [win({ name: 'obs', path: '/usr/bin/obs' }), 'obs'],
  ])('recognises %#', (w, pattern) => {
    expect(matchedApp(w, apps)).toBe(pattern);
    expect(isBusyWindow(w, display, { apps, fullscreen: false })).toBe(true);
  });

  it('leaves ordinary windows alone', () => {
    for (const w of [
      win({ name: 'Code', path: '/usr/share/code/code' }, { title: 'meeting-notes.md — Visual Studio Code' }),
      win(
        { name: 'Google Chrome' },
        { url: 'https://docs.google.com/', title: 'Quarterly plan - Google Docs' },
      ),
      win({ name: 'Slack' }),
    ]) {
      expect(isBusyWindow(w, display, { apps, fullscreen: true })).toBe(false);
    }
  });

  it('honours only the apps the user lists', () => {
    const zoom = win({ name: 'zoom.us' });
    expect(isBusyWindow(zoom, display, { apps: ['teams'], fullscreen: false })).toBe(false);
    expect(matchedApp(zoom, ['  ZOOM  '])).toBe('  ZOOM  ');
    expect(matchedApp(zoom, ['', '   '])).toBeNull();
  });

  it('defers for fullscreen windows when asked, on the display the window is on', () => {
    const video = win({ name: 'vlc' }, { bounds: { x: 1920, y: 0, width: 2560, height: 1440 } });
    const second = { x: 1920, y: 0, width: 2560, height: 1440 };
    expect(isBusyWindow(video, second, { apps: [], fullscreen: true })).toBe(true);
    expect(isBusyWindow(video, second, { apps: [], fullscreen: false })).toBe(false);
    expect(isBusyWindow(video, display, { apps: [], fullscreen: true })).toBe(false);
  });

  it('does not count the desktop itself as a fullscreen app', () => {
    const desktop = win({ name: 'Finder' }, { bounds: display });
    expect(isBusyWindow(desktop, display, { apps: [], fullscreen: true })).toBe(false);
  });

  it('tolerates a pixel or two of rounding at the edges', () => {
    expect(coversDisplay({ x: 1, y: 0, width: 1918, height: 1080 }, display)).toBe(true);
    expect(coversDisplay({ x: 0, y: 30, width: 1920, height: 1050 }, display)).toBe(false);
  });
});
