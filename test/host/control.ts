/**
 * The test-only control channel: moves the clock (awake, asleep, or a manual change), scripts idle time and
 * power events, runs shell commands (what the tray and the command line send), answers the save dialog,
 * and reads side effects. Like `/__ipc`, it takes commands only from the host's own pages.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isAbsolute } from 'node:path';
import { z } from 'zod';
import { isTrustedSender } from '../../main/ipc/sender';
import { type Host, readBody, send, sendJson } from './server';

const MAX_MS = 400 * 86_400_000;
const ms = z.number().int().min(0).max(MAX_MS);
const iso = z.iso.datetime({ offset: true, local: false });

const commands = {
  advance: z.strictObject({ ms }),
  /** Advances (awake) until the wall clock reads this instant. */
  advanceTo: z.strictObject({ at: iso }),
  /** The machine sleeps: see test/host/fake-clock.ts for what moves. */
  sleep: z.strictObject({ ms }),
  /** A manual change of the wall clock (positive or negative). */
  shiftWall: z.strictObject({ ms: z.number().int().min(-MAX_MS).max(MAX_MS) }),
  idle: z.strictObject({ seconds: z.number().min(0).nullable() }),
  power: z.strictObject({ event: z.enum(['suspend', 'resume', 'lock', 'unlock']) }),
  busy: z.strictObject({ busy: z.boolean() }),
  notification: z.strictObject({ id: z.string(), action: z.string() }),
  /** A shell command as the tray or the command line sends it (checked by the app). */
  command: z.strictObject({ command: z.unknown() }),
  /** Where the save dialog saves exports (null: the dialog is cancelled). */
  exportDir: z.strictObject({
    dir: z.string().refine(isAbsolute, 'must be an absolute folder path').nullable(),
  }),
  restart: z.strictObject({}),
};
type Name = keyof typeof commands;
const isName = (name: string): name is Name => Object.hasOwn(commands, name);

export async function handleControl(host: Host, req: IncomingMessage, res: ServerResponse, url: URL) {
  const name = url.pathname.replace(/^\/__control\/?/, '');
  if (req.method === 'GET' && name === '') return send(res, 200, 'text/html; charset=utf-8', panel);
  if (req.method === 'GET' && name === 'state') return sendJson(res, 200, hostState(host));
  if (req.method !== 'POST' || !isName(name)) {
    return sendJson(res, 404, { error: `Unknown control command "${name}"` });
  }
  if (!isTrustedSender(req.headers.origin ?? req.headers.referer, [new URL(host.url).origin])) {
    return sendJson(res, 403, { error: 'Control commands are accepted only from the host’s own pages' });
  }
  let json: unknown;
  try {
    json = JSON.parse((await readBody(req)) || '{}');
  } catch (error) {
    return sendJson(res, 400, {
      error: `The body is not JSON: ${error instanceof Error ? error.message : error}`,
    });
  }
  const failure = await run(host, name, json);
  if (failure) return sendJson(res, failure.status, { error: failure.error });
  sendJson(res, 200, hostState(host));
}

async function run(host: Host, name: Name, json: unknown): Promise<{ status: number; error: string } | null> {
  const parsed = commands[name].safeParse(json);
  if (!parsed.success) return { status: 400, error: z.prettifyError(parsed.error) };
  const clock = host.fakeClock;
  const needsFake = name === 'advance' || name === 'advanceTo' || name === 'sleep' || name === 'shiftWall';
  if (needsFake && !clock) return { status: 409, error: 'This host runs on the real clock' };
  const body = parsed.data;
  switch (name) {
    case 'advance':
      if (clock && 'ms' in body) await clock.advance(body.ms);
      return null;
    case 'advanceTo': {
      const target = 'at' in body ? Date.parse(body.at) : Number.NaN;
      if (!clock) return null;
      if (target < clock.wallNow())
        return { status: 400, error: 'That time has passed: the clock only moves on' };
      while (clock.wallNow() < target) await clock.advance(Math.min(60_000, target - clock.wallNow()));
      return null;
    }
    case 'sleep':
      if (clock && 'ms' in body) clock.sleep(body.ms);
      return null;
    case 'shiftWall':
      if (clock && 'ms' in body) clock.shiftWall(body.ms);
      return null;
    case 'idle':
      if ('seconds' in body) host.control.idle = body.seconds;
      return null;
    case 'power':
      if ('event' in body) host.control.power(body.event);
      return null;
    case 'busy':
      if ('busy' in body) host.control.busy = body.busy;
      return null;
    case 'notification': {
      if (!('action' in body)) return null;
      const act = host.control.notificationActions.get(body.id);
      if (!act) return { status: 404, error: `No open notification "${body.id}"` };
      act(body.action);
      return null;
    }
    case 'command':
      try {
        await host.app.command('command' in body ? body.command : undefined);
      } catch (error) {
        return { status: 400, error: error instanceof Error ? error.message : String(error) };
      }
      return null;
    case 'exportDir':
      if ('dir' in body) host.control.exportDir = body.dir;
      return null;
    case 'restart':
      await host.restart();
      return null;
  }
}

