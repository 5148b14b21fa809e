/**
 * The Linux XDG autostart entry (`~/.config/autostart/sitwise.desktop`). Exec follows the Desktop Entry
 * specification's quoting rules, and points at the AppImage file itself when running from one (the mount
 * point under /tmp changes on every start).
 */

export interface LaunchTarget {
  /** process.execPath of the running app. */
  execPath: string;
  /** process.env.APPIMAGE when running from an AppImage. */
  appImage?: string | undefined;
  /** Extra arguments, e.g. the app folder when running unpackaged. */
  args?: readonly string[];
}

export const AUTOSTART_FILE = 'sitwise.desktop';

/** `$XDG_CONFIG_HOME/autostart`, defaulting to `~/.config/autostart` (the spec's rule for an unset or relative value). */
export function autostartDir(env: { XDG_CONFIG_HOME?: string | undefined }, home: string): string {
  const configHome = env.XDG_CONFIG_HOME?.startsWith('/') ? env.XDG_CONFIG_HOME : `${home}/.config`;
  return `${configHome.replace(/\/+$/, '')}/autostart`;
}

const reserved = /[\s"'\\><~|&;$*?#()`]/;

/** One Exec argument, quoted when needed; then the string-value escape (`\` → `\\`) the spec applies first. */
export function execArg(arg: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the point.
  if (/[\u0000-\u001f\u007f]/.test(arg)) {
    throw new Error('An autostart path may not contain control characters (newlines, tabs).');
  }
  const quoted = reserved.test(arg) || arg === '' ? `"${arg.replace(/(["`$\\])/g, '\\$1')}"` : arg;
  return quoted.replace(/%/g, '%%').replace(/\\/g, '\\\\');
}

export function desktopEntry(target: LaunchTarget): string {
  const program = target.appImage && target.appImage.length > 0 ? target.appImage : target.execPath;
  const exec = [program, ...(target.args ?? [])].map(execArg).join(' ');
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Version=1.0',
    'Name=Sitwise',
    'Comment=Sitting time and movement-snack reminders',
    `Exec=${exec}`,
    'Icon=sitwise',
    'Terminal=false',
    'Categories=Utility;',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}
