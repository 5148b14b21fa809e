/**
 * macOS sources: Focus from the Do Not Disturb assertions file (macOS 12+, needs Full Disk Access on newer
 * releases), else the old DND default (macOS 11 and earlier). Camera and microphone: macOS offers no
 * permission-free way to ask, so they are reported as unavailable.
 */
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dndFromDefaults, focusFromAssertions } from '../../availability/macos-focus';
import { type Reading, reading, unavailable } from '../../availability/status';
import type { RunCommand } from './run';

export async function macFocus(run: RunCommand, home = homedir()): Promise<Reading> {
  try {
    const text = await readFile(`${home}/Library/DoNotDisturb/DB/Assertions.json`, 'utf8');
    return reading(focusFromAssertions(text), 'unknownAnswer');
  } catch {
    // Not there (macOS 11 and earlier) or not readable without Full Disk Access: try the old key.
  }
  try {
    const out = await run('defaults', [
      '-currentHost',
      'read',
      'com.apple.notificationcenterui',
      'doNotDisturb',
    ]);
    return reading(dndFromDefaults(out), 'noAnswer');
  } catch {
    return unavailable('needsFullDiskAccess');
  }
}

export const macDevice: Reading = unavailable('needsPermission');