function hostState(host: Host) {
  const { control } = host;
  return {
    now: host.clock.now(),
    wall: host.clock.wallNow?.() ?? host.clock.now(),
    idle: control.idle,
    busy: control.busy,
    exportDir: control.exportDir,
    notifications: control.notifications,
    opened: control.opened,
    promptOpen: control.promptOpen,
    quits: control.quits,
    tray: control.tray,
    autostart: control.autostart,
    snapshot: host.app.snapshot(),
  };
}

const panel = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sitwise host controls</title>
<style>body{font:14px system-ui;margin:2rem;max-width:44rem}button,input{font:inherit;margin:.2rem}pre{background:#f4f4f4;padding:1rem;overflow:auto}</style>
</head><body><h1>Sitwise host controls</h1>
<p><a href="/" target="_blank">Open the dashboard</a> · <a href="/prompt.html" target="_blank">Open the prompt window</a></p>
<p><label>Idle seconds <input id="idle" type="number" min="0" value="0"></label><button id="setIdle">Set</button></p>
<p>Power: <button data-power="suspend">suspend</button><button data-power="resume">resume</button>
<button data-power="lock">lock</button><button data-power="unlock">unlock</button></p>
<p><label><input id="busy" type="checkbox"> A meeting is in front</label></p>
<h2>Time (fake clock only)</h2>
<p><label>Minutes <input id="mins" type="number" min="1" value="5"></label><button id="adv">Advance</button>
<button id="sleep">Sleep (lid closed)</button><button id="shift">Change the wall clock by this</button></p>
<p><label>Go to <input id="to" type="datetime-local" step="60"></label><button id="goto">Advance to</button></p>
<h2>Tray and command line</h2>
<p><button data-cmd='{"kind":"open"}'>Open</button><button data-cmd='{"kind":"act","action":{"action":"snack-start"}}'>Movement snack now</button>
<button data-cmd='{"kind":"act","action":{"action":"pause","minutes":30}}'>Pause 30 min</button><button data-cmd='{"kind":"act","action":{"action":"resume"}}'>Resume</button>
<button data-cmd='{"kind":"quit"}'>Quit</button></p>
<h2>Exports</h2>
<p><label>Save exports to folder <input id="exportDir" size="40" placeholder="/absolute/folder"></label><button id="setExport">Set</button>
<button id="cancelExport">Cancel the dialog instead</button></p>
<p id="error" role="alert"></p>
<pre id="out"></pre>
<script>
const $=(id)=>document.getElementById(id);
const post=(c,b)=>fetch('/__control/'+c,{method:'POST',body:JSON.stringify(b)}).then(async r=>{const j=await r.json();if(!r.ok){$('error').textContent=j.error;return}$('error').textContent='';show(j)});
const show=(s)=>{$('out').textContent=JSON.stringify(s,null,2)};
const mins=()=>Number($('mins').value)*60000;
$('setIdle').onclick=()=>post('idle',{seconds:Number($('idle').value)});
document.querySelectorAll('[data-power]').forEach(b=>b.onclick=()=>post('power',{event:b.dataset.power}));
document.querySelectorAll('[data-cmd]').forEach(b=>b.onclick=()=>post('command',{command:JSON.parse(b.dataset.cmd)}));
$('busy').onchange=(e)=>post('busy',{busy:e.target.checked});
$('adv').onclick=()=>post('advance',{ms:mins()});
$('sleep').onclick=()=>post('sleep',{ms:mins()});
$('shift').onclick=()=>post('shiftWall',{ms:mins()});
$('goto').onclick=()=>post('advanceTo',{at:new Date($('to').value).toISOString()});
$('setExport').onclick=()=>post('exportDir',{dir:$('exportDir').value});
$('cancelExport').onclick=()=>post('exportDir',{dir:null});
fetch('/__control/state').then(r=>r.json()).then(show);
</script></body></html>`;
