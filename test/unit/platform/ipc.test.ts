import { describe, expect, it } from 'vitest';
import { APP_ORIGIN } from '../../../main/ipc/sender';
import { checkSender, registerIpc, type SenderEvent } from '../../../main/platform/electron/ipc';
import { invokeChannelNames } from '../../../shared/ipc';

type Handler = (event: SenderEvent, payload: unknown) => Promise<unknown>;

function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  return {
    handlers,
    handle(channel: string, handler: Handler) {
      handlers.set(channel, handler);
    },
    removeHandler(channel: string) {
      handlers.delete(channel);
    },
  };
}

function eventFrom(url: string | null, opts: { subFrame?: boolean } = {}): SenderEvent {
  const mainFrame = url === null ? null : { url };
  return {
    senderFrame: opts.subFrame ? { url: url ?? '' } : mainFrame,
    sender: { mainFrame },
  };
}

describe('IPC sender check', () => {
  const setup = () => {
    const ipc = fakeIpcMain();
    const calls: { channel: unknown; payload: unknown }[] = [];
    const cancel = registerIpc(
      ipc,
      async (channel, payload) => {
        calls.push({ channel, payload });
        return { ok: true, value: 'handled' };
      },
      [APP_ORIGIN],
    );
    return { ipc, calls, cancel };
  };

  it('registers exactly the contract channels and removes them again', () => {
    const { ipc, cancel } = setup();
    expect([...ipc.handlers.keys()].sort()).toEqual([...invokeChannelNames].sort());
    cancel();
    expect(ipc.handlers.size).toBe(0);
  });

  it('passes calls from the app origin to the router', async () => {
    const { ipc, calls } = setup();
    const result = await ipc.handlers.get('state.get')?.(
      eventFrom('app://sitwise/index.html#/today'),
      undefined,
    );
    expect(result).toEqual({ ok: true, value: 'handled' });
    expect(calls).toEqual([{ channel: 'state.get', payload: undefined }]);
  });

  it.each([
    ['a remote page', 'https://evil.example/'],
    ['a local file', 'file:///tmp/x.html'],
    ['a look-alike host', 'app://sitwise.evil/index.html'],
    ['another scheme', 'sitwise://sitwise/index.html'],
    ['the dev server when not trusted', 'http://localhost:5173/index.html'],
    ['about:blank', 'about:blank'],
  ])('rejects %s on every channel without reaching the router', async (_name, url) => {
    const { ipc, calls } = setup();
    for (const channel of invokeChannelNames) {
      const result = await ipc.handlers.get(channel)?.(eventFrom(url), { date: '2026-01-01' });
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    }
    expect(calls).toEqual([]);
  });

  it('rejects a destroyed frame and a sub-frame even on the app origin', () => {
    expect(checkSender(eventFrom(null), [APP_ORIGIN])?.ok).toBe(false);
    const sub = eventFrom('app://sitwise/index.html', { subFrame: true });
    expect(checkSender(sub, [APP_ORIGIN])).toMatchObject({ error: { code: 'forbidden-sender' } });
  });

  it('trusts the dev server only when it is listed', () => {
    const dev = eventFrom('http://localhost:5173/index.html');
    expect(checkSender(dev, [APP_ORIGIN, 'http://localhost:5173'])).toBeNull();
    expect(checkSender(dev, [APP_ORIGIN])).not.toBeNull();
  });
});
