/** `npm run host`: the app without Electron, on the real clock, for any browser. */
import { startHost } from './server';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const port = Number(arg('port') ?? process.env.PORT ?? 5180);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a whole number from 0 to 65535, got "${arg('port')}"`);
  process.exit(2);
}
const host = await startHost({
  port,
  clock: arg('clock') === 'fake' ? 'fake' : 'real',
  dataDir: arg('data'),
});
console.log(`Sitwise is running at ${host.url}/ (data in ${host.dataDir})`);
console.log(`Controls (idle time, power events, meetings): ${host.url}/__control`);
const stop = async () => {
  await host.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
