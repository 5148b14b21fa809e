/** The own-routines store and channels on a temp data folder: saved before answered, damaged files kept. */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOwnRoutineHandlers, routineFileName } from '../../../main/services/routines/handlers';
import { FileRoutineStore, routinesFile } from '../../../main/services/routines/store';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitwise-routines-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const draft = {
  name: 'Physio list',
  place: 'desk' as const,
  steps: [{ instruction: 'Sit tall.', seconds: 10, side: 'none' as const, pose: 'sit-tall' as const }],
};

function setup(savePath: string | null = null) {
  const store = new FileRoutineStore({ dataDir: dir, now: () => 1_000 });
  const forgotten: string[] = [];
  let n = 0;
  const handlers = createOwnRoutineHandlers({
    store,
    chooseSavePath: async () => savePath,
    forgetStaple: (id) => forgotten.push(id),
    newId: () => `user-test0${++n}`,
  });
  return { store, handlers, forgotten };
}

describe('own routines store', () => {
  it('saves to disk before answering, and a new store reads the same list', async () => {
    const { handlers } = setup();
    const made = await handlers['routines.save']({ routine: draft });
    expect(made).toEqual({ id: 'user-test01', routine: draft });
    expect(JSON.parse(readFileSync(routinesFile(dir), 'utf8'))).toEqual({ version: 1, routines: [made] });
    expect(new FileRoutineStore({ dataDir: dir, now: () => 0 }).list()).toEqual([made]);
  });

  it('deletes a routine and drops it from the staples', async () => {
    const { handlers, forgotten } = setup();
    const made = await handlers['routines.save']({ routine: draft });
    expect(await handlers['routines.delete']({ id: made.id })).toEqual([]);
    expect(forgotten).toEqual(['user-test01']);
    await expect(async () => handlers['routines.delete']({ id: made.id })).rejects.toThrow(
      /"code":"routineGone"/,
    );
  });

  it('exports a routine file that imports back as a new routine', async () => {
    const out = join(dir, 'out', 'list.json');
    mkdirSync(join(dir, 'out'));
    const { handlers } = setup(out);
    const made = await handlers['routines.save']({ routine: draft });
    expect(await handlers['routines.export']({ id: made.id })).toEqual({ saved: true, path: out });
    const back = await handlers['routines.import']({ text: readFileSync(out, 'utf8') });
    expect(back).toEqual({ id: 'user-test02', routine: draft });
    expect(routineFileName('Physio list: week 1!')).toBe('physio-list-week-1.sitwise-routine.json');
  });

  it('refuses a hostile import and changes nothing', async () => {
    const { handlers, store } = setup();
    await expect(async () =>
      handlers['routines.import']({ text: '{"format":"sitwise-routine","version":9}' }),
    ).rejects.toThrow(/newer version of Sitwise/);
    expect(store.list()).toEqual([]);
    expect(existsSync(routinesFile(dir))).toBe(false);
  });

  it('keeps an unreadable file aside instead of overwriting it, and says where', () => {
    mkdirSync(join(dir, 'routines'));
    writeFileSync(routinesFile(dir), '{"version":1,"routines":[{"id":"user-x"');
    const aside: string[] = [];
    const store = new FileRoutineStore({ dataDir: dir, now: () => 42, onSetAside: (p) => aside.push(p) });
    expect(store.list()).toEqual([]);
    expect(aside).toEqual([`${routinesFile(dir)}.unreadable-42`]);
    expect(readdirSync(join(dir, 'routines'))).toEqual(['routines.json.unreadable-42']);
  });

  it('clears everything for "delete all my data"', async () => {
    const { handlers, store } = setup();
    await handlers['routines.save']({ routine: draft });
    store.clear();
    expect(store.list()).toEqual([]);
    expect(existsSync(join(dir, 'routines'))).toBe(false);
  });
});
