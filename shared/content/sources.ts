/**
 * Where Sitwise content comes from. Items point here by `source` id. The founding text is cited by its
 * section headings; the rest are the references in the team's domain notes. Citations are kept as
 * published (they may contain words the wording lint rejects in Sitwise's own text).
 */
import type { Source } from './schema';

const FOUNDING = 'Sitwise founding text: a plain-language guide to chronic back pain self-management';

export const sources: readonly Source[] = [
  {
    id: 'seed-foundations',
    kind: 'founding-text',
    label: 'Founding text: why back pain lingers',
    citation: FOUNDING,
    section: 'Chronic Back Pain 101: Why It Persists (Outline + Foundations)',
  },
  {
    id: 'seed-red-flags',
    kind: 'founding-text',
    label: 'Founding text: warning signs',
    citation: FOUNDING,
    section: 'Getting the Right Diagnosis: Assessment, Imaging, and Red Flags',
  },
  {
    id: 'seed-conservative-care',
    kind: 'founding-text',
    label: 'Founding text: movement and daily habits',
    citation: FOUNDING,
    section: 'Conservative Care That Works: Movement, Therapy, and Daily Habits',
  },
  {
    id: 'seed-living-well',
    kind: 'founding-text',
    label: 'Founding text: living well with a sore back',
    citation: FOUNDING,
    section: 'Living Well with a Sore Back: Self-Management Plan and Conclusion',
  },
  {
    id: 'nhs-back-exercises',
    kind: 'guideline',
    label: 'NHS back exercise guidance',
    citation:
      'NHS (UK National Health Service), exercises for back pain: start with about 5 repetitions, add 1 or 2 every few days, stop if symptoms get worse',
  },
  {
    id: 'brakenridge-2025',
    kind: 'study',
    label: 'Griffith University sit-stand trial (2025)',
    citation:
      'Brakenridge C. et al., 2025. Griffith University randomised trial in desk workers with recent low back pain: a fixed 30 min sit / 15 min stand ratio compared with a self-chosen ratio',
  },
  {
    id: 'hedge-cornell',
    kind: 'guideline',
    label: 'Cornell University ergonomics (Hedge)',
    citation: 'Hedge A., Cornell University Ergonomics: the 20-8-2 sit, stand and move pattern',
  },
  {
    id: 'dunstan-2012',
    kind: 'study',
    label: 'Short walking breaks study (2012)',
    citation:
      'Dunstan D.W. et al., Breaking up prolonged sitting reduces postprandial glucose and insulin responses. Diabetes Care, 2012',
  },
  {
    id: 'buckley-2015',
    kind: 'guideline',
    label: 'Expert statement on office sitting (2015)',
    citation:
      'Buckley J.P. et al., The sedentary office: an expert statement on the growing case for change towards better health and productivity. Br J Sports Med, 2015',
  },
  {
    id: 'nelson-wong-2014',
    kind: 'study',
    label: 'Standing and back discomfort study (2014)',
    citation:
      'Nelson-Wong E., Callaghan J.P., Transient low back pain development during standing predicts future clinical low back pain in previously asymptomatic individuals. Spine, 2014',
  },
  {
    id: 'pmc6637722-field-study',
    kind: 'study',
    label: 'One-year desk reminder field study',
    citation: 'One-year field study of software reminders for sit-stand desk use (PMC6637722)',
    url: 'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC6637722/',
  },
  {
    id: 'krebs-2009-peg',
    kind: 'study',
    label: 'PEG three-item pain scale (2009)',
    citation:
      'Krebs E.E. et al., Development and initial validation of the PEG, a three-item scale assessing pain intensity and interference. J Gen Intern Med, 2009',
  },
  {
    id: 'standard-practice',
    kind: 'practice',
    label: 'Common practice, no published dose',
    citation:
      'A widely used movement practice. No source sets its dose, so Sitwise starts low: about 5 slow repetitions.',
  },
];

export const sourceIds: ReadonlySet<string> = new Set(sources.map((s) => s.id));

export function getSource(id: string): Source | undefined {
  return sources.find((s) => s.id === id);
}
