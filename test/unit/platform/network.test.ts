/**
 * The Network port over Electron's net.request. The stand-in ClientRequest follows electron.d.ts and
 * docs/api/client-request.md: 'redirect' (statusCode, method, redirectUrl, headers) where
 * followRedirect() must be called synchronously or the request is cancelled ('abort'); 'response' with an
 * IncomingMessage (statusCode, headers with lower-case names, 'data' chunks then 'end'); 'error'.
 */
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createNetwork } from '../../../main/platform/electron/network';

class FakeRequest extends EventEmitter {
  headers: Record<string, string> = {};
  ended = false;
  aborted = false;
  followed = 0;
  private redirecting = false;
  constructor(readonly options: Record<string, unknown>) {
    super();
  }
  setHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  end() {
    this.ended = true;
  }
  abort() {
    if (this.aborted) return;
    this.aborted = true;
    this.emit('abort');
  }
  followRedirect() {
    if (!this.redirecting) throw new Error('followRedirect outside a redirect event');
    this.followed += 1;
  }
  /** The server answers with a redirect: unless followed synchronously, Electron cancels the request. */
  redirect(to: string) {
    this.redirecting = true;
    const before = this.followed;
    this.emit('redirect', 302, 'GET', to, { location: [to] });
    this.redirecting = false;
    if (this.followed === before) this.abort();
  }
  respond(status: number, headers: Record<string, string | string[]>, chunks: string[]) {
    const message = Object.assign(new EventEmitter(), { statusCode: status, headers });
    this.emit('response', message);
    queueMicrotask(() => {
      for (const c of chunks) message.emit('data', Buffer.from(c));
      message.emit('end');
    });
  }
}

function setup() {
  const requests: FakeRequest[] = [];
  const net = {
    request: (options: unknown) => {
      const r = new FakeRequest(options as Record<string, unknown>);
      requests.push(r);
      return r as never;
    },
  };
  return { network: createNetwork(net), requests };
}

async function text(body: AsyncIterable<Uint8Array>): Promise<string> {
  let out = '';
  for await (const chunk of body) out += Buffer.from(chunk).toString('utf8');
  return out;
}

describe('network over net.request', () => {
  it('a GET with redirects in manual mode, no cookies, and the body as it arrives', async () => {
    const { network, requests } = setup();
    const reply = network.get('https://a.example/c.ics', {
      signal: new AbortController().signal,
      followRedirect: () => true,
    });
    const r = requests[0];
    expect(r?.options).toMatchObject({
      method: 'GET',
      url: 'https://a.example/c.ics',
      redirect: 'manual',
      credentials: 'omit',
    });
    expect(r?.ended).toBe(true);
    r?.redirect('https://b.example/c.ics');
    expect(r?.followed).toBe(1);
    r?.respond(200, { 'content-type': 'text/calendar', vary: ['a', 'b'] }, ['BEGIN:', 'VCALENDAR']);
    const answer = await reply;
    expect(answer.status).toBe(200);
    expect(answer.header('Content-Type')).toBe('text/calendar');
    expect(answer.header('vary')).toBe('a, b');
    expect(answer.header('content-length')).toBeNull();
    expect(await text(answer.body)).toBe('BEGIN:VCALENDAR');
  });

  it('a refused redirect cancels the request and rejects', async () => {
    const { network, requests } = setup();
    const seen: string[] = [];
    const reply = network.get('https://a.example/c.ics', {
      signal: new AbortController().signal,
      followRedirect: (to) => {
        seen.push(to);
        return false;
      },
    });
    requests[0]?.redirect('http://b.example/c.ics');
    await expect(reply).rejects.toThrow('the request was stopped');
    expect(seen).toEqual(['http://b.example/c.ics']);
    expect(requests[0]?.aborted).toBe(true);
  });

  it('aborting the signal aborts the request', async () => {
    const { network, requests } = setup();
    const controller = new AbortController();
    const reply = network.get('https://a.example/c.ics', {
      signal: controller.signal,
      followRedirect: () => true,
    });
    controller.abort();
    await expect(reply).rejects.toThrow();
    expect(requests[0]?.aborted).toBe(true);
  });

  it('a network error rejects with it', async () => {
    const { network, requests } = setup();
    const reply = network.get('https://a.example/c.ics', {
      signal: new AbortController().signal,
      followRedirect: () => true,
    });
    requests[0]?.emit('error', new Error('net::ERR_NAME_NOT_RESOLVED'));
    await expect(reply).rejects.toThrow('net::ERR_NAME_NOT_RESOLVED');
  });

  it('a reply cut off in the middle ends the body with an error', async () => {
    const { network, requests } = setup();
    const reply = network.get('https://a.example/c.ics', {
      signal: new AbortController().signal,
      followRedirect: () => true,
    });
    const message = Object.assign(new EventEmitter(), { statusCode: 200, headers: {} });
    requests[0]?.emit('response', message);
    message.emit('data', Buffer.from('BEGIN:'));
    message.emit('aborted');
    const answer = await reply;
    await expect(text(answer.body)).rejects.toThrow('the reply was cut off');
  });
});
