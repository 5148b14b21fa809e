/**
 * The Network port over Electron's net.request (Chromium's network stack: the system's proxy settings and
 * certificates apply). Redirects are in manual mode: each one is put to `followRedirect`, and
 * `request.followRedirect()` is called synchronously in the 'redirect' event as electron.d.ts requires
 * (otherwise the request is cancelled, which is how a refused redirect stops it). No cookies are sent or
 * stored: the calendar address carries its own secret.
 */
import type { ClientRequest, IncomingMessage, Net } from 'electron';
import type { HttpReply, Network } from '../../ports';

export function createNetwork(net: Pick<Net, 'request'>): Network {
  return {
    get(url, { signal, followRedirect }) {
      return new Promise<HttpReply>((resolve, reject) => {
        if (signal.aborted) {
          reject(new Error('aborted'));
          return;
        }
        const request: ClientRequest = net.request({
          method: 'GET',
          url,
          redirect: 'manual',
          credentials: 'omit',
          useSessionCookies: false,
          cache: 'no-store',
        });
        signal.addEventListener('abort', () => request.abort(), { once: true });
        request.on('redirect', (_status, _method, redirectUrl) => {
          if (followRedirect(redirectUrl)) request.followRedirect();
          else request.abort();
        });
        request.on('abort', () => reject(new Error('the request was stopped')));
        request.on('error', (error) => reject(error));
        request.on('response', (response: IncomingMessage) => {
          resolve({
            status: response.statusCode,
            header(name) {
              const value = response.headers[name.toLowerCase()];
              return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
            },
            body: chunksOf(response),
          });
        });
        request.setHeader('Accept', 'text/calendar, text/plain;q=0.5');
        request.end();
      });
    },
  };
}

/**
 * The body's chunks as they arrive ('data' until 'end'; 'error' or 'aborted' ends it with an error). The
 * listeners are attached at once, when the response comes, so no chunk is missed before the caller starts
 * reading; chunks wait in a queue until read.
 */
function chunksOf(response: IncomingMessage): AsyncIterable<Uint8Array> {
  const queue: Uint8Array[] = [];
  let done = false;
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  response.on('data', (chunk: Buffer) => {
    queue.push(chunk);
    notify();
  });
  response.on('end', () => {
    done = true;
    notify();
  });
  response.on('error', (error: Error) => {
    failure = error;
    notify();
  });
  response.on('aborted', () => {
    failure = new Error('the reply was cut off');
    notify();
  });
  async function* read(): AsyncGenerator<Uint8Array> {
    for (;;) {
      const next = queue.shift();
      if (next !== undefined) {
        yield next;
        continue;
      }
      if (failure !== null) throw failure;
      if (done) return;
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
  }
  return { [Symbol.asyncIterator]: read };
}
