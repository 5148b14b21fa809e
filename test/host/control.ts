/** The test-only control channel: moves the clock, scripts idle time and power events, reads side effects. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { type Host, readBody, send, sendJson } from './server';

const commands = {
  advance: z.strictObject({
    ms: z
      .number()
      .int()
      .min(0)
      .max(400 * 86_400_000),
  }),
  idle: z.strictObject({ seconds: z.number().min(0).nullable() }),
  power: z.strictObject({ event: z.enum(['suspend', 'resume', 'lock', 'unlock']) }),
  busy: z.strictObject({ busy: z.boolean() }),
  context: z.strictObject({
    call: z.boolean().optional(),
    dnd: z.boolean().optional(),
    fullscreen: z.boolean().optional(),
  }),
  notification: z.strictObject({ id: z.string(), action: z.string() }),
  restart: z.strictObject({}),
};

export async function handleControl(host: Host, req: IncomingMessage, res: ServerResponse, url: URL) {
  const name = url.pathname.replace(/^\/__control\/?/, '');
  if (req.method === 'GET' && name === '') return send(res, 200, 'text/html; charset=utf-8', panel);
  if (req.method === 'GET' && name === 'state') return sendJson(res, 200, hostState(host));
  if (req.method !== 'POST' || !Object.hasOwn(commands, name)) {
    return sendJson(res, 404, { error: `Unknown control command "${name}"` });
  }
  const parsed = commands[name as keyof typeof commands].safeParse(JSON.parse((await readBody(req)) || '{}'));
  if (!parsed.success) return sendJson(res, 400, { error: parsed.error.message });
  const body = parsed.data;
  if ('ms' in body) {
    if (!host.fakeClock) return sendJson(res, 409, { error: 'This host runs on the real clock' });
    await host.fakeClock.advance(body.ms);
  } else if ('seconds' in body) host.control.idle = body.seconds;
  else if ('event' in body) host.control.power(body.event);
  else if ('busy' in body) host.control.busy = body.busy;
  else if (name === 'context' && !('id' in body)) Object.assign(host.control.context, body);
  else if ('action' in body) {
    const act = host.control.notificationActions.get(body.id);
    if (!act) return sendJson(res, 404, { error: `No open notification "${body.id}"` });
    act(body.action);
  } else await host.restart();
  sendJson(res, 200, hostState(host));
}

function hostState(host: Host) {
  const { control } = host;
  return {
    now: host.clock.now(),
    idle: control.idle,
    busy: control.busy,
    context: control.context,
    notifications: control.notifications,
    opened: control.opened,
    promptOpen: control.promptOpen,
    tray: control.tray,
    autostart: control.autostart,
    snapshot: host.app.snapshot(),
  };
}

const panel = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sitwise host controls</title>
<style>body{font:14px system-ui;margin:2rem;max-width:40rem}button,input{font:inherit;margin:.2rem}pre{background:#f4f4f4;padding:1rem;overflow:auto}</style>
</head><body><h1>Sitwise host controls</h1>
<p><a href="/" target="_blank">Open the dashboard</a> · <a href="/prompt.html" target="_blank">Open the prompt window</a></p>
<p><label>Idle seconds <input id="idle" type="number" min="0" value="0"></label><button id="setIdle">Set</button></p>
<p>Power: <button data-power="suspend">suspend</button><button data-power="resume">resume</button>
<button data-power="lock">lock</button><button data-power="unlock">unlock</button></p>
<p><label><input id="busy" type="checkbox"> A meeting is in front</label></p>
<p>Moment: <label><input data-context="call" type="checkbox"> camera or microphone in use</label>
<label><input data-context="dnd" type="checkbox"> Do Not Disturb</label>
<label><input data-context="fullscreen" type="checkbox"> fullscreen</label></p>
<p><label>Advance minutes <input id="mins" type="number" min="1" value="5"></label><button id="adv">Advance</button> (fake clock only)</p>
<pre id="out"></pre>
<script>
const post=(c,b)=>fetch('/__control/'+c,{method:'POST',body:JSON.stringify(b)}).then(r=>r.json()).then(show);
const show=(s)=>{document.getElementById('out').textContent=JSON.stringify(s,null,2)};
document.getElementById('setIdle').onclick=()=>post('idle',{seconds:Number(document.getElementById('idle').value)});
document.querySelectorAll('[data-power]').forEach(b=>b.onclick=()=>post('power',{event:b.dataset.power}));
document.getElementById('busy').onchange=(e)=>post('busy',{busy:e.target.checked});
document.querySelectorAll('[data-context]').forEach(b=>b.onchange=()=>post('context',{[b.dataset.context]:b.checked}));
document.getElementById('adv').onclick=()=>post('advance',{ms:Number(document.getElementById('mins').value)*60000});
fetch('/__control/state').then(r=>r.json()).then(show);
</script></body></html>`;
