/**
 * One pose, drawn. Sizes itself to its container (width and height 100%), draws in `currentColor` so it
 * follows the theme, and is either an image with alt text or, inside a labelled player, decoration.
 */
import type { Pose } from '../../../../shared/pose/types';
import { figureShapes, VIEW_BOX } from './draw';

export interface FigureProps {
  pose: Pose;
  /** Drawn facing / leaning the other way, for the other side of a two-sided movement. */
  mirrored?: boolean;
  /** Alt text; without it the figure is hidden from assistive technology (the words say it all). */
  alt?: string;
  /** The page box (`fitBox`); by default one that fits any pose. */
  box?: string;
  className?: string;
}

export function Figure({ pose, mirrored = false, alt, box = VIEW_BOX, className }: FigureProps) {
  const shapes = figureShapes(pose);
  return (
    <svg
      className={['figure', className].filter(Boolean).join(' ')}
      viewBox={box}
      preserveAspectRatio="xMidYMid meet"
      fill="none"
      stroke="currentColor"
      strokeLinecap="round"
      strokeLinejoin="round"
      role={alt ? 'img' : undefined}
      aria-label={alt}
      aria-hidden={alt ? undefined : true}
    >
      {alt && <title>{alt}</title>}
      <g transform={mirrored ? 'scale(-1 1)' : undefined}>
        {shapes.map((shape, i) =>
          shape.kind === 'circle' ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: shapes are drawn in a fixed order.
            <circle key={i} cx={shape.cx} cy={shape.cy} r={shape.r} fill="currentColor" stroke="none" />
          ) : (
            <path
              // biome-ignore lint/suspicious/noArrayIndexKey: shapes are drawn in a fixed order.
              key={i}
              d={shape.d}
              strokeWidth={shape.width}
              strokeOpacity={shape.opacity < 1 ? shape.opacity : undefined}
            />
          ),
        )}
      </g>
    </svg>
  );
}
