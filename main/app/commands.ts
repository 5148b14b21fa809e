/**
 * The one place shell commands run: tray items, notification buttons, the command line and a second
 * launch all come here. Each command is checked against its schema, user actions go through the validated
 * router like any page's call, and starting a movement snack from anywhere opens the player (it lives in
 * the prompt window).
 */
import type { InvokeChannel, RequestOf } from '../../shared/ipc';
import type { Dispatch } from '../ipc/router';
import type { Windows } from '../ports';
import { parseCli } from '../shell/cli';
import { type ShellCommand, shellCommandSchema } from '../shell/commands';

export interface CommandRunner {
  /** Runs one command; an invalid command or a refused action rejects with a sentence saying why. */
  run(command: unknown): Promise<void>;
  /** Acts on command-line arguments; a second launch with none opens the dashboard. */
  commandLine(args: readonly string[], options: { secondLaunch: boolean }): Promise<void>;
}

export function createCommandRunner(deps: {
  dispatch: Dispatch;
  windows: Windows;
  quit: () => void;
  onError: (error: unknown) => void;
}): CommandRunner {
  async function call<C extends InvokeChannel>(channel: C, payload: RequestOf<C>): Promise<void> {
    const result = await deps.dispatch(channel, payload);
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
  }

  async function runValid(command: ShellCommand): Promise<void> {
    switch (command.kind) {
      case 'act':
        await call('state.act', command.action);
        if (command.action.action === 'snack-start') deps.windows.openPrompt();
        return;
      case 'flare':
        await call('pacing.flare', { on: command.on });
        return;
      case 'open':
        deps.windows.openDashboard(command.screen);
        return;
      case 'open-prompt':
        deps.windows.openPrompt();
        return;
      case 'quit':
        deps.quit();
        return;
    }
  }

  async function run(command: unknown): Promise<void> {
    const parsed = shellCommandSchema.safeParse(command);
    if (!parsed.success) {
      throw new Error(`Not a command Sitwise knows: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
    }
    await runValid(parsed.data);
  }

  return {
    run,
    async commandLine(args, { secondLaunch }) {
      const parsed = parseCli(args);
      for (const error of parsed.errors) deps.onError(new Error(`Command line: ${error}`));
      // A plain second launch opens the window: tray icons are hidden on some desktops.
      const commands: ShellCommand[] =
        secondLaunch && parsed.commands.length === 0 && parsed.errors.length === 0
          ? [{ kind: 'open' }]
          : parsed.commands;
      for (const command of commands) await run(command).catch(deps.onError);
    },
  };
}
