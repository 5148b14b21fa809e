/**
 * Content in another language: the English item with its words replaced by the translation for the same
 * id. Everything that is not words (ids, doses, timings, sides, placements, sources, illustrations) stays
 * the English item's, so a translation cannot change a dose.
 */
import type { Locale } from '../../i18n/locales';
import { type ContentCatalog, catalog } from '../catalog';
import type { RoutineStep } from '../schema';
import { englishPoseWords, type PoseWords } from './pose-words';
import type { ContentTranslation, StepText } from './types';

/** What a window shows in one language: the content and the poses' words. */
export interface LocalizedContent {
  catalog: ContentCatalog;
  poses: PoseWords;
}

export interface TranslationProblem {
  /** `collection/id` and, where it helps, a field. */
  where: string;
  problem: string;
}

const count = (n: number | undefined) => n ?? 0;

function stepProblems(where: string, step: RoutineStep, text: StepText | undefined): TranslationProblem[] {
  if (!text) return [{ where, problem: 'has no translation' }];
  const out: TranslationProblem[] = [];
  if ((step.breath === undefined) !== (text.breath === undefined))
    out.push({ where: `${where}.breath`, problem: 'breath is present in one language only' });
  if (count(step.cautions?.length) !== count(text.cautions?.length))
    out.push({ where: `${where}.cautions`, problem: 'has a different number of cautions' });
  return out;
}

/** Every way a translation does not match the English content: missing or extra ids, different shapes. */
export function translationProblems(
  t: ContentTranslation,
  base: ContentCatalog = catalog,
): TranslationProblem[] {
  const out: TranslationProblem[] = [];
  const ids = (collection: string, english: readonly { id: string }[], translated: object) => {
    const known = new Set(english.map((e) => e.id));
    for (const e of english)
      if (!Object.hasOwn(translated, e.id))
        out.push({ where: `${collection}/${e.id}`, problem: 'is missing' });
    for (const id of Object.keys(translated))
      if (!known.has(id)) out.push({ where: `${collection}/${id}`, problem: 'is not an English content id' });
  };
  ids('sources', base.sources, t.sources);
  ids('routines', base.routines, t.routines);
  ids('tips', base.tips, t.tips);
  ids('checklist', base.checklist, t.checklist);
  ids('redFlags', base.redFlags, t.redFlags);
  ids('safetyTexts', base.safetyTexts, t.safetyTexts);
  ids(
    'poses',
    Object.keys(englishPoseWords).map((id) => ({ id })),
    t.poses,
  );

  for (const r of base.routines) {
    const text = t.routines[r.id];
    if (!text) continue;
    const where = `routines/${r.id}`;
    if (text.steps.length !== r.steps.length)
      out.push({
        where: `${where}.steps`,
        problem: `has ${text.steps.length} steps, the English ${r.steps.length}`,
      });
    r.steps.forEach((step, i) => {
      out.push(...stepProblems(`${where}.steps.${i}`, step, text.steps[i]));
    });
    if (text.cautions.length !== r.cautions.length)
      out.push({ where: `${where}.cautions`, problem: 'has a different number of cautions' });
    if ((r.progression === undefined) !== (text.progression === undefined))
      out.push({ where: `${where}.progression`, problem: 'progression is present in one language only' });
    if ((r.illustration === undefined) !== (text.illustrationAlt === undefined))
      out.push({ where: `${where}.illustrationAlt`, problem: 'alt text is present in one language only' });
  }
  for (const s of base.safetyTexts) {
    const text = t.safetyTexts[s.id];
    if (!text) continue;
    if (text.body.length !== s.body.length)
      out.push({ where: `safetyTexts/${s.id}.body`, problem: 'has a different number of paragraphs' });
    if (count(text.steps?.length) !== count(s.steps?.length))
      out.push({ where: `safetyTexts/${s.id}.steps`, problem: 'has a different number of steps' });
  }
  return out;
}

function need<T>(value: T | undefined, where: string): T {
  if (value === undefined) throw new Error(`content translation lacks ${where}`);
  return value;
}

/** The catalogue in a translation's words. Throws on a translation that `translationProblems` rejects. */
export function localizeCatalog(t: ContentTranslation, base: ContentCatalog = catalog): ContentCatalog {
  const problems = translationProblems(t, base);
  if (problems.length > 0)
    throw new Error(
      `content translation does not match: ${problems.map((p) => `${p.where} ${p.problem}`).join('; ')}`,
    );
  return {
    sources: base.sources.map((s) => ({ ...s, label: need(t.sources[s.id], `sources/${s.id}`).label })),
    routines: base.routines.map((r) => {
      const text = need(t.routines[r.id], `routines/${r.id}`);
      return {
        ...r,
        title: text.title,
        summary: text.summary,
        steps: r.steps.map((step, i) => {
          const st = need(text.steps[i], `routines/${r.id}.steps.${i}`);
          return {
            ...step,
            instruction: st.instruction,
            ...(st.breath === undefined ? {} : { breath: st.breath }),
            ...(st.cautions === undefined ? {} : { cautions: st.cautions }),
          };
        }),
        cautions: text.cautions,
        ...(text.progression === undefined ? {} : { progression: text.progression }),
        ...(r.illustration === undefined
          ? {}
          : { illustration: { ...r.illustration, alt: need(text.illustrationAlt, `routines/${r.id}.alt`) } }),
      };
    }),
    tips: base.tips.map((tip) => ({ ...tip, text: need(t.tips[tip.id], `tips/${tip.id}`) })),
    checklist: base.checklist.map((c) => ({ ...c, ...need(t.checklist[c.id], `checklist/${c.id}`) })),
    redFlags: base.redFlags.map((f) => ({ ...f, ...need(t.redFlags[f.id], `redFlags/${f.id}`) })),
    safetyTexts: base.safetyTexts.map((s) => {
      const text = need(t.safetyTexts[s.id], `safetyTexts/${s.id}`);
      return {
        ...s,
        title: text.title,
        body: text.body,
        ...(text.steps === undefined ? {} : { steps: text.steps }),
      };
    }),
  };
}

/** The poses' words in a translation's language (every pose: `translationProblems` checks the names). */
export function localizePoses(t: ContentTranslation): PoseWords {
  return Object.fromEntries(
    Object.keys(englishPoseWords).map((name) => [name, need(t.poses[name], `poses/${name}`)]),
  );
}

/** One language's translation, loaded on demand (a chunk per language in the renderer). */
export function loadContentTranslation(locale: Exclude<Locale, 'en'>): Promise<ContentTranslation> {
  switch (locale) {
    case 'de':
      return import('./de').then((m) => m.de);
    case 'es':
      return import('./es').then((m) => m.es);
    case 'fr':
      return import('./fr').then((m) => m.fr);
  }
}

/** Content and the poses' words in a language, English included. */
export async function loadLocalizedContent(locale: Locale): Promise<LocalizedContent> {
  if (locale === 'en') return { catalog, poses: englishPoseWords };
  const t = await loadContentTranslation(locale);
  return { catalog: localizeCatalog(t), poses: localizePoses(t) };
}
