/**
 * macOS Focus / Do Not Disturb.
 * - macOS 12 (Monterey) onwards: `~/Library/DoNotDisturb/DB/Assertions.json` lists the active Focus
 *   assertions; a non-empty `storeAssertionRecords` means a Focus is on. Newer releases protect the folder
 *   unless the app has Full Disk Access: then the read fails and Settings says "not available".
 * - macOS 11 and earlier: `defaults -currentHost read com.apple.notificationcenterui doNotDisturb` prints
 *   1 while DND is on, 0 otherwise.
 */
import { z } from 'zod';

const assertions = z.object({
  data: z.array(z.object({ storeAssertionRecords: z.array(z.unknown()).optional() }).passthrough()),
});

/** From Assertions.json's text: true when a Focus is on, null when the file is not what we expect. */
export function focusFromAssertions(jsonText: string): boolean | null {
  let json: unknown;
  try {
    json = JSON.parse(jsonText);
  } catch {
    return null;
  }
  const parsed = assertions.safeParse(json);
  if (!parsed.success) return null;
  return parsed.data.data.some((d) => (d.storeAssertionRecords?.length ?? 0) > 0);
}

/** From `defaults … doNotDisturb`: 1 is on, 0 is off, anything else (the key missing) null. */
export function dndFromDefaults(stdout: string): boolean | null {
  const v = stdout.trim();
  if (v === '1') return true;
  if (v === '0') return false;
  return null;
}
