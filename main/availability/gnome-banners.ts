/**
 * GNOME Do Not Disturb: `gsettings get org.gnome.desktop.notifications show-banners` prints `false` while
 * DND is on (GNOME 3.38 onwards, the switch in the notification list) and `true` otherwise. Anything else
 * (no such schema outside GNOME, a GVariant we do not expect) is "cannot tell".
 */
export function dndFromShowBanners(stdout: string): boolean | null {
  const value = stdout.trim();
  if (value === 'false') return true;
  if (value === 'true') return false;
  return null;
}
