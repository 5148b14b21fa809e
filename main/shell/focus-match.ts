/**
 * Focus deferral: is the front window a meeting, a presentation or fullscreen? Decided from the owner's
 * name, bundle id, executable and (macOS browsers) URL host, plus the bounds against its display. The title
 * is read only in memory to recognise in-browser meetings and slideshows; it is never stored or logged.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FrontWindow {
  title: string;
  owner: { name: string; bundleId?: string; path?: string };
  /** The active tab's URL (macOS browsers only). */
  url?: string;
  bounds: Rect;
}

export interface FocusOptions {
  /** User-listed patterns (settings.focusDeferral.apps), matched case-insensitively. */
  apps: readonly string[];
  /** Also defer when any window covers its whole display. */
  fullscreen: boolean;
}

/**
 * Titles that identify a meeting or slideshow when the app itself (a browser, an office suite) does not:
 * keyed by the pattern the user lists, so removing "meet.google.com" from settings also disables its hint.
 */
const titleHints: Record<string, RegExp> = {
  'meet.google.com': /^Meet\s[-–—]\s|Google Meet/i,
  webex: /\bWebex\b/i,
  teams: /Microsoft Teams/i,
  zoom: /\bZoom (Meeting|Workplace)\b/i,
  powerpoint: /PowerPoint Slide Show|PowerPoint-Bildschirmpräsentation|Diaporama PowerPoint/i,
  keynote: /\bKeynote\b.*\bPlay|\bSlideshow\b/i,
};

/** Owners that cover the screen without being "in front" in any meaningful way (the desktop itself). */
const desktopOwners =
  /^(finder|explorer|nautilus|nemo|caja|pcmanfm|xfdesktop|plasmashell|gnome-shell|desktop)$/i;

function hostOf(url: string | undefined): string {
  if (!url) return '';
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return '';
  }
}

function baseName(path: string | undefined): string {
  if (!path) return '';
  const parts = path.split(/[\\/]/);
  return (parts[parts.length - 1] ?? '').toLowerCase();
}

/** Which listed pattern the window matches, or null. */
export function matchedApp(win: FrontWindow, apps: readonly string[]): string | null {
  const haystacks = [
    win.owner.name.toLowerCase(),
    (win.owner.bundleId ?? '').toLowerCase(),
    baseName(win.owner.path),
    hostOf(win.url),
  ].filter((h) => h.length > 0);
  for (const raw of apps) {
    const pattern = raw.trim().toLowerCase();
    if (!pattern) continue;
    if (haystacks.some((h) => h.includes(pattern))) return raw;
    const hint = titleHints[pattern];
    if (hint?.test(win.title)) return raw;
  }
  return null;
}

/** A window covers its display when it reaches every edge (within a couple of pixels of rounding). */
export function coversDisplay(bounds: Rect, display: Rect, tolerance = 2): boolean {
  return (
    bounds.x <= display.x + tolerance &&
    bounds.y <= display.y + tolerance &&
    bounds.x + bounds.width >= display.x + display.width - tolerance &&
    bounds.y + bounds.height >= display.y + display.height - tolerance
  );
}

export function isBusyWindow(win: FrontWindow, display: Rect, options: FocusOptions): boolean {
  if (matchedApp(win, options.apps) !== null) return true;
  if (!options.fullscreen) return false;
  if (desktopOwners.test(win.owner.name.trim())) return false;
  return coversDisplay(win.bounds, display);
}
