/**
 * Memory probe for the storage bench, run in a fresh process with --expose-gc. Prints the heap (used +
 * external + array buffers, after GC) retained by one approach holding a year of history:
 * - "sitwise DIR TODAY": storage opened on DIR, then today's summary and the year's summaries built;
 * - "baseline DIR": the whole history held as one parsed JSON document (conf store in DIR).
 */
import Conf from 'conf';
import type { SettingsStoreOptions, StoredSettings } from '../../../../main/services/settings/store';
import { openStorage } from '../../../../main/services/storage';
import type { EngineEvent } from '../../../../shared/events';
import { addDays, instantOf } from '../../../../shared/time';

const [mode, dir, today] = process.argv.slice(2);
const collect: unknown = Reflect.get(globalThis, 'gc');
function heapMb(): number {
  if (typeof collect !== 'function') throw new Error('run with --expose-gc');
  collect();
  collect();
  const m = process.memoryUsage();
  return (m.heapUsed + m.external + m.arrayBuffers) / 2 ** 20;
}

const before = heapMb();
let keep: unknown;
if (mode === 'sitwise' && dir && today) {
  const openConf = (o: SettingsStoreOptions) =>
    new Conf<StoredSettings>({ cwd: o.cwd, configName: o.name, schema: o.schema, defaults: o.defaults });
  const now = instantOf(today, 16 * 60, 'Europe/Berlin');
  const storage = openStorage({
    dataDir: dir,
    openSettingsStore: openConf,
    now: () => now,
    timeZone: () => 'Europe/Berlin',
    notify: () => {},
    chooseSavePath: async () => null,
  });
  storage.summaries.day(today, now);
  storage.summaries.range(addDays(today, -364), today);
  keep = storage;
} else if (mode === 'baseline' && dir) {
  const conf = new Conf<{ events: EngineEvent[] }>({ cwd: dir, configName: 'state' });
  keep = conf.get('events');
} else {
  process.stderr.write('usage: storage-memory-child sitwise DIR TODAY | baseline DIR\n');
  process.exit(2);
}
const after = heapMb();
process.stdout.write(`${JSON.stringify({ retainedMb: after - before, kept: keep !== undefined })}\n`);
