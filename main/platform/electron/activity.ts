/**
 * Idle time and power events. Idle comes from powerMonitor, sampled only when the app asks (at the engine's
 * interval). On a Wayland session Electron reports 0 forever, so Mutter's D-Bus monitor is asked instead;
 * when neither works the source reports null and `status()` says idle detection is unavailable.
 */
import type { ActivitySource } from '../../ports';
import type { IdleReader } from './mutter-idle';

type PowerEventName = 'suspend' | 'resume' | 'lock-screen' | 'unlock-screen';

/** The members of powerMonitor the source uses. */
export interface PowerMonitorLike {
  getSystemIdleTime(): number;
  on(event: PowerEventName, listener: () => void): unknown;
  removeListener(event: PowerEventName, listener: () => void): unknown;
}

export interface ActivityDeps {
  powerMonitor: PowerMonitorLike;
  /** True on a Linux Wayland session (XDG_SESSION_TYPE=wayland). */
  wayland: boolean;
  /** Mutter's idle monitor, used on Wayland. */
  waylandIdle?: IdleReader;
}

export interface ElectronActivitySource extends ActivitySource {
  /** 'unavailable' once a sample has found no working idle source. */
  status(): 'ok' | 'unavailable';
}

export function isWaylandSession(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): boolean {
  return (
    platform === 'linux' && (env.XDG_SESSION_TYPE === 'wayland' || (!env.DISPLAY && !!env.WAYLAND_DISPLAY))
  );
}

export function createActivitySource(deps: ActivityDeps): ElectronActivitySource {
  let state: 'ok' | 'unavailable' = 'ok';
  return {
    async idleSeconds() {
      if (!deps.wayland) return deps.powerMonitor.getSystemIdleTime();
      const seconds = deps.waylandIdle ? await deps.waylandIdle.read() : null;
      state = seconds === null ? 'unavailable' : 'ok';
      return seconds;
    },
    onPower(listener) {
      const pm = deps.powerMonitor;
      const suspend = () => listener('suspend');
      const resume = () => listener('resume');
      const lock = () => listener('lock');
      const unlock = () => listener('unlock');
      pm.on('suspend', suspend);
      pm.on('resume', resume);
      pm.on('lock-screen', lock);
      pm.on('unlock-screen', unlock);
      return () => {
        pm.removeListener('suspend', suspend);
        pm.removeListener('resume', resume);
        pm.removeListener('lock-screen', lock);
        pm.removeListener('unlock-screen', unlock);
      };
    },
    status: () => state,
  };
}
