/** The save dialog for exports. */
import { join } from 'node:path';
import { app, dialog } from 'electron';
import type { Dialogs } from '../../ports';

export function createDialogs(): Dialogs {
  return {
    async chooseSavePath(defaultName) {
      const result = await dialog.showSaveDialog({
        defaultPath: join(app.getPath('documents'), defaultName),
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}
