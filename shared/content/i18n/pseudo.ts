/**
 * Content in the pseudo-locale, for layout tests: every text of the English items accented, about 40 %
 * longer and bracketed (see `shared/i18n/pseudo.ts`). Digits stay, so doses read the same.
 */
import { pseudoText } from '../../i18n/pseudo';
import { catalog } from '../catalog';
import { englishTranslation } from './english';
import { type LocalizedContent, localizeCatalog, localizePoses } from './localize';
import type { ContentTranslation } from './types';

function mapTexts(t: ContentTranslation, f: (text: string) => string): ContentTranslation {
  const each = <T, R>(record: Readonly<Record<string, T>>, g: (value: T) => R) =>
    Object.fromEntries(Object.entries(record).map(([id, v]) => [id, g(v)]));
  return {
    sources: each(t.sources, (s) => ({ label: f(s.label) })),
    routines: each(t.routines, (r) => ({
      title: f(r.title),
      summary: f(r.summary),
      steps: r.steps.map((s) => ({
        instruction: f(s.instruction),
        ...(s.breath === undefined ? {} : { breath: f(s.breath) }),
        ...(s.cautions === undefined ? {} : { cautions: s.cautions.map(f) }),
      })),
      cautions: r.cautions.map(f),
      ...(r.progression === undefined ? {} : { progression: f(r.progression) }),
      ...(r.illustrationAlt === undefined ? {} : { illustrationAlt: f(r.illustrationAlt) }),
    })),
    tips: each(t.tips, f),
    checklist: each(t.checklist, (c) => ({ title: f(c.title), detail: f(c.detail) })),
    redFlags: each(t.redFlags, (x) => ({
      symptom: f(x.symptom),
      question: f(x.question),
      action: f(x.action),
    })),
    safetyTexts: each(t.safetyTexts, (s) => ({
      title: f(s.title),
      body: s.body.map(f),
      ...(s.steps === undefined ? {} : { steps: s.steps.map(f) }),
    })),
    poses: each(t.poses, (p) => ({ label: f(p.label), alt: f(p.alt) })),
  };
}

/** Content and the poses' words in the pseudo-locale. */
export function pseudoContent(): LocalizedContent {
  const t = mapTexts(englishTranslation(catalog), pseudoText);
  return { catalog: localizeCatalog(t, catalog), poses: localizePoses(t) };
}
