/**
 * Data and file problems reach the person in their language: main sends codes with parameters (a refusal's
 * `reason`, a notice's `reason`, the tray's save fault, the calendar's status), never a sentence, and the
 * words come from the catalogue. German throughout, as the person would read it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../../main/app';
import { linuxDnd, linuxMicrophone } from '../../../main/platform/os/linux';
import { cannotSaveDialog } from '../../../main/shell/startup-dialog';
import { trayModel } from '../../../main/shell/tray-model';
import { wordsFor } from '../../../main/shell/words';
import { calendarProblemText } from '../../../shared/i18n/calendar-problems';
import { noticeText } from '../../../shared/i18n/notice-text';
import { noticeSchema } from '../../../shared/i18n/notices';
import { serviceErrorText } from '../../../shared/i18n/service-error-text';
import { type ServiceError, serviceErrorSchema } from '../../../shared/i18n/service-errors';
import type { Notice } from '../../../shared/ipc';
import { FakeClock } from '../../host/fake-clock';
import { createHostPlatform, type HostControl } from '../../host/platform';
import { FaultyFs, under } from '../services/helpers/faulty-fs';

const START = Date.parse('2026-11-23T09:00:00Z');
const german = wordsFor('de', [], 'Europe/Berlin');
const dirs: string[] = [];
let app: App | null = null;

afterEach(async () => {
  await app?.stop();
  app = null;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function folder(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `sitwise-${name}-`));
  dirs.push(dir);
  return dir;
}

async function boot(
  dir: string,
  options: { fs?: FaultyFs; languages?: readonly string[] } = {},
): Promise<{ app: App; control: HostControl; pushed: Notice[] }> {
  const host = createHostPlatform({
    clock: new FakeClock(START),
    dataDir: dir,
    version: '0.0.0-test',
    timeZone: 'Europe/Berlin',
    languages: options.languages ?? ['de-DE'],
  });
  const pushed: Notice[] = [];
  host.control.pushes.on('push', (channel: string, payload: Notice) => {
    if (channel === 'notice') pushed.push(payload);
  });
  app = createApp(host.platform, { onError: () => {}, ...(options.fs ? { fs: options.fs } : {}) });
  await app.start();
  return { app, control: host.control, pushed };
}

/** The refusal of a failed call, checked against the one union as the window checks it. */
function refusalOf(result: { ok: boolean; error?: { reason?: unknown } }): ServiceError {
  expect(result.ok).toBe(false);
  return serviceErrorSchema.parse(result.error?.reason);
}

