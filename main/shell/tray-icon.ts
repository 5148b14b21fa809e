/**
 * Tray icons drawn in code: a ring that fills clockwise towards the next prompt, and a glyph for the
 * posture (dot = sitting, bar = standing, diamond = moving, two bars = paused, hollow = away, large dot =
 * due). macOS gets template images (black + alpha, tinted by the system); other systems get colour.
 */
import { encodePng } from './png';
import { type IconChoice, PROGRESS_STEPS } from './tray-model';

type Rgb = readonly [number, number, number];
const ink: Rgb = [0, 0, 0];
const accent: Rgb = [38, 140, 128];
const warm: Rgb = [214, 120, 40];
const track: Rgb = [128, 128, 128];

export interface IconStyle {
  /** macOS template image: colour ignored, alpha only. */
  template: boolean;
}

/** Coverage of one pixel by a shape, by 4×4 supersampling (soft edges at 16 px). */
function coverage(px: number, py: number, inside: (x: number, y: number) => boolean): number {
  let hits = 0;
  for (let i = 0; i < 4; i++) {
    for (let j = 0; j < 4; j++) if (inside(px + (i + 0.5) / 4, py + (j + 0.5) / 4)) hits++;
  }
  return hits / 16;
}

function glyph(choice: IconChoice, size: number): (x: number, y: number) => boolean {
  const c = size / 2;
  const u = size / 16;
  switch (choice.posture) {
    case 'sitting':
      return (x, y) => (x - c) ** 2 + (y - c) ** 2 <= (3 * u) ** 2;
    case 'standing':
      return (x, y) => Math.abs(x - c) <= 1.25 * u && Math.abs(y - c) <= 4.5 * u;
    case 'moving':
      return (x, y) => Math.abs(x - c) + Math.abs(y - c) <= 4 * u;
    case 'paused':
      return (x, y) => Math.abs(y - c) <= 4 * u && Math.abs(Math.abs(x - c) - 2.25 * u) <= 1.25 * u;
    case 'away':
      return (x, y) => {
        const d = Math.hypot(x - c, y - c);
        return d <= 3 * u && d >= 1.75 * u;
      };
    case 'due':
      return (x, y) => (x - c) ** 2 + (y - c) ** 2 <= (4 * u) ** 2;
  }
}

/** RGBA pixels of one icon at `size` px (16 for 1×, 32 for 2×). */
export function drawTrayIcon(choice: IconChoice, size: number, style: IconStyle): Uint8Array {
  const out = new Uint8Array(size * size * 4);
  const c = size / 2;
  const outer = size / 2 - 0.25;
  const inner = outer - size * 0.14;
  const fraction = Math.min(PROGRESS_STEPS, Math.max(0, choice.step)) / PROGRESS_STEPS;
  const inRing = (x: number, y: number) => {
    const d = Math.hypot(x - c, y - c);
    return d <= outer && d >= inner;
  };
  // Angle from 12 o'clock, clockwise, as a fraction of a turn.
  const turn = (x: number, y: number) => (Math.atan2(x - c, -(y - c)) / (2 * Math.PI) + 1) % 1;
  const inProgress = (x: number, y: number) => inRing(x, y) && turn(x, y) < fraction;
  const inGlyph = glyph(choice, size);
  const strong = choice.posture === 'due' ? warm : accent;
  const dim = choice.posture === 'paused' || choice.posture === 'away';

  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const ring = coverage(px, py, inRing);
      const progress = coverage(px, py, inProgress);
      const body = coverage(px, py, inGlyph);
      // Layers: faint track, progress arc, glyph; alpha-composited "over".
      const layers: [Rgb, number][] = [
        [style.template ? ink : track, ring * (dim ? 0.35 : 0.45)],
        [style.template ? ink : strong, progress],
        [style.template ? ink : dim ? track : strong, body * (dim ? 0.8 : 1)],
      ];
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (const [[lr, lg, lb], la] of layers) {
        r = lr * la + r * (1 - la);
        g = lg * la + g * (1 - la);
        b = lb * la + b * (1 - la);
        a = la + a * (1 - la);
      }
      const i = (py * size + px) * 4;
      // Colour channels above are premultiplied; PNG wants straight alpha.
      out[i] = a > 0 ? Math.round(r / a) : 0;
      out[i + 1] = a > 0 ? Math.round(g / a) : 0;
      out[i + 2] = a > 0 ? Math.round(b / a) : 0;
      out[i + 3] = Math.round(a * 255);
    }
  }
  return out;
}

export function trayIconPng(choice: IconChoice, size: number, style: IconStyle): Buffer {
  return encodePng(size, size, drawTrayIcon(choice, size, style));
}

/** Cache key: the adapter builds each distinct image once. */
export const iconKey = (choice: IconChoice): string => `${choice.posture}-${choice.step}`;
