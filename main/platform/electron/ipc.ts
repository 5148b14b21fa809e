/**
 * ipcMain side of the contract: one handler per invoke channel. The sender frame is checked on every call
 * (the app's own origin, main frame only) before the payload reaches the validating router.
 */
import { type IpcResult, invokeChannelNames } from '../../../shared/ipc';
import type { Dispatch } from '../../ipc/router';
import { isTrustedSender } from '../../ipc/sender';
import type { Cancel } from '../../ports';

/** What the check reads from an IpcMainInvokeEvent. */
export interface SenderEvent {
  senderFrame: { url: string } | null;
  sender: { mainFrame: unknown };
}

/** The members of ipcMain the registration uses. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: SenderEvent, payload: unknown) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

export function checkSender(event: SenderEvent, trustedOrigins: readonly string[]): IpcResult<never> | null {
  const frame = event.senderFrame;
  // A frame that navigated away or was destroyed is null; a sub-frame is never trusted.
  if (!frame || frame !== event.sender.mainFrame || !isTrustedSender(frame.url, trustedOrigins)) {
    return {
      ok: false,
      error: { code: 'forbidden-sender', message: 'This page is not allowed to talk to Sitwise.' },
    };
  }
  return null;
}

export function registerIpc(
  ipcMain: IpcMainLike,
  dispatch: Dispatch,
  trustedOrigins: readonly string[],
): Cancel {
  for (const channel of invokeChannelNames) {
    ipcMain.handle(channel, async (event, payload) => {
      const refused = checkSender(event, trustedOrigins);
      if (refused) return refused;
      return dispatch(channel, payload);
    });
  }
  return () => {
    for (const channel of invokeChannelNames) ipcMain.removeHandler(channel);
  };
}
