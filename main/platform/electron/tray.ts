/**
 * The tray: icon, tooltip, macOS title and menu, all from the pure tray model. The menu is rebuilt and
 * re-set only when its content changes (AppIndicator/StatusNotifier needs `setContextMenu` again for a
 * change to show); the icon images are drawn once per state and cached. One timer, set for the next
 * instant the text would change, keeps the countdown current between snapshots.
 */
import { Menu, type MenuItemConstructorOptions, type NativeImage, nativeImage, Tray } from 'electron';
import type { Formatter } from '../../../shared/i18n/format';
import type { EngineSnapshot } from '../../../shared/snapshot';
import type { Clock, SaveProblem, TrayView } from '../../ports';
import type { ShellCommand } from '../../shell/commands';
import { iconKey, trayIconPng } from '../../shell/tray-icon';
import {
  type IconChoice,
  type MenuItemModel,
  menuKey,
  type TrayModel,
  trayModel,
} from '../../shell/tray-model';
import { createTrayTicker } from '../../shell/tray-ticker';

export interface TrayOptions {
  clock: Clock;
  platform: NodeJS.Platform;
  onCommand: (command: ShellCommand) => void;
}

export interface ElectronTrayView extends TrayView {
  /** The model last rendered (for tests and the status line). */
  current(): TrayModel | null;
  /** How many times the menu was rebuilt. */
  menuBuilds(): number;
  destroy(): void;
}

export function toMenuTemplate(
  items: MenuItemModel[],
  onCommand: (command: ShellCommand) => void,
): MenuItemConstructorOptions[] {
  return items.map((item): MenuItemConstructorOptions => {
    if (item.type === 'separator') return { type: 'separator' };
    if (item.type === 'submenu') {
      return { id: item.id, label: item.label, submenu: toMenuTemplate(item.items, onCommand) };
    }
    const { command } = item;
    return {
      id: item.id,
      label: item.label,
      enabled: item.enabled,
      ...(command ? { click: () => onCommand(command) } : {}),
    };
  });
}

export function createTrayView(options: TrayOptions): ElectronTrayView {
  const isMac = options.platform === 'darwin';
  const images = new Map<string, NativeImage>();
  const image = (choice: IconChoice): NativeImage => {
    const key = iconKey(choice);
    let img = images.get(key);
    if (!img) {
      img = nativeImage.createFromBuffer(trayIconPng(choice, 16, { template: isMac }), { scaleFactor: 1 });
      img.addRepresentation({ scaleFactor: 2, buffer: trayIconPng(choice, 32, { template: isMac }) });
      if (isMac) img.setTemplateImage(true);
      images.set(key, img);
    }
    return img;
  };

  let snapshot: EngineSnapshot | null = null;
  let flare = false;
  let saveProblem: SaveProblem | null = null;
  let words: Formatter | null = null;
  let model: TrayModel | null = null;
  let builds = 0;
  const tray = new Tray(image({ posture: 'sitting', step: 0 }));
  tray.setToolTip('Sitwise');
  // Windows: a left click opens the dashboard; the menu stays on right click. Elsewhere the menu opens.
  if (options.platform === 'win32') tray.on('click', () => options.onCommand({ kind: 'open' }));

  function render(): void {
    if (!snapshot || !words) return;
    const next = trayModel(snapshot, options.clock.now(), words, flare, saveProblem);
    if (!model || menuKey(model.menu) !== menuKey(next.menu)) {
      tray.setContextMenu(Menu.buildFromTemplate(toMenuTemplate(next.menu, options.onCommand)));
      builds++;
    }
    if (!model || model.tooltip !== next.tooltip) tray.setToolTip(next.tooltip);
    if (isMac && (!model || model.title !== next.title))
      tray.setTitle(next.title, { fontType: 'monospacedDigit' });
    if (!model || iconKey(model.icon) !== iconKey(next.icon)) tray.setImage(image(next.icon));
    model = next;
  }

  const ticker = createTrayTicker(options.clock, render);

  return {
    update(next, extras) {
      snapshot = next;
      flare = extras.flare;
      saveProblem = extras.saveProblem ?? null;
      words = extras.words;
      render();
      ticker.follow(next);
    },
    current: () => model,
    menuBuilds: () => builds,
    destroy() {
      ticker.stop();
      tray.destroy();
    },
  };
}
