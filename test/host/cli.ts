/**
 * `npm run host`: the app without Electron, for any browser.
 *   --port=5180  --data=DIR  --clock=real|fake  --start=ISO (fake clock's start; implies --clock=fake)
 *   --sleep-mode=linux|windows (what a fake sleep stops)  --export-dir=DIR (the save dialog's answer)
 */
import { isAbsolute } from 'node:path';
import { startHost } from './server';

const arg = (name: string) => {
  const found = process.argv.find((a) => a.startsWith(`--${name}=`));
  return found === undefined ? undefined : found.slice(name.length + 3);
};
const fail = (message: string): never => {
  console.error(message);
  process.exit(2);
};

const port = Number(arg('port') ?? process.env.PORT ?? 5180);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  fail(`--port must be a whole number from 0 to 65535, got "${arg('port')}"`);
}
const start = arg('start');
const startAt = start === undefined ? undefined : Date.parse(start);
if (startAt !== undefined && (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(start ?? '') || Number.isNaN(startAt))) {
  fail(`--start must be an ISO date-time such as 2026-11-23T09:00:00+01:00, got "${start}"`);
}
const sleepMode = arg('sleep-mode');
if (sleepMode !== undefined && sleepMode !== 'linux' && sleepMode !== 'windows') {
  fail(`--sleep-mode must be linux or windows, got "${sleepMode}"`);
}
const exportDir = arg('export-dir');
if (exportDir !== undefined && !isAbsolute(exportDir))
  fail(`--export-dir must be an absolute folder, got "${exportDir}"`);

const host = await startHost({
  port,
  clock: arg('clock') === 'fake' || startAt !== undefined ? 'fake' : 'real',
  dataDir: arg('data'),
  ...(startAt === undefined ? {} : { startAt }),
  ...(sleepMode === 'linux' || sleepMode === 'windows' ? { sleepMode } : {}),
});
if (exportDir !== undefined) host.control.exportDir = exportDir;
console.log(`Sitwise is running at ${host.url}/ (data in ${host.dataDir})`);
console.log(`Controls (time, idle, power, tray, exports): ${host.url}/__control`);
const stop = async () => {
  await host.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