describe('file and data problems in the chosen language', () => {
  it('an export that meets a full disk is refused as ENOSPC and read in German', async () => {
    const dir = folder('data');
    const exportDir = folder('export');
    const fs = new FaultyFs();
    const { app, control } = await boot(dir, { fs });
    control.exportDir = exportDir;
    fs.inject({ code: 'ENOSPC', calls: ['write'], path: under(exportDir) });
    const reason = refusalOf(await app.dispatch('data.export', { format: 'json' }));
    expect(reason).toEqual({ code: 'cannotSave', folder: exportDir, errno: 'ENOSPC' });
    expect(serviceErrorText(german, reason)).toBe(
      `Sitwise kann nicht in ${exportDir} speichern: die Festplatte ist voll. Nichts wurde geändert.`,
    );
  });

  it('an import that is not JSON, and one into a folder with data, are refused as codes', async () => {
    const { app } = await boot(folder('data'));
    const notJson = refusalOf(await app.dispatch('data.import', { text: 'not json' }));
    expect(notJson).toEqual({ code: 'importNotJson' });
    expect(serviceErrorText(german, notJson)).toBe(
      'Diese Datei ist kein Sitwise-Export (sie ist kein gültiges JSON).',
    );
    const damaged = JSON.stringify({
      format: 'sitwise-export',
      formatVersion: 2,
      sections: { settings: { version: 1, data: { theme: 'purple' } } },
    });
    const bad = refusalOf(await app.dispatch('data.import', { text: damaged }));
    expect(bad).toEqual({ code: 'importDamaged', section: 'settings' });
    expect(serviceErrorText(german, bad)).toMatch(
      /^Die Einstellungen in dieser Datei sind nicht verwendbar\./,
    );
  });

  it('a routine file from a newer version is refused as a code', async () => {
    const { app } = await boot(folder('data'));
    const text = JSON.stringify({ format: 'sitwise-routine', version: 99, routine: {} });
    const reason = refusalOf(await app.dispatch('routines.import', { text }));
    expect(reason).toEqual({ code: 'routineFileBad', problem: 'newer' });
    expect(serviceErrorText(german, reason)).toBe(
      'Diese Übung wurde mit einer neueren Sitwise-Version gespeichert. Aktualisiere Sitwise, um sie zu öffnen.',
    );
  });

  it('a stand while the disk refuses is refused with the folder and the code, in German', async () => {
    const dir = folder('data');
    const fs = new FaultyFs();
    const { app } = await boot(dir, { fs });
    fs.inject({ code: 'EIO', calls: ['write', 'open'], path: under(join(dir, 'journal')) });
    const reason = refusalOf(await app.dispatch('state.act', { action: 'stand' }));
    expect(reason).toEqual({ code: 'savesWaiting', folder: dir, errno: 'EIO', dropped: 0 });
    expect(serviceErrorText(german, reason)).toMatch(
      new RegExp(
        `^Sitwise kann nicht in ${dir} speichern: die Festplatte meldet einen Lese- oder Schreibfehler\\. Das wurde nicht gespeichert;`,
      ),
    );
  });

  it('a notice arrives as a code (no sentence) and the dashboard words it in German', async () => {
    const dir = folder('data');
    mkdirSync(join(dir, 'journal', '2026-11.jsonl'), { recursive: true });
    const { pushed } = await boot(dir);
    const notice = pushed.find((n) => n.kind === 'journal-unreadable');
    // What crosses is exactly the schema's shape: a code and parameters, nothing else.
    expect(noticeSchema.parse(notice)).toEqual(notice);
    expect(notice?.reason).toEqual({ code: 'journalUnreadable', month: '2026-11', errno: 'EISDIR' });
    expect(notice && noticeText(german, notice.reason)).toBe(
      'Deine Sitz- und Stehaufzeichnung für November 2026 ließ sich nicht lesen (wo eine Datei sein sollte, ist ein Ordner); ihre Tage fehlen, bis sie wieder lesbar ist.',
    );
  });

  it('a damaged plan is told as a code with the file it was set aside as', async () => {
    const dir = folder('data');
    writeFileSync(join(dir, 'plan.json'), '{ damaged');
    const { pushed } = await boot(dir);
    const notice = pushed.find((n) => n.reason.code === 'planDamaged');
    expect(notice?.reason).toMatchObject({ code: 'planDamaged' });
    expect(notice && noticeText(german, notice.reason)).toMatch(
      /^Der gespeicherte Plan ließ sich nicht lesen; er wurde als .+ beiseitegelegt, und Mein Plan beginnt leer\.$/,
    );
  });

  it('the start-up dialog speaks the system language when the settings cannot be read or saved', async () => {
    const dir = folder('data');
    writeFileSync(join(dir, 'settings.json'), '{ not json');
    const fs = new FaultyFs();
    fs.readOnlyFolder(dir);
    // The settings file is damaged and cannot be set aside: the app runs on the defaults, whose language
    // is "system", so the system's German is what the dialog speaks.
    const { app } = await boot(dir, { fs, languages: ['de-AT', 'en-US'] });
    expect(app.cannotSave).toEqual({ folder: dir, errno: 'EACCES' });
    expect(cannotSaveDialog(app.words(), { folder: dir, errno: 'EACCES' })).toEqual({
      title: 'Sitwise kann deine Daten nicht speichern',
      body: `Sitwise kann nicht in ${dir} speichern: keine Berechtigung. Die Zeit läuft weiter, aber nichts wird aufgezeichnet, bis der Ordner wieder beschreibbar ist.`,
    });
  });

  it('the tray names a save fault in German, from its code', async () => {
    const dir = folder('data');
    const fs = new FaultyFs();
    const { app, control } = await boot(dir, { fs });
    fs.inject({ code: 'ENOSPC', calls: ['write', 'open'], path: under(join(dir, 'journal')) });
    await app.dispatch('state.act', { action: 'stand' });
    expect(control.traySaveProblem).toEqual({ folder: dir, errno: 'ENOSPC', dropped: 0 });
    const first = control.trayModel?.menu[0];
    expect(first?.type === 'item' && first.label).toBe(
      `Speichern in ${dir} nicht möglich: die Festplatte ist voll`,
    );
    // The same model in Spanish, from the same fault.
    const spanish = trayModel(
      app.snapshot(),
      START,
      wordsFor('es', [], 'UTC'),
      false,
      control.traySaveProblem,
    );
    const line = spanish.menu[0];
    expect(line?.type === 'item' && line.label).toBe(`No se puede guardar en ${dir}: el disco está lleno`);
  });

  it('a detector that cannot answer says why as a code, worded in German', async () => {
    // A desktop without GNOME's settings and no session bus: the DND detector cannot ask.
    expect(await linuxDnd(async () => '', null, 'KDE')).toEqual({
      state: 'unavailable',
      why: 'noSessionBus',
    });
    expect(await linuxMicrophone(join(folder('proc'), 'asound'))).toEqual({
      state: 'unavailable',
      why: 'noSoundCards',
    });
    expect(
      german.t('settings.interruptions.unavailable', {
        why: german.t('settings.interruptions.why', { why: 'noSource' }),
      }),
    ).toBe('auf diesem System nicht verfügbar (Sitwise kann das hier nicht auslesen)');
    expect(german.t('settings.interruptions.why', { why: 'noSessionBus' })).toBe(
      'es gibt keinen Sitzungs-Nachrichtenbus',
    );
  });

  it('a calendar problem is a code worded in German, an unknown system code named as it is', () => {
    expect(calendarProblemText(german, { code: 'notFound', status: 404 })).toBe(
      'unter dieser Adresse gibt es keinen Kalender (HTTP 404)',
    );
    expect(calendarProblemText(german, { code: 'fileUnreadable', errno: 'ELOOP' })).toBe(
      'die Datei ließ sich nicht lesen (das System meldet ELOOP)',
    );
  });
});
