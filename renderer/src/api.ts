import type { SitwiseBridge } from '../../shared/ipc';

declare global {
  interface Window {
    /** Provided by the preload (Electron) or the end-to-end host's bridge script. */
    sitwise: SitwiseBridge;
  }
}

/** The typed IPC bridge; the only way the renderer talks to the main process. */
export const api = (): SitwiseBridge => window.sitwise;
