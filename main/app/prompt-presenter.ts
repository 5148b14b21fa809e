/**
 * Shows a prompt the way the user chose (a small prompt window, or a native notification with actions)
 * when the engine's prompt becomes visible, and withdraws it when it is answered, snoozed or deferred.
 * Besides prompts: the optional heads-up a minute before one (withdrawn when the prompt shows), and the
 * "sitting or standing?" question once per return from a break (withdrawn once answered anywhere).
 */
import type { Settings } from '../../shared/settings';
import type { EngineSnapshot } from '../../shared/snapshot';
import type { Platform } from '../ports';
import type { ShellCommand } from '../shell/commands';
import { promptActionCommand, promptNotification } from '../shell/prompt-notice';
import {
  headsUpNotification,
  WELCOME_BACK_ID,
  welcomeBackCommand,
  welcomeBackNotification,
} from '../shell/quiet-notices';

export interface PromptPresenter {
  update(snapshot: EngineSnapshot): void;
}

export function createPromptPresenter(deps: {
  platform: Platform;
  settings: () => Settings;
  run: (command: ShellCommand) => void;
}): PromptPresenter {
  const { windows, notifier } = deps.platform;
  let presented: { id: string; style: Settings['promptStyle'] } | null = null;
  let headsUp: string | null = null;
  let asking = false;
  let snackRan = false;

  /** The heads-up while the engine offers one; gone when the prompt itself shows or the moment passes. */
  function updateHeadsUp(snapshot: EngineSnapshot): void {
    const spec = snapshot.headsUp && !snapshot.activePrompt ? headsUpNotification(snapshot.headsUp) : null;
    if (headsUp !== null && headsUp !== spec?.id) {
      notifier.close(headsUp);
      headsUp = null;
    }
    if (spec && headsUp === null) {
      headsUp = spec.id;
      notifier.show(spec, () => {});
    }
  }

  /** Asked once per return: shown when the engine starts asking, closed when it stops (answered anywhere). */
  function updateQuestion(snapshot: EngineSnapshot): void {
    const ask =
      snapshot.askPosture && snapshot.presence === 'present' && !snapshot.snack && !snapshot.activePrompt;
    const afterSnack = snackRan && !snapshot.snack;
    snackRan = snapshot.snack !== null;
    if (ask && !asking) {
      asking = true;
      // Right after a snack the player (or Today, where it ran) asks in place: no notification on top.
      if (afterSnack) return;
      notifier.show(welcomeBackNotification(snapshot.posture), (action) => {
        const command = welcomeBackCommand(action);
        if (command) deps.run(command);
      });
    } else if (!snapshot.askPosture && asking) {
      asking = false;
      notifier.close(WELCOME_BACK_ID);
    }
  }

  return {
    update(snapshot) {
      updateHeadsUp(snapshot);
      updateQuestion(snapshot);
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
      notifier.show(promptNotification(prompt, settings.snooze.minutes), (action) => {
        const command = promptActionCommand(prompt, action);
        if (command) deps.run(command);
      });
    },
  };
}
