/**
 * A fake of the Network port, modelled on Electron's net.request (docs/api/client-request.md and
 * electron.d.ts: ClientRequest 'redirect', 'response', 'error', 'abort'; IncomingMessage statusCode,
 * headers with lower-case names, 'data' chunks then 'end') and on the Fetch standard's abort rules:
 * - a redirect is put to `followRedirect`; false cancels the request, which then rejects (Electron: a
 *   'redirect' not followed synchronously cancels it);
 * - aborting the signal rejects a pending request, and ends a body being read with an error;
 * - a reply can hang before its headers or in the middle of its body (a server that stops answering).
 * Stricter than the platform: an address it was not given rejects as unreachable, and every request is
 * logged, so a test can see exactly which addresses were asked for.
 */
import type { HttpReply, Network } from '../../../main/ports';

export type FakeReply =
  | { status: number; headers?: Record<string, string>; body?: string | Uint8Array[]; stallBody?: boolean }
  | { redirect: string; status?: number }
  | { hang: true }
  | { fail: string };

export class FakeNetwork implements Network {
  readonly requests: string[] = [];
  constructor(public replies: Record<string, FakeReply>) {}

  get(
    url: string,
    options: { signal: AbortSignal; followRedirect: (to: string) => boolean },
  ): Promise<HttpReply> {
    this.requests.push(url);
    return new Promise<HttpReply>((resolve, reject) => {
      const aborted = () => reject(new DOMException('The operation was aborted.', 'AbortError'));
      if (options.signal.aborted) return aborted();
      options.signal.addEventListener('abort', aborted, { once: true });
      let current = url;
      for (let hop = 0; hop < 20; hop++) {
        const reply = this.replies[current];
        if (reply === undefined) return reject(new Error('net::ERR_NAME_NOT_RESOLVED'));
        if ('fail' in reply) return reject(new Error(reply.fail));
        if ('hang' in reply) return;
        if ('redirect' in reply) {
          const to = new URL(reply.redirect, current).href;
          if (!options.followRedirect(to)) return reject(new Error('net::ERR_ABORTED'));
          current = to;
          this.requests.push(to);
          continue;
        }
        const headers = Object.fromEntries(
          Object.entries(reply.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]),
        );
        const chunks =
          typeof reply.body === 'string' ? [new TextEncoder().encode(reply.body)] : (reply.body ?? []);
        return resolve({
          status: reply.status,
          header: (name) => headers[name.toLowerCase()] ?? null,
          body: bodyOf(chunks, reply.stallBody === true, options.signal),
        });
      }
      reject(new Error('net::ERR_TOO_MANY_REDIRECTS'));
    });
  }
}

async function* bodyOf(
  chunks: Uint8Array[],
  stall: boolean,
  signal: AbortSignal,
): AsyncGenerator<Uint8Array> {
  for (const chunk of chunks) {
    if (signal.aborted) throw new DOMException('The operation was aborted.', 'AbortError');
    yield chunk;
  }
  if (stall) {
    await new Promise<void>((_resolve, reject) =>
      signal.addEventListener(
        'abort',
        () => reject(new DOMException('The operation was aborted.', 'AbortError')),
        {
          once: true,
        },
      ),
    );
  }
}
