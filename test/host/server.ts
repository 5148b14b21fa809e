/**
 * The end-to-end host: runs the real application (createApp) on a scripted platform and serves the built
 * renderer plus the IPC contract to any browser. Only Electron is absent.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { type App, createApp } from '../../main/app';
import { isTrustedSender } from '../../main/ipc/sender';
import { createSystemClock } from '../../main/platform/electron/clock';
import type { Clock } from '../../main/ports';
import { handleControl } from './control';
import { FakeClock, type SleepMode } from './fake-clock';
import { createHostPlatform, type HostControl } from './platform';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const rendererDir = join(projectRoot, 'out/renderer');

export interface HostOptions {
  port?: number;
  dataDir?: string;
  /** 'fake': time moves only through the control channel. 'real': the wall clock. */
  clock?: 'fake' | 'real';
  /** Start of simulated time for a fake clock (epoch ms). */
  startAt?: number;
  /** What a fake clock's `sleep` stops: the monotonic clock too (Linux, macOS) or only timers (Windows). */
  sleepMode?: SleepMode;
}

export interface Host {
  url: string;
  dataDir: string;
  app: App;
  clock: Clock;
  fakeClock: FakeClock | null;
  control: HostControl;
  /** Stops the app (flushing its files) and starts a new one on the same data folder and clock. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.wav': 'audio/wav',
  '.ogg': 'audio/ogg',
};

const builtPreload = join(projectRoot, 'out/preload/index.cjs');

/**
 * The page's bridge is the production preload (out/preload/index.cjs) run as Electron runs a sandboxed
 * preload: a function of `require`, where `electron` is the shim speaking the host's transport and any
 * other module is missing. Built once per host start, so a rebuilt preload is picked up.
 */
async function bundleBridge(): Promise<string> {
  if (!existsSync(builtPreload)) {
    throw new Error('The preload is not built: run `npm run build` first.');
  }
  const shim = await build({
    entryPoints: [join(projectRoot, 'test/host/preload-shim.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: '__sitwiseElectronShim',
    target: 'chrome120',
    logLevel: 'silent',
  });
  const preload = readFileSync(builtPreload, 'utf8');
  return `${shim.outputFiles[0]?.text ?? ''}
(function (require) {
  var module = { exports: {} };
  (function (exports, require, module) {
${preload}
  })(module.exports, require, module);
})(function (id) {
  if (id === 'electron') return __sitwiseElectronShim;
  throw new Error('module not found: ' + id);
});
`;
}

export async function startHost(options: HostOptions = {}): Promise<Host> {
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error('The renderer is not built: run `npm run build` first.');
  }
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'sitwise-host-'));
  const fakeClock =
    options.clock === 'real'
      ? null
      : new FakeClock(
          options.startAt ?? Date.now(),
          options.sleepMode ? { sleepMode: options.sleepMode } : {},
        );
  // `npm run host` on the real clock runs the desktop's clock adapter.
  const clock: Clock = fakeClock ?? createSystemClock();
  const version = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')).version as string;
  const { platform, control } = createHostPlatform({ clock, dataDir, version, baseUrl: () => host.url });
  const bridge = await bundleBridge();

  const host: Host = {
    url: '',
    dataDir,
    app: createApp(platform),
    clock,
    fakeClock,
    control,
    async restart() {
      await host.app.stop();
      host.app = createApp(platform);
      await host.app.start();
    },
    async close() {
      await host.app.stop();
      control.pushes.emit('close');
      const closed = new Promise<void>((done) => server.close(() => done()));
      server.closeAllConnections();
      await closed;
    },
  };

  const server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    });
  });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', host.url);
    if (url.pathname === '/__host/bridge.js') return send(res, 200, types['.js'], bridge);
    if (url.pathname === '/__events') return events(req, res);
    if (url.pathname.startsWith('/__ipc/')) return ipc(req, res, decodeURIComponent(url.pathname.slice(7)));
    if (url.pathname.startsWith('/__control')) return handleControl(host, req, res, url);
    return serveStatic(res, url.pathname);
  }

  async function ipc(req: IncomingMessage, res: ServerResponse, channel: string): Promise<void> {
    // The same rule as Electron's sender check: only pages from the host's own origin may call.
    const origin = req.headers.origin ?? req.headers.referer;
    if (req.method !== 'POST' || !isTrustedSender(origin, [new URL(host.url).origin])) {
      return sendJson(res, 403, {
        ok: false,
        error: { code: 'forbidden-sender', message: 'Calls are accepted only from Sitwise pages' },
      });
    }
    const body = JSON.parse((await readBody(req)) || '{}') as { payload?: unknown };
    sendJson(res, 200, await host.app.dispatch(channel, body.payload));
  }

  function events(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    res.write(': connected\n\n');
    const onPush = (channel: string, payload: unknown) =>
      res.write(`data: ${JSON.stringify({ channel, payload })}\n\n`);
    const onClose = () => res.end();
    control.pushes.on('push', onPush);
    control.pushes.once('close', onClose);
    req.on('close', () => {
      control.pushes.off('push', onPush);
      control.pushes.off('close', onClose);
    });
  }

  function serveStatic(res: ServerResponse, pathname: string): void {
    const rel = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
    const file = normalize(join(rendererDir, rel));
    if (!file.startsWith(rendererDir) || !existsSync(file)) {
      send(res, 404, 'text/plain', 'Not found');
      return;
    }
    let body: string | Buffer = readFileSync(file);
    if (extname(file) === '.html') {
      // The bridge must exist before the app's module script runs.
      body = body.toString('utf8').replace('<head>', '<head>\n    <script src="/__host/bridge.js"></script>');
    }
    send(res, 200, types[extname(file)] ?? 'application/octet-stream', body);
  }

  await new Promise<void>((done) => server.listen(options.port ?? 0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The host did not get a port');
  host.url = `http://127.0.0.1:${address.port}`;
  await host.app.start();
  return host;
}

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((done, fail) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      data += chunk;
      if (data.length > 1_000_000) fail(new Error('Request body too large'));
    });
    req.on('end', () => done(data));
    req.on('error', fail);
  });
}

export function send(res: ServerResponse, status: number, type: string | undefined, body: string | Buffer) {
  res.writeHead(status, { 'content-type': type ?? 'text/plain', 'cache-control': 'no-store' });
  res.end(body);
}

export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, types['.json'], JSON.stringify(value));
}
