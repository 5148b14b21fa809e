/**
 * Whole-catalog checks beyond each item's schema: ids unique across all content, every source reference
 * resolves, snack lengths, the standard caution, safe illustrations, and the wording lint over every
 * user-facing string. Returns problems rather than throwing, so a test can show them all at once.
 */
import type { z } from 'zod';
import { limitProblems } from '../pose/limits';
import { type ContentCatalog, catalog } from './catalog';
import { routineDurationSec, SNACK_MAX_SEC } from './duration';
import { type LibraryPose, type PoseName, poseLibrary } from './poses';
import { STOP_IF_WORSE } from './routines-common';
import {
  checklistItemSchema,
  redFlagSchema,
  routineSchema,
  safetyTextSchema,
  sourceSchema,
  tipSchema,
} from './schema';
import { lintWording, userFacingStrings } from './wording';

export interface ContentProblem {
  /** `collection/id` and, where it helps, a path inside the item. */
  where: string;
  problem: string;
}

/** Ids of a person's own routines start with this; no built-in item may, so the two never mix. */
export const USER_ROUTINE_PREFIX = 'user-';

/**
 * Why a library pose is wrong: a joint outside its human range, or props that do not fit where the pose
 * is done (at the desk you have a chair, on the floor a mat, standing no mat).
 */
export function posePlaceProblems(entry: LibraryPose): string[] {
  const problems = limitProblems(entry.pose);
  const has = new Set(entry.pose.props);
  if (entry.place === 'desk' && !has.has('chair')) problems.push('a desk pose needs the chair');
  if (entry.place === 'floor' && !has.has('mat')) problems.push('a floor pose needs the mat');
  if (entry.place === 'standing' && has.has('mat')) problems.push('a standing pose has no mat');
  for (const found of lintWording(entry.alt)) problems.push(`alt: ${found.message}`);
  for (const found of lintWording(entry.label)) problems.push(`label: ${found.message}`);
  return problems;
}

/** Why a step's key poses do not fit it: none at all, a pose from another place, props that change. */
export function stepPoseProblems(
  step: { placement: string; poses?: readonly PoseName[] | undefined },
  library: Readonly<Record<PoseName, LibraryPose>> = poseLibrary,
): string[] {
  const names = step.poses ?? [];
  if (names.length === 0) return ['has no pose'];
  const problems: string[] = [];
  const props = (name: PoseName) => [...library[name].pose.props].sort().join(',');
  for (const name of names) {
    const entry = library[name];
    if (entry.place !== step.placement)
      problems.push(`pose "${name}" is done ${entry.place}, the step ${step.placement}`);
    if (props(name) !== props(names[0] ?? name))
      problems.push(`pose "${name}" has other props than "${names[0]}"`);
    if (entry.pose.view !== library[names[0] ?? name].pose.view)
      problems.push(`pose "${name}" is drawn from another view than "${names[0]}"`);
  }
  return problems;
}

/** Longest any routine may run: a home session, not a workout plan. */
export const ROUTINE_MAX_SEC = 30 * 60;

const svgTags = new Set(['svg', 'g', 'path', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'rect']);

