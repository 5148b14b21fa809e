/**
 * Windows camera and microphone in use: the CapabilityAccessManager consent store keeps, per app, when it
 * last started and stopped using the device (`LastUsedTimeStart`/`LastUsedTimeStop`, FILETIME). While an
 * app uses it, `LastUsedTimeStop` is 0. Read with
 * `reg query HKCU\Software\Microsoft\Windows\CurrentVersion\CapabilityAccessManager\ConsentStore\microphone /s /v LastUsedTimeStop`
 * (Windows 10 1903 onwards and Windows 11; desktop apps sit under `NonPackaged`). Only the fact "some app
 * uses it now" is kept, never which app.
 */

/** True when any `LastUsedTimeStop` value in the reg query output is 0. */
export function deviceInUse(regOutput: string): boolean {
  return /^\s*LastUsedTimeStop\s+REG_QWORD\s+0x0+\s*$/im.test(regOutput);
}

/** The output lists at least one app entry (so "not in use" is an answer, not an empty store). */
export function storeReadable(regOutput: string): boolean {
  return /^\s*LastUsedTimeStop\s+REG_QWORD\s+0x[0-9a-f]+\s*$/im.test(regOutput);
}
