// node:os for the booted main bundle: the real module, with a boot clock the test can move (os.uptime()
// counts time asleep; the test's "sleep" moves it and the wall clock, not the monotonic clock).
import os from 'node:os';

export * from 'node:os';
export const bootShift = { ms: 0 };
export function uptime() {
  return os.uptime() + bootShift.ms / 1000;
}
export default { ...os, uptime };
