/**
 * Shows a prompt the way the user chose (a small prompt window, or a native notification with actions)
 * when the engine's prompt becomes visible, and withdraws it when it is answered, snoozed or deferred.
 */
import type { Formatter } from '../../shared/i18n/format';
import type { Settings } from '../../shared/settings';
import type { EngineSnapshot } from '../../shared/snapshot';
import type { Platform } from '../ports';
import type { ShellCommand } from '../shell/commands';
import { promptActionCommand, promptNotification } from '../shell/prompt-notice';

export interface PromptPresenter {
  update(snapshot: EngineSnapshot): void;
}

export function createPromptPresenter(deps: {
  platform: Platform;
  settings: () => Settings;
  /** The words of the chosen language now. */
  words: () => Formatter;
  run: (command: ShellCommand) => void;
}): PromptPresenter {
  const { windows, notifier } = deps.platform;
  let presented: { id: string; style: Settings['promptStyle'] } | null = null;

  return {
    update(snapshot) {
      const prompt = snapshot.activePrompt?.state === 'shown' ? snapshot.activePrompt : null;
      if (presented && presented.id !== prompt?.id) {
        if (presented.style === 'notification') notifier.close(presented.id);
        // The snack player lives in the prompt window: keep it while a snack runs.
        else if (!snapshot.snack) windows.closePrompt();
        presented = null;
      }
      if (!prompt || presented) return;
      const settings = deps.settings();
      presented = { id: prompt.id, style: settings.promptStyle };
      if (settings.promptStyle === 'window') {
        windows.openPrompt();
        return;
      }
      notifier.show(promptNotification(prompt, settings.snooze.minutes, deps.words()), (action) => {
        const command = promptActionCommand(prompt, action);
        if (command) deps.run(command);
      });
    },
  };
}
