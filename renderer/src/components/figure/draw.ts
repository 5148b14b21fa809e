/**
 * A pose as simple SVG shapes (line work in `currentColor`): the floor, the props, the far limbs a little
 * fainter, the trunk as one curved stroke, the near limbs and a round head. No React here, so the shapes
 * are easy to test and the same drawing serves the still and the moving figure.
 */
import { type Point, type Skeleton, skeletonOf } from '../../../../shared/pose/skeleton';
import type { Pose } from '../../../../shared/pose/types';

export interface Shape {
  kind: 'path' | 'circle';
  /** Path data, or the circle's centre and radius. */
  d?: string;
  cx?: number;
  cy?: number;
  r?: number;
  width: number;
  /** 1 for the body, less for the far limbs and props. */
  opacity: number;
  fill?: boolean;
}

/** Page box that fits any figure, in figure units: wide enough for a person lying down. */
export const VIEW_BOX = '-62 -106 124 110';

/** Horizontal room each prop needs, so a fitted box never cuts one off. */
function propSpan(pose: Pose): [number, number][] {
  const side = pose.view === 'side';
  return pose.props.map((prop): [number, number] => {
    const at = pose.chairAt ?? 0;
    if (prop === 'chair') return side ? [at - 16, at + 16] : [-17, 17];
    if (prop === 'desk') return side ? [25, 61] : [-59, -25];
    if (prop === 'mat') return [-57, 57];
    if (prop === 'wall') return [-42, -38];
    return [0, 0];
  });
}

/**
 * The smallest page box holding every one of `poses` (and their props) with a margin, so a standing
 * figure fills its space instead of sitting in a box made for lying down. `mirrored` gives the box of the
 * mirror image.
 */
export function fitBox(poses: readonly Pose[], mirrored = false): string {
  let [minX, maxX, maxY] = [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 0];
  for (const pose of poses) {
    const s = skeletonOf(pose);
    const points = [
      s.pelvis,
      s.back,
      s.neck,
      ...s.arms.flatMap((a) => a.points),
      ...s.legs.flatMap((l) => l.points),
    ];
    for (const p of points) {
      minX = Math.min(minX, p.x);
      maxX = Math.max(maxX, p.x);
      maxY = Math.max(maxY, p.y);
    }
    minX = Math.min(minX, s.head.x - 7);
    maxX = Math.max(maxX, s.head.x + 7);
    maxY = Math.max(
      maxY,
      s.head.y + 7,
      pose.props.includes('desk') ? 44 : 0,
      pose.props.includes('chair') ? 50 : 0,
    );
    for (const [a, b] of propSpan(pose)) {
      minX = Math.min(minX, a);
      maxX = Math.max(maxX, b);
    }
  }
  if (!Number.isFinite(minX)) return VIEW_BOX;
  const pad = 6;
  // Keep the box from getting narrower than a sitting person: small figures stay in proportion.
  const width = Math.max(maxX - minX + 2 * pad, 56);
  const centre = (minX + maxX) / 2;
  const left = (mirrored ? -centre : centre) - width / 2;
  const height = maxY + pad + 4;
  return `${f(left)} ${f(-(maxY + pad))} ${f(width)} ${f(height)}`;
}

const f = (n: number) => Math.round(n * 10) / 10;
/** Figure y points up; SVG y points down. */
const pt = (p: Point) => `${f(p.x)} ${f(-p.y)}`;
const line = (points: Point[]) => `M${points.map(pt).join(' L')}`;

const SEAT_Y = 23;
const DESK_Y = 43;

function propShapes(pose: Pose, s: Skeleton): Shape[] {
  const out: Shape[] = [];
  const faint = 0.45;
  const side = pose.view === 'side';
  const flat = Math.abs(pose.tilt ?? 0) < 45;
  for (const prop of pose.props) {
    if (prop === 'chair') {
      const at = pose.chairAt ?? 0;
      // The back rest is on the side away from the person: behind a sitter, beyond a seat reached for.
      const back = at > pose.x + 4 ? 1 : -1;
      const seat = side ? SEAT_Y : s.pelvis.y - 4;
      const d = side
        ? `M${at - 12} ${-seat} H${at + 12} M${at - 10} ${-seat} V0 M${at + 10} ${-seat} V0 ` +
          `M${at + back * 12} ${-seat} L${at + back * 15} ${-seat - 26}`
        : `M-16 ${f(-seat)} H16 M-14 ${f(-seat)} V0 M14 ${f(-seat)} V0`;
      out.push({ kind: 'path', d, width: 2.5, opacity: faint });
    } else if (prop === 'desk') {
      const d = side ? `M26 ${-DESK_Y} H60 M56 ${-DESK_Y} V0` : `M-58 ${-DESK_Y} H-26 M-54 ${-DESK_Y} V0`;
      out.push({ kind: 'path', d, width: 2.5, opacity: faint });
    } else if (prop === 'mat') {
      // Seen from the side a mat is a thin strip; seen from above, a long rectangle under the body.
      const d = flat ? 'M-56 -1 H56' : 'M-54 -1 H54 V-27 H-54 Z';
      out.push({ kind: 'path', d, width: flat ? 3 : 2, opacity: faint });
    } else if (prop === 'wall') {
      out.push({ kind: 'path', d: 'M-40 0 V-104', width: 2.5, opacity: faint });
    } else if (prop === 'box') {
      const hand = s.arms[0].points[2];
      if (hand) {
        const d = `M${f(hand.x - 5)} ${f(-hand.y + 1)} h10 v9 h-10 Z`;
        out.push({ kind: 'path', d, width: 2.5, opacity: 0.8 });
      }
    }
  }
  return out;
}

export function figureShapes(pose: Pose): Shape[] {
  const s = skeletonOf(pose);
  const side = pose.view === 'side';
  const limb = (points: Point[], opacity: number): Shape => ({
    kind: 'path',
    d: line(points),
    width: 5,
    opacity,
  });
  const legPoints = (points: Point[]) => {
    const [hip, knee, ankle, heel, toe] = points;
    return hip && knee && ankle && heel && toe ? [hip, knee, ankle, heel, toe] : points;
  };
  const far = side ? 0.4 : 1;
  // The trunk bows through the back point: a quadratic curve whose control point makes it pass there.
  const control = {
    x: 2 * s.back.x - (s.pelvis.x + s.neck.x) / 2,
    y: 2 * s.back.y - (s.pelvis.y + s.neck.y) / 2,
  };
  const body: Shape[] = [];
  body.push({ kind: 'path', d: 'M-80 0 H80', width: 1.5, opacity: 0.35 });
  body.push(...propShapes(pose, s));
  body.push(limb(legPoints(s.legs[1].points), far));
  body.push(limb(s.arms[1].points, far));
  body.push({ kind: 'path', d: `M${pt(s.pelvis)} Q${pt(control)} ${pt(s.neck)}`, width: 8, opacity: 1 });
  if (!side) {
    const [l, r] = [s.arms[0].points[0], s.arms[1].points[0]];
    const [hl, hr] = [s.legs[0].points[0], s.legs[1].points[0]];
    if (l && r) body.push({ kind: 'path', d: line([l, s.neck, r]), width: 5, opacity: 1 });
    if (hl && hr) body.push({ kind: 'path', d: line([hl, s.pelvis, hr]), width: 6, opacity: 1 });
  }
  body.push(limb(legPoints(s.legs[0].points), 1));
  body.push(limb(s.arms[0].points, 1));
  body.push({ kind: 'circle', cx: f(s.head.x), cy: f(-s.head.y), r: 6.5, width: 0, opacity: 1, fill: true });
  return body;
}
