/**
 * Windows Do Not Disturb / Focus Assist, as far as a permission-free read goes: Windows 11 (22H2 onwards)
 * turns notifications off with `NOC_GLOBAL_SETTING_TOASTS_ENABLED = 0` under
 * `HKCU\Software\Microsoft\Windows\CurrentVersion\Notifications\Settings` while Do Not Disturb is on.
 * Windows 10's Focus Assist keeps its state in an undocumented binary blob: not read (Settings says so).
 */

/** True when notifications are turned off (DND), false when on, null when the value is not there. */
export function dndFromToastsValue(regOutput: string): boolean | null {
  const m = /NOC_GLOBAL_SETTING_TOASTS_ENABLED\s+REG_DWORD\s+0x([0-9a-f]+)/i.exec(regOutput);
  if (!m?.[1]) return null;
  return Number.parseInt(m[1], 16) === 0;
}
