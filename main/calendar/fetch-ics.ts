/**
 * Fetches the user's ICS address through the Network port, with the limits of a polite, safe client:
 * - only https (a webcal:// address is the same address over https; http is refused: calendars are private);
 * - redirects: at most 3, each to an https address (published Outlook and iCloud links may move to another
 *   server); anything else stops the request;
 * - a timeout (30 s by default) through the Clock port, and a size cap (2 MB by default, years of meetings);
 * - a reply must be 200 with a calendar in it; every failure is an error whose message is plain words for
 *   Settings.
 */
import type { CalendarProblem } from '../../shared/i18n/calendar-problems';
import type { Clock, Network } from '../ports';

export const FETCH_TIMEOUT_MS = 30_000;
export const MAX_ICS_BYTES = 2 * 1024 * 1024;
export const MAX_REDIRECTS = 3;

/** A calendar that could not be fetched or read: `problem` is what Settings words; the message is for logs. */
export class CalendarFetchError extends Error {
  override name = 'CalendarFetchError';
  constructor(
    readonly problem: CalendarProblem,
    message: string,
  ) {
    super(message);
  }
}

/** The https address to fetch for what the user typed (webcal:// is https); throws for anything else. */
export function httpsAddress(address: string): string {
  const webcal = /^webcal:\/\//i;
  const candidate = webcal.test(address) ? address.replace(webcal, 'https://') : address;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    throw new CalendarFetchError({ code: 'notUrl' }, 'the calendar address is not a valid web address');
  }
  if (url.protocol !== 'https:')
    throw new CalendarFetchError(
      { code: 'notHttps' },
      'the calendar address must start with https:// or webcal://',
    );
  return url.href;
}

export interface FetchOptions {
  network: Network;
  clock: Clock;
  timeoutMs?: number;
  maxBytes?: number;
}

export async function fetchIcs(address: string, options: FetchOptions): Promise<string> {
  const url = httpsAddress(address);
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? MAX_ICS_BYTES;
  const controller = new AbortController();
  let timedOut = false;
  const cancelTimer = options.clock.setTimer(options.clock.now() + timeoutMs, () => {
    timedOut = true;
    controller.abort();
  });
  let redirects = 0;
  let refusedRedirect: CalendarFetchError | null = null;
  const followRedirect = (to: string): boolean => {
    redirects += 1;
    let target: URL | null = null;
    try {
      target = new URL(to, url);
    } catch {
      target = null;
    }
    if (target === null || target.protocol !== 'https:') {
      refusedRedirect = new CalendarFetchError(
        { code: 'redirectNotHttps' },
        'the calendar address sent Sitwise to a non-https address, which it does not follow',
      );
      return false;
    }
    if (redirects > MAX_REDIRECTS) {
      refusedRedirect = new CalendarFetchError(
        { code: 'tooManyRedirects', max: MAX_REDIRECTS },
        `the calendar address redirected more than ${MAX_REDIRECTS} times`,
      );
      return false;
    }
    return true;
  };
  const seconds = Math.round(timeoutMs / 1000);
  try {
    const reply = await options.network.get(url, { signal: controller.signal, followRedirect });
    checkStatus(reply.status);
    const type = (reply.header('content-type') ?? '').toLowerCase();
    if (type.startsWith('text/html')) {
      throw new CalendarFetchError(
        { code: 'webPage' },
        'the address gave a web page, not a calendar: use the calendar’s ICS (iCal) link, not its sharing page',
      );
    }
    const declared = Number(reply.header('content-length') ?? Number.NaN);
    if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of reply.body) {
      size += chunk.byteLength;
      if (size > maxBytes) {
        controller.abort();
        throw tooLarge(maxBytes);
      }
      chunks.push(chunk);
    }
    return new TextDecoder('utf-8').decode(concat(chunks, size));
  } catch (error) {
    if (error instanceof CalendarFetchError) throw error;
    if (refusedRedirect !== null) throw refusedRedirect;
    if (timedOut)
      throw new CalendarFetchError(
        { code: 'timeout', seconds },
        `the calendar server did not answer within ${seconds} seconds`,
      );
    const reason = error instanceof Error ? error.message : String(error);
    throw new CalendarFetchError(
      { code: 'unreachable' },
      `the calendar server could not be reached (${reason})`,
    );
  } finally {
    cancelTimer();
  }
}

function checkStatus(status: number): void {
  if (status === 200) return;
  if (status === 401 || status === 403) {
    throw new CalendarFetchError(
      { code: 'refused', status },
      `the calendar server refused the address (HTTP ${status}): the calendar may not be published, or its link was reset`,
    );
  }
  if (status === 404 || status === 410) {
    throw new CalendarFetchError(
      { code: 'notFound', status },
      `there is no calendar at this address (HTTP ${status})`,
    );
  }
  if (status >= 300 && status < 400) {
    throw new CalendarFetchError(
      { code: 'redirectNoLocation', status },
      `the calendar address redirected without saying where (HTTP ${status})`,
    );
  }
  if (status >= 500) {
    throw new CalendarFetchError(
      { code: 'serverError', status },
      `the calendar server had a problem (HTTP ${status}); Sitwise will try again`,
    );
  }
  throw new CalendarFetchError(
    { code: 'unexpectedStatus', status },
    `the calendar server answered HTTP ${status} instead of the calendar`,
  );
}

function tooLarge(maxBytes: number): CalendarFetchError {
  return new CalendarFetchError(
    { code: 'tooLarge', mb: Math.round(maxBytes / (1024 * 1024)) },
    `the calendar is larger than ${Math.round(maxBytes / (1024 * 1024))} MB, more than Sitwise reads`,
  );
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}
