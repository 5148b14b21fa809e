/**
 * Content translations as flat "key": "text" pairs, the format translation tools read and write. Keys are
 * stable: `routines.<id>.steps.<n>.instruction`, `tips.<id>`, `safetyTexts.<id>.body.<n>`, … English is
 * exported in the same shape as the source.
 */
import type { ContentTranslation, RoutineText, StepText } from '../../shared/content/i18n/types';

export function flattenTranslation(t: ContentTranslation): Record<string, string> {
  const out: Record<string, string> = {};
  const put = (key: string, value: string | undefined) => {
    if (value !== undefined) out[key] = value;
  };
  const list = (key: string, values: readonly string[] | undefined) =>
    values?.forEach((v, i) => {
      put(`${key}.${i}`, v);
    });
  for (const [id, s] of Object.entries(t.sources)) put(`sources.${id}.label`, s.label);
  for (const [id, r] of Object.entries(t.routines)) {
    const k = `routines.${id}`;
    put(`${k}.title`, r.title);
    put(`${k}.summary`, r.summary);
    r.steps.forEach((s, i) => {
      put(`${k}.steps.${i}.instruction`, s.instruction);
      put(`${k}.steps.${i}.breath`, s.breath);
      list(`${k}.steps.${i}.cautions`, s.cautions);
    });
    list(`${k}.cautions`, r.cautions);
    put(`${k}.progression`, r.progression);
    put(`${k}.illustrationAlt`, r.illustrationAlt);
  }
  for (const [id, text] of Object.entries(t.tips)) put(`tips.${id}`, text);
  for (const [id, c] of Object.entries(t.checklist)) {
    put(`checklist.${id}.title`, c.title);
    put(`checklist.${id}.detail`, c.detail);
  }
  for (const [id, f] of Object.entries(t.redFlags)) {
    put(`redFlags.${id}.symptom`, f.symptom);
    put(`redFlags.${id}.question`, f.question);
    put(`redFlags.${id}.action`, f.action);
  }
  for (const [id, s] of Object.entries(t.safetyTexts)) {
    put(`safetyTexts.${id}.title`, s.title);
    list(`safetyTexts.${id}.body`, s.body);
    list(`safetyTexts.${id}.steps`, s.steps);
  }
  for (const [name, p] of Object.entries(t.poses)) {
    put(`poses.${name}.label`, p.label);
    put(`poses.${name}.alt`, p.alt);
  }
  return out;
}

/** Reads flat pairs back, following the English shape; keys the English does not have are reported. */
export function unflattenTranslation(
  flat: Readonly<Record<string, string>>,
  english: ContentTranslation,
): { translation: ContentTranslation; unknownKeys: string[]; missingKeys: string[] } {
  const used = new Set<string>();
  const missing: string[] = [];
  const get = (key: string): string => {
    used.add(key);
    const v = flat[key];
    if (v === undefined) missing.push(key);
    return v ?? '';
  };
  const opt = (key: string, present: boolean) => (present ? get(key) : undefined);
  const list = (key: string, values: readonly string[] | undefined) =>
    values?.map((_, i) => get(`${key}.${i}`));
  const map = <T, R>(record: Readonly<Record<string, T>>, f: (id: string, value: T) => R) =>
    Object.fromEntries(Object.entries(record).map(([id, v]) => [id, f(id, v)]));

  const step = (k: string, s: StepText): StepText => {
    const breath = opt(`${k}.breath`, s.breath !== undefined);
    const cautions = list(`${k}.cautions`, s.cautions);
    return {
      instruction: get(`${k}.instruction`),
      ...(breath === undefined ? {} : { breath }),
      ...(cautions === undefined ? {} : { cautions }),
    };
  };
  const routine = (id: string, r: RoutineText): RoutineText => {
    const k = `routines.${id}`;
    const progression = opt(`${k}.progression`, r.progression !== undefined);
    const illustrationAlt = opt(`${k}.illustrationAlt`, r.illustrationAlt !== undefined);
    return {
      title: get(`${k}.title`),
      summary: get(`${k}.summary`),
      steps: r.steps.map((s, i) => step(`${k}.steps.${i}`, s)),
      cautions: list(`${k}.cautions`, r.cautions) ?? [],
      ...(progression === undefined ? {} : { progression }),
      ...(illustrationAlt === undefined ? {} : { illustrationAlt }),
    };
  };
  const translation: ContentTranslation = {
    sources: map(english.sources, (id) => ({ label: get(`sources.${id}.label`) })),
    routines: map(english.routines, routine),
    tips: map(english.tips, (id) => get(`tips.${id}`)),
    checklist: map(english.checklist, (id) => ({
      title: get(`checklist.${id}.title`),
      detail: get(`checklist.${id}.detail`),
    })),
    redFlags: map(english.redFlags, (id) => ({
      symptom: get(`redFlags.${id}.symptom`),
      question: get(`redFlags.${id}.question`),
      action: get(`redFlags.${id}.action`),
    })),
    safetyTexts: map(english.safetyTexts, (id, s) => {
      const steps = list(`safetyTexts.${id}.steps`, s.steps);
      return {
        title: get(`safetyTexts.${id}.title`),
        body: list(`safetyTexts.${id}.body`, s.body) ?? [],
        ...(steps === undefined ? {} : { steps }),
      };
    }),
    poses: map(english.poses, (name) => ({
      label: get(`poses.${name}.label`),
      alt: get(`poses.${name}.alt`),
    })),
  };
  return { translation, unknownKeys: Object.keys(flat).filter((k) => !used.has(k)), missingKeys: missing };
}
