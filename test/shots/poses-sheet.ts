/**
 * Draws every pose of the library onto one HTML contact sheet (light and dark), for looking at the
 * figures while posing content: `tsx test/shots/poses-sheet.ts out.html`.
 */
import { writeFileSync } from 'node:fs';
import { figureShapes, VIEW_BOX } from '../../renderer/src/components/figure/draw';
import { poseLibrary, poseNames } from '../../shared/content/poses';

function svg(name: (typeof poseNames)[number]): string {
  const shapes = figureShapes(poseLibrary[name].pose)
    .map((s) =>
      s.kind === 'circle'
        ? `<circle cx="${s.cx}" cy="${s.cy}" r="${s.r}" fill="currentColor" stroke="none"/>`
        : `<path d="${s.d}" stroke-width="${s.width}"${s.opacity < 1 ? ` stroke-opacity="${s.opacity}"` : ''}/>`,
    )
    .join('');
  return `<svg viewBox="${VIEW_BOX}" fill="none" stroke="currentColor" stroke-linecap="round" stroke-linejoin="round">${shapes}</svg>`;
}

const cells = poseNames.map((n) => `<figure>${svg(n)}<figcaption>${n}</figcaption></figure>`).join('');
const html = `<!doctype html><meta charset="utf-8"><style>
body{font:12px sans-serif;display:grid;grid-template-columns:repeat(6,1fr);gap:6px;margin:8px;background:#fff;color:#223}
figure{margin:0;border:1px solid #ccd;padding:4px} svg{width:100%;height:120px;display:block}
</style>${cells}`;
writeFileSync(process.argv[2] ?? 'poses.html', html);