/** Why an inline SVG is unsafe or not ours to ship as-is; empty when it is fine. */
export function svgProblems(svg: string): string[] {
  const problems: string[] = [];
  const s = svg.trim();
  if (!s.startsWith('<svg ') || !s.endsWith('</svg>')) problems.push('must be one <svg> element');
  if (!s.includes('xmlns="http://www.w3.org/2000/svg"')) problems.push('must declare the SVG namespace');
  if (!/\bviewBox="[\d.\s-]+"/.test(s)) problems.push('must have a viewBox so it scales');
  for (const m of s.matchAll(/<\/?([a-zA-Z][\w:-]*)/g)) {
    const tag = m[1] ?? '';
    if (!svgTags.has(tag)) problems.push(`element <${tag}> is not allowed`);
  }
  if (/\son\w+\s*=/i.test(s)) problems.push('event handler attributes are not allowed');
  if (/href|url\(|javascript:|<!|data:/i.test(s))
    problems.push('links, urls and embedded data are not allowed');
  return problems;
}

function schemaProblems<T extends { id: string }>(
  collection: string,
  items: readonly T[],
  schema: z.ZodType,
): ContentProblem[] {
  return items.flatMap((item, i) => {
    const result = schema.safeParse(item);
    if (result.success) return [];
    return result.error.issues.map((issue) => ({
      where: `${collection}/${item.id || `#${i}`}${issue.path.length ? `.${issue.path.join('.')}` : ''}`,
      problem: issue.message,
    }));
  });
}

interface Entry {
  collection: keyof ContentCatalog;
  id: string;
  item: unknown;
  /** Source ids the item points to. */
  refs: string[];
}

function entriesOf(c: ContentCatalog): Entry[] {
  const plain = (collection: keyof ContentCatalog, items: readonly { id: string; source: string }[]) =>
    items.map((item): Entry => ({ collection, id: item.id, item, refs: [item.source] }));
  return [
    ...c.sources.map((item): Entry => ({ collection: 'sources', id: item.id, item, refs: [] })),
    ...c.routines.map(
      (item): Entry => ({
        collection: 'routines',
        id: item.id,
        item,
        refs: [item.source, item.dosageSource],
      }),
    ),
    ...plain('tips', c.tips),
    ...plain('checklist', c.checklist),
    ...plain('redFlags', c.redFlags),
    ...plain('safetyTexts', c.safetyTexts),
  ];
}

export function validateContent(c: ContentCatalog = catalog): ContentProblem[] {
  const problems: ContentProblem[] = [
    ...schemaProblems('sources', c.sources, sourceSchema),
    ...schemaProblems('routines', c.routines, routineSchema),
    ...schemaProblems('tips', c.tips, tipSchema),
    ...schemaProblems('checklist', c.checklist, checklistItemSchema),
    ...schemaProblems('redFlags', c.redFlags, redFlagSchema),
    ...schemaProblems('safetyTexts', c.safetyTexts, safetyTextSchema),
  ];

  for (const [name, entry] of Object.entries(poseLibrary)) {
    for (const problem of posePlaceProblems(entry)) problems.push({ where: `poses/${name}`, problem });
  }

  const all = entriesOf(c);
  for (const e of all) {
    if (e.id.startsWith(USER_ROUTINE_PREFIX))
      problems.push({
        where: `${e.collection}/${e.id}`,
        problem: `ids starting "${USER_ROUTINE_PREFIX}" are kept for a person's own routines`,
      });
  }
  const seen = new Map<string, string>();
  for (const e of all) {
    const first = seen.get(e.id);
    if (first) problems.push({ where: `${e.collection}/${e.id}`, problem: `id already used in ${first}` });
    else seen.set(e.id, e.collection);
  }

  const sourceIds = new Set(c.sources.map((s) => s.id));
  for (const e of all) {
    for (const ref of e.refs) {
      if (!sourceIds.has(ref))
        problems.push({ where: `${e.collection}/${e.id}`, problem: `unknown source "${ref}"` });
    }
  }

  for (const r of c.routines) {
    const where = `routines/${r.id}`;
    const sec = routineDurationSec(r);
    if (r.snack && sec > SNACK_MAX_SEC)
      problems.push({ where, problem: `snack runs ${sec} s (max ${SNACK_MAX_SEC})` });
    if (sec > ROUTINE_MAX_SEC) problems.push({ where, problem: `runs ${sec} s (max ${ROUTINE_MAX_SEC})` });
    r.steps.forEach((step, i) => {
      for (const problem of stepPoseProblems(step)) problems.push({ where: `${where}.steps.${i}`, problem });
    });
    if (!r.cautions.includes(STOP_IF_WORSE))
      problems.push({ where, problem: 'lacks the stop-if-worse caution' });
    if (r.illustration) {
      for (const p of svgProblems(r.illustration.svg))
        problems.push({ where: `${where}.illustration`, problem: p });
    }
  }

  for (const e of all) {
    for (const found of userFacingStrings(e.item)) {
      for (const issue of lintWording(found.text)) {
        problems.push({ where: `${e.collection}/${e.id}.${found.path}`, problem: issue.message });
      }
    }
  }
  return problems;
}
