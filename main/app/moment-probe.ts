/**
 * The moment's reasons, asked of the platform only when a prompt is due or held: camera/microphone and
 * Do Not Disturb from the availability source, fullscreen and a listed app from the front-window probe.
 * A source whose setting is off is not asked at all. Only the reason words leave this function.
 */

import type { Settings } from '../../shared/settings';
import type { ContextReason } from '../../shared/snapshot';
import { reasonsOf } from '../availability/status';
import type { Platform } from '../ports';

export async function momentReasons(platform: Platform, settings: Settings): Promise<ContextReason[]> {
  const on = settings.interruptions;
  const apps = settings.focusDeferral;
  const out = new Set<ContextReason>();
  if ((on.call || on.dnd) && platform.availability) {
    for (const r of reasonsOf(await platform.availability.read())) out.add(r);
  }
  const fullscreen = on.fullscreen || (apps.enabled && apps.fullscreen);
  // One look at the front window: with the app list on, a match (listed app or fullscreen) is `app`.
  if (apps.enabled) {
    if (await platform.focus.isBusy({ apps: apps.apps, fullscreen })) out.add('app');
  } else if (fullscreen && (await platform.focus.isBusy({ apps: [], fullscreen: true }))) {
    out.add('fullscreen');
  }
  return [...out];
}
