/**
 * The command line: `sitwise --stand | --sit | --snack | --pause=30 | --pause=tomorrow | --resume | --open[=screen]`.
 * A second launch passes its arguments to the running instance, which acts on them. Chromium and Electron
 * add switches of their own to argv, so unknown flags are reported (not fatal); a known flag with a bad
 * value is an error and produces no command.
 */
import { z } from 'zod';
import { screens } from '../../shared/ipc';
import { act, type ShellCommand } from './commands';

export interface CliResult {
  commands: ShellCommand[];
  /** Known flags with bad values, each a sentence naming the flag and the rule. */
  errors: string[];
  /** Flags Sitwise does not know (often Chromium's own); never acted on. */
  unknown: string[];
}

const pauseMinutes = z
  .string()
  .regex(/^\d{1,5}$/, 'must be a whole number of minutes or "tomorrow"')
  .transform(Number)
  .pipe(
    z
      .number()
      .min(1, 'must be at least 1 minute')
      .max(24 * 60, 'must be at most 1440 minutes (24 h)'),
  );
const screenValue = z.enum(screens, { error: `must be one of ${screens.join(', ')}` });

type Parser = (value: string | undefined) => { command: ShellCommand } | { error: string };

const noValue =
  (command: ShellCommand): Parser =>
  (value) =>
    value === undefined ? { command } : { error: 'takes no value' };

const parsers: Record<string, Parser> = {
  stand: noValue(act({ action: 'stand' })),
  sit: noValue(act({ action: 'sit' })),
  snack: noValue(act({ action: 'snack-start' })),
  resume: noValue(act({ action: 'resume' })),
  pause: (value) => {
    if (value === undefined || value === '')
      return { error: 'needs a value, e.g. --pause=30 or --pause=tomorrow' };
    if (value === 'tomorrow') return { command: act({ action: 'pause', minutes: 'tomorrow' }) };
    const parsed = pauseMinutes.safeParse(value);
    if (!parsed.success) return { error: parsed.error.issues.map((i) => i.message).join('; ') };
    return { command: act({ action: 'pause', minutes: parsed.data }) };
  },
  open: (value) => {
    if (value === undefined) return { command: { kind: 'open' } };
    const parsed = screenValue.safeParse(value);
    if (!parsed.success) return { error: `must be one of ${screens.join(', ')}` };
    return { command: { kind: 'open', screen: parsed.data } };
  },
};

/** Parses the arguments after the executable (and after the app path when run unpackaged). */
export function parseCli(args: readonly string[]): CliResult {
  const result: CliResult = { commands: [], errors: [], unknown: [] };
  for (const arg of args) {
    // Positional arguments (the app folder in development, files from a desktop launcher) are not ours.
    if (!arg.startsWith('--')) continue;
    const eq = arg.indexOf('=');
    const name = (eq === -1 ? arg.slice(2) : arg.slice(2, eq)).toLowerCase();
    const value = eq === -1 ? undefined : arg.slice(eq + 1);
    const parser = Object.hasOwn(parsers, name) ? parsers[name] : undefined;
    if (!parser) {
      result.unknown.push(eq === -1 ? arg : arg.slice(0, eq));
      continue;
    }
    const parsed = parser(value);
    if ('error' in parsed) result.errors.push(`--${name} ${parsed.error} (got "${arg}")`);
    else result.commands.push(parsed.command);
  }
  // One bad flag voids the whole invocation: acting on half of what was asked would surprise.
  if (result.errors.length > 0) result.commands = [];
  return result;
}

/**
 * The flags in an argv. Nothing is dropped by position: Chromium may reorder switches on a second launch,
 * and the executable, the app folder and any file a launcher passes are positionals parseCli skips anyway.
 */
export function argsOf(argv: readonly string[]): string[] {
  return argv.filter((arg) => arg.startsWith('--'));
}
