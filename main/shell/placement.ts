/** Where the prompt window appears: the bottom-right corner of the work area of the display under the cursor. */
import type { Rect } from './focus-match';

export function promptBounds(workArea: Rect, size: { width: number; height: number }, margin = 16): Rect {
  const width = Math.min(size.width, Math.max(1, workArea.width - 2 * margin));
  const height = Math.min(size.height, Math.max(1, workArea.height - 2 * margin));
  return {
    x: Math.round(workArea.x + workArea.width - width - margin),
    y: Math.round(workArea.y + workArea.height - height - margin),
    width: Math.round(width),
    height: Math.round(height),
  };
}
