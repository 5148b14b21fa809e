import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../../main/shell/png';
import { drawTrayIcon, trayIconPng } from '../../../main/shell/tray-icon';
import { PROGRESS_STEPS } from '../../../main/shell/tray-model';

function decode(png: Buffer): { width: number; height: number; rgba: Buffer } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const idatLen = png.readUInt32BE(33);
  expect(png.toString('ascii', 37, 41)).toBe('IDAT');
  const raw = inflateSync(png.subarray(41, 41 + idatLen));
  const rgba = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++)
    raw.copy(rgba, y * width * 4, y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1));
  return { width, height, rgba };
}

const opaque = (px: Uint8Array) => {
  let n = 0;
  for (let i = 3; i < px.length; i += 4) if ((px[i] ?? 0) > 128) n++;
  return n;
};

describe('tray icons', () => {
  it('round-trips through the PNG encoder', () => {
    const png = trayIconPng({ posture: 'sitting', step: 3 }, 16, { template: false });
    const { width, height, rgba } = decode(png);
    expect([width, height]).toEqual([16, 16]);
    expect(rgba).toEqual(Buffer.from(drawTrayIcon({ posture: 'sitting', step: 3 }, 16, { template: false })));
  });

  it('refuses a pixel buffer of the wrong size', () => {
    expect(() => encodePng(2, 2, new Uint8Array(15))).toThrow(/expected 16 bytes/);
  });

  it('fills more of the ring as the prompt nears', () => {
    const counts = [0, 2, 4, 6, PROGRESS_STEPS].map((step) =>
      opaque(drawTrayIcon({ posture: 'standing', step }, 32, { template: false })),
    );
    for (let i = 1; i < counts.length; i++) expect(counts[i]).toBeGreaterThan(counts[i - 1] ?? 0);
  });

  it('draws template images in black with alpha only (macOS tints them)', () => {
    const px = drawTrayIcon({ posture: 'due', step: PROGRESS_STEPS }, 32, { template: true });
    for (let i = 0; i < px.length; i += 4) expect([px[i], px[i + 1], px[i + 2]]).toEqual([0, 0, 0]);
    expect(opaque(px)).toBeGreaterThan(100);
  });

  it('gives each posture a different picture', () => {
    const postures = ['sitting', 'standing', 'moving', 'paused', 'away', 'due'] as const;
    const images = postures.map((posture) =>
      Buffer.from(drawTrayIcon({ posture, step: 4 }, 16, { template: true })).toString('base64'),
    );
    expect(new Set(images).size).toBe(postures.length);
  });
});
