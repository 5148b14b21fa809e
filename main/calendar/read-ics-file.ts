/** Reads a calendar file's text, refusing one larger than the fetcher's cap (it is read every 15 minutes). */
import { readFile, stat } from 'node:fs/promises';
import { CalendarFetchError, MAX_ICS_BYTES } from './fetch-ics';

export async function readIcsFile(path: string, maxBytes = MAX_ICS_BYTES): Promise<string> {
  const info = await stat(path);
  if (!info.isFile())
    throw new CalendarFetchError({ code: 'isFolder' }, 'this path is a folder, not an .ics file');
  if (info.size > maxBytes) {
    throw new CalendarFetchError(
      { code: 'fileTooLarge', mb: Math.round(maxBytes / (1024 * 1024)) },
      `the file is larger than ${Math.round(maxBytes / (1024 * 1024))} MB, more than Sitwise reads`,
    );
  }
  return readFile(path, 'utf8');
}
