import { describe, expect, it } from 'vitest';
import { autostartDir, desktopEntry, execArg } from '../../../main/shell/autostart-entry';

function execLine(text: string): string {
  const line = text.split('\n').find((l) => l.startsWith('Exec='));
  if (!line) throw new Error('no Exec line');
  return line.slice('Exec='.length);
}

describe('XDG autostart entry', () => {
  it('is a valid desktop entry for the installed binary', () => {
    const text = desktopEntry({ execPath: '/opt/Sitwise/sitwise' });
    expect(text.split('\n')).toEqual([
      '[Desktop Entry]',
      'Type=Application',
      'Version=1.0',
      'Name=Sitwise',
      'Comment=Sitting time and movement-snack reminders',
      'Exec=/opt/Sitwise/sitwise',
      'Icon=sitwise',
      'Terminal=false',
      'Categories=Utility;',
      'X-GNOME-Autostart-enabled=true',
      '',
    ]);
  });

  it('points at the AppImage file, not at its temporary mount', () => {
    const text = desktopEntry({
      execPath: '/tmp/.mount_SitwisXYZ/sitwise',
      appImage: '/home/ana/Apps/Sitwise-0.1.0.AppImage',
    });
    expect(execLine(text)).toBe('/home/ana/Apps/Sitwise-0.1.0.AppImage');
  });

  it('quotes per the specification: reserved characters, then the string escape of backslashes', () => {
    expect(execArg('/home/ana/My Apps/Sitwise.AppImage')).toBe('"/home/ana/My Apps/Sitwise.AppImage"');
    expect(execArg('/opt/a"b')).toBe('"/opt/a\\\\"b"');
    expect(execArg('/opt/$HOME`x`')).toBe('"/opt/\\\\$HOME\\\\`x\\\\`"');
    expect(execArg('/opt/100%')).toBe('/opt/100%%');
    expect(execArg('/opt/back\\slash')).toBe('"/opt/back\\\\\\\\slash"');
    expect(execArg('')).toBe('""');
  });

  it('passes extra arguments (the app folder in development)', () => {
    expect(
      execLine(desktopEntry({ execPath: '/usr/lib/electron/electron', args: ['/home/dev/sitwise'] })),
    ).toBe('/usr/lib/electron/electron /home/dev/sitwise');
  });

  it('refuses paths with control characters instead of writing a broken file', () => {
    expect(() => desktopEntry({ execPath: '/opt/x\nExec=rm -rf ~' })).toThrow(/control characters/);
  });

  it('uses XDG_CONFIG_HOME when absolute, ~/.config otherwise', () => {
    expect(autostartDir({ XDG_CONFIG_HOME: '/cfg/' }, '/home/ana')).toBe('/cfg/autostart');
    expect(autostartDir({ XDG_CONFIG_HOME: 'relative' }, '/home/ana')).toBe('/home/ana/.config/autostart');
    expect(autostartDir({}, '/home/ana')).toBe('/home/ana/.config/autostart');
  });
});
