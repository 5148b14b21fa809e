/** The English content in the shape of a translation: the source for exports and for the pseudo-locale. */
import type { ContentCatalog } from '../catalog';
import { englishPoseWords } from './pose-words';
import type { ContentTranslation } from './types';

/** The English content in the shape of a translation. */
export function englishTranslation(c: ContentCatalog): ContentTranslation {
  const byId = <T extends { id: string }, R>(items: readonly T[], f: (item: T) => R): Record<string, R> =>
    Object.fromEntries(items.map((item) => [item.id, f(item)]));
  return {
    sources: byId(c.sources, (s) => ({ label: s.label })),
    routines: byId(c.routines, (r) => ({
      title: r.title,
      summary: r.summary,
      steps: r.steps.map((s) => ({
        instruction: s.instruction,
        ...(s.breath === undefined ? {} : { breath: s.breath }),
        ...(s.cautions === undefined ? {} : { cautions: s.cautions }),
      })),
      cautions: r.cautions,
      ...(r.progression === undefined ? {} : { progression: r.progression }),
      ...(r.illustration === undefined ? {} : { illustrationAlt: r.illustration.alt }),
    })),
    tips: byId(c.tips, (t) => t.text),
    checklist: byId(c.checklist, (x) => ({ title: x.title, detail: x.detail })),
    redFlags: byId(c.redFlags, (f) => ({ symptom: f.symptom, question: f.question, action: f.action })),
    safetyTexts: byId(c.safetyTexts, (s) => ({
      title: s.title,
      body: s.body,
      ...(s.steps === undefined ? {} : { steps: s.steps }),
    })),
    poses: englishPoseWords,
  };
}
