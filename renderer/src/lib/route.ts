/** Hash routes (`#/today`, `#/routines/seated-reset`, `#/history/week/2026-11-23`) without a router library. */
import { type Screen, screens } from '../../../shared/ipc';

export interface Route {
  screen: Screen;
  /** Path parts after the screen, decoded. */
  rest: string[];
}

export const defaultRoute: Route = { screen: 'today', rest: [] };

function isScreen(s: string): s is Screen {
  return (screens as readonly string[]).includes(s);
}

export function parseHash(hash: string): Route {
  const parts = hash
    .replace(/^#\/?/, '')
    .split('/')
    .filter((p) => p.length > 0)
    .map((p) => {
      try {
        return decodeURIComponent(p);
      } catch {
        return p;
      }
    });
  const [first, ...rest] = parts;
  if (first === undefined || !isScreen(first)) return defaultRoute;
  return { screen: first, rest };
}

export function hrefOf(screen: Screen, ...rest: string[]): string {
  return `#/${[screen, ...rest].map(encodeURIComponent).join('/')}`;
}
