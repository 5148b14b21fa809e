/**
 * Native notifications. Buttons are offered where Electron supports them (macOS, Windows); on Linux the
 * notification carries no buttons and a click opens the prompt window instead. Each live notification is
 * kept referenced until it closes, or its handlers would be garbage-collected with it.
 */
import { Notification } from 'electron';
import type { NotificationSpec, Notifier } from '../../ports';

export interface NotifierOptions {
  platform: NodeJS.Platform;
  /** Sound follows settings.sound.enabled: the OS's own notification sound or none. */
  soundEnabled: () => boolean;
  icon?: string | undefined;
  onError: (error: unknown) => void;
}

export const supportsActions = (platform: NodeJS.Platform): boolean =>
  platform === 'darwin' || platform === 'win32';

export function createNotifier(options: NotifierOptions): Notifier {
  const live = new Map<string, Notification>();

  return {
    show(spec: NotificationSpec, onAction) {
      if (!Notification.isSupported()) {
        options.onError(
          new Error('Notifications are not supported on this system; use the prompt window style.'),
        );
        return;
      }
      live.get(spec.id)?.close();
      const withActions = supportsActions(options.platform) ? spec.actions : [];
      const notification = new Notification({
        id: spec.id,
        title: spec.title,
        body: spec.body,
        silent: !options.soundEnabled(),
        ...(options.icon ? { icon: options.icon } : {}),
        actions: withActions.map((a) => ({ type: 'button', text: a.label })),
      });
      live.set(spec.id, notification);
      const settle = () => {
        if (live.get(spec.id) === notification) live.delete(spec.id);
      };
      notification.on('action', (event) => {
        const action = withActions[event.actionIndex];
        if (action) onAction(action.id);
      });
      notification.on('click', () => onAction('click'));
      notification.on('close', () => {
        settle();
        onAction('close');
      });
      notification.on('failed', (_event, error) => {
        settle();
        options.onError(new Error(`Notification failed: ${error}`));
      });
      notification.show();
    },
    close(id) {
      const notification = live.get(id);
      live.delete(id);
      notification?.close();
    },
  };
}
