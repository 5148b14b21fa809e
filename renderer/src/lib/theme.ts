/** Applies the `theme` setting: "system" follows the OS through CSS media queries; the others force one. */
import type { Settings } from '../../../shared/settings';

export function applyTheme(theme: Settings['theme']): void {
  const root = document.documentElement;
  if (theme === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', theme);
}
