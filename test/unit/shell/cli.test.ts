import { describe, expect, it } from 'vitest';
import { argsOf, parseCli } from '../../../main/shell/cli';
import { userActionSchema } from '../../../shared/ipc';

describe('command line', () => {
  it.each([
    ['--stand', { kind: 'act', action: { action: 'stand' } }],
    ['--sit', { kind: 'act', action: { action: 'sit' } }],
    ['--snack', { kind: 'act', action: { action: 'snack-start' } }],
    ['--resume', { kind: 'act', action: { action: 'resume' } }],
    ['--pause=30', { kind: 'act', action: { action: 'pause', minutes: 30 } }],
    ['--pause=1440', { kind: 'act', action: { action: 'pause', minutes: 1440 } }],
    ['--pause=tomorrow', { kind: 'act', action: { action: 'pause', minutes: 'tomorrow' } }],
    ['--open', { kind: 'open' }],
    ['--open=history', { kind: 'open', screen: 'history' }],
    ['--STAND', { kind: 'act', action: { action: 'stand' } }],
  ])('%s', (arg, command) => {
    expect(parseCli([arg])).toEqual({ commands: [command], errors: [], unknown: [] });
  });

  it('produces only actions the IPC contract accepts', () => {
    const { commands } = parseCli([
      '--stand',
      '--sit',
      '--snack',
      '--resume',
      '--pause=5',
      '--pause=tomorrow',
    ]);
    for (const c of commands) {
      expect(c.kind).toBe('act');
      if (c.kind === 'act') expect(userActionSchema.safeParse(c.action).success).toBe(true);
    }
  });

  it.each([
    ['--pause', /--pause needs a value/],
    ['--pause=', /--pause needs a value/],
    ['--pause=abc', /--pause must be a whole number of minutes or "tomorrow" \(got "--pause=abc"\)/],
    ['--pause=0', /at least 1 minute/],
    ['--pause=1441', /at most 1440 minutes/],
    ['--pause=2.5', /whole number/],
    ['--pause=-5', /whole number/],
    ['--open=kitchen', /--open must be one of today, history/],
    ['--stand=now', /--stand takes no value/],
  ])('refuses %s with a clear error and no command at all', (arg, message) => {
    const result = parseCli(['--sit', arg]);
    expect(result.commands).toEqual([]);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(message);
  });

  it('keeps order, ignores positionals and reports unknown switches without acting on them', () => {
    const result = parseCli([
      '/opt/Sitwise/resources/app.asar',
      '--allow-file-access-from-files',
      '--stand',
      '--original-process-start-time=1234',
      '--open=today',
    ]);
    expect(result.commands).toEqual([
      { kind: 'act', action: { action: 'stand' } },
      { kind: 'open', screen: 'today' },
    ]);
    expect(result.unknown).toEqual(['--allow-file-access-from-files', '--original-process-start-time']);
    expect(result.errors).toEqual([]);
  });

  it('does not treat prototype names as flags', () => {
    expect(parseCli(['--constructor', '--__proto__', '--toString'])).toEqual({
      commands: [],
      errors: [],
      unknown: ['--constructor', '--__proto__', '--toString'],
    });
  });

  it('keeps every flag wherever it stands, and no positional', () => {
    expect(argsOf(['/usr/bin/sitwise', '--stand'])).toEqual(['--stand']);
    expect(argsOf(['/usr/bin/electron', '.', '--stand'])).toEqual(['--stand']);
    // A second launch's argv as Chromium may pass it: its own switches first, ours after a positional.
    expect(argsOf(['--stand', '/usr/bin/sitwise', '--no-sandbox', 'file.txt', '--pause=30'])).toEqual([
      '--stand',
      '--no-sandbox',
      '--pause=30',
    ]);
  });
});
