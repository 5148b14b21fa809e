/**
 * ipcMain side of the contract: one handler per invoke channel. The sender frame is checked on every call
 * (the app's own origin, main frame only) before the payload reaches the validating router.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { type IpcResult, invokeChannelNames } from '../../../shared/ipc';
import type { Dispatch } from '../../ipc/router';
import { isTrustedSender } from '../../ipc/sender';
import type { Cancel } from '../../ports';

export type SenderEvent = Pick<IpcMainInvokeEvent, 'senderFrame'> & {
  sender: { mainFrame: unknown };
};

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
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  dispatch: Dispatch,
  trustedOrigins: readonly string[],
): Cancel {
  for (const channel of invokeChannelNames) {
    ipcMain.handle(channel, async (event, payload: unknown) => {
      const refused = checkSender(event, trustedOrigins);
      if (refused) return refused;
      return dispatch(channel, payload);
    });
  }
  return () => {
    for (const channel of invokeChannelNames) ipcMain.removeHandler(channel);
  };
}
