/**
 * Draws build/icon.png (512×512), the app icon electron-builder turns into .icns/.ico/hicolor sizes:
 * the tray's "sitting, most of the way to the next prompt" picture on a light rounded square.
 * Run with `npx tsx build/make-icon.ts` after changing the tray drawing.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodePng } from '../main/shell/png';
import { drawTrayIcon } from '../main/shell/tray-icon';

const size = 512;
const inset = 96;
const glyph = drawTrayIcon({ posture: 'sitting', step: 6 }, size - 2 * inset, { template: false });
const out = new Uint8Array(size * size * 4);
const radius = 110;

for (let y = 0; y < size; y++) {
  for (let x = 0; x < size; x++) {
    // Rounded-square background with a soft edge.
    const dx = Math.max(radius - x, x - (size - 1 - radius), 0);
    const dy = Math.max(radius - y, y - (size - 1 - radius), 0);
    const bgAlpha = Math.min(1, Math.max(0, radius - Math.hypot(dx, dy) + 0.5));
    let r = 244;
    let g = 248;
    let b = 247;
    const gx = x - inset;
    const gy = y - inset;
    if (gx >= 0 && gy >= 0 && gx < size - 2 * inset && gy < size - 2 * inset) {
      const i = (gy * (size - 2 * inset) + gx) * 4;
      const a = (glyph[i + 3] ?? 0) / 255;
      r = (glyph[i] ?? 0) * a + r * (1 - a);
      g = (glyph[i + 1] ?? 0) * a + g * (1 - a);
      b = (glyph[i + 2] ?? 0) * a + b * (1 - a);
    }
    const o = (y * size + x) * 4;
    out[o] = Math.round(r);
    out[o + 1] = Math.round(g);
    out[o + 2] = Math.round(b);
    out[o + 3] = Math.round(bgAlpha * 255);
  }
}

writeFileSync(join(import.meta.dirname, 'icon.png'), encodePng(size, size, out));
