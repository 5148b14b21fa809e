/** The calendar fetcher against a fake network: statuses, redirects, timeouts, oversize and non-ICS replies. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CalendarFetchError, fetchIcs, httpsAddress } from '../../../main/calendar/fetch-ics';
import { FakeClock } from '../../host/fake-clock';
import { FakeNetwork, type FakeReply } from './fake-network';

const ICS = readFileSync('test/fixtures/calendar/google.ics', 'utf8');
const URL_A = 'https://calendar.example.org/private-abc/basic.ics';
const ok: FakeReply = { status: 200, headers: { 'Content-Type': 'text/calendar; charset=UTF-8' }, body: ICS };

function setup(replies: Record<string, FakeReply>) {
  const clock = new FakeClock(Date.parse('2026-03-31T08:00:00Z'));
  const network = new FakeNetwork(replies);
  return {
    clock,
    network,
    fetch: (address: string, maxBytes?: number) =>
      fetchIcs(address, { network, clock, ...(maxBytes === undefined ? {} : { maxBytes }) }),
  };
}

describe('fetching the ICS address', () => {
  it('a 200 with a calendar gives its text; only that address is asked for', async () => {
    const { fetch, network } = setup({ [URL_A]: ok });
    await expect(fetch(URL_A)).resolves.toBe(ICS);
    expect(network.requests).toEqual([URL_A]);
  });

  it('webcal:// is the same address over https', async () => {
    const { fetch, network } = setup({ [URL_A]: ok });
    await expect(fetch('webcal://calendar.example.org/private-abc/basic.ics')).resolves.toBe(ICS);
    expect(network.requests).toEqual([URL_A]);
  });

  it.each([
    ['http://calendar.example.org/a.ics', /must start with https:\/\/ or webcal:\/\//],
    ['https://', /not a valid web address/],
  ])('%s is refused before any request', async (address, message) => {
    const { fetch, network } = setup({});
    await expect(fetch(address)).rejects.toThrow(message);
    expect(network.requests).toEqual([]);
  });

  it.each([
    [
      401,
      'the calendar server refused the address (HTTP 401): the calendar may not be published, or its link was reset',
    ],
    [
      403,
      'the calendar server refused the address (HTTP 403): the calendar may not be published, or its link was reset',
    ],
    [404, 'there is no calendar at this address (HTTP 404)'],
    [410, 'there is no calendar at this address (HTTP 410)'],
    [500, 'the calendar server had a problem (HTTP 500); Sitwise will try again'],
    [503, 'the calendar server had a problem (HTTP 503); Sitwise will try again'],
    [204, 'the calendar server answered HTTP 204 instead of the calendar'],
    [304, 'the calendar address redirected without saying where (HTTP 304)'],
  ])('HTTP %i is an error in plain words', async (status, message) => {
    const { fetch } = setup({ [URL_A]: { status, body: 'nope' } });
    await expect(fetch(URL_A)).rejects.toThrow(message);
    await expect(fetch(URL_A)).rejects.toBeInstanceOf(CalendarFetchError);
  });

  it('a web page (a sign-in page, a sharing page) is not a calendar', async () => {
    const { fetch } = setup({
      [URL_A]: {
        status: 200,
        headers: { 'content-type': 'text/html; charset=utf-8' },
        body: '<html>Sign in</html>',
      },
    });
    await expect(fetch(URL_A)).rejects.toThrow(/gave a web page, not a calendar/);
  });

  it('follows up to 3 https redirects', async () => {
    const b = 'https://p42-caldav.example.org/published/2/abc';
    const c = 'https://p43-caldav.example.org/published/2/abc';
    const { fetch, network } = setup({ [URL_A]: { redirect: b }, [b]: { redirect: c }, [c]: ok });
    await expect(fetch(URL_A)).resolves.toBe(ICS);
    expect(network.requests).toEqual([URL_A, b, c]);
  });

  it('a fourth redirect stops', async () => {
    const hop = (n: number) => `https://h${n}.example.org/c.ics`;
    const { fetch, network } = setup({
      [URL_A]: { redirect: hop(1) },
      [hop(1)]: { redirect: hop(2) },
      [hop(2)]: { redirect: hop(3) },
      [hop(3)]: { redirect: hop(4) },
      [hop(4)]: ok,
    });
    await expect(fetch(URL_A)).rejects.toThrow('the calendar address redirected more than 3 times');
    expect(network.requests).not.toContain(hop(4));
  });

  it('a redirect to http is not followed', async () => {
    const { fetch, network } = setup({ [URL_A]: { redirect: 'http://calendar.example.org/a.ics' } });
    await expect(fetch(URL_A)).rejects.toThrow(/non-https address/);
    expect(network.requests).toEqual([URL_A]);
  });

  it('a server that never answers times out after 30 seconds', async () => {
    const { fetch, clock } = setup({ [URL_A]: { hang: true } });
    const result = fetch(URL_A);
    const settled = expect(result).rejects.toThrow('the calendar server did not answer within 30 seconds');
    await clock.advance(29_000);
    await clock.advance(1_000);
    await settled;
    expect(clock.pendingTimers()).toBe(0);
  });

  it('a body that stops coming times out too', async () => {
    const { fetch, clock } = setup({
      [URL_A]: { status: 200, body: [new TextEncoder().encode('BEGIN:VCAL')], stallBody: true },
    });
    const settled = expect(fetch(URL_A)).rejects.toThrow(/did not answer within 30 seconds/);
    await clock.advance(30_000);
    await settled;
  });

  it('a declared length over the cap is refused before reading', async () => {
    const { fetch } = setup({
      [URL_A]: { status: 200, headers: { 'Content-Length': String(3 * 1024 * 1024) }, body: ICS },
    });
    await expect(fetch(URL_A)).rejects.toThrow('the calendar is larger than 2 MB, more than Sitwise reads');
  });

  it('a body that grows past the cap without saying so is cut off', async () => {
    const chunk = new Uint8Array(512 * 1024).fill(65);
    const { fetch } = setup({ [URL_A]: { status: 200, body: [chunk, chunk, chunk, chunk, chunk] } });
    await expect(fetch(URL_A)).rejects.toThrow('the calendar is larger than 2 MB, more than Sitwise reads');
  });

  it('a network failure says the server could not be reached', async () => {
    const { fetch, clock } = setup({ [URL_A]: { fail: 'net::ERR_INTERNET_DISCONNECTED' } });
    await expect(fetch(URL_A)).rejects.toThrow(
      'the calendar server could not be reached (net::ERR_INTERNET_DISCONNECTED)',
    );
    expect(clock.pendingTimers()).toBe(0);
  });

  it('httpsAddress keeps the query (the secret token) as typed', () => {
    expect(httpsAddress('webcal://example.org/c.ics?token=A%2Fb')).toBe(
      'https://example.org/c.ics?token=A%2Fb',
    );
  });
});
