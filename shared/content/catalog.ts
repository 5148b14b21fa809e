/** Every content collection in one object, for validation and for anything that walks all content. */
import { checklist } from './checklist';
import { routines } from './routines';
import { redFlags, safetyTexts } from './safety';
import type { ChecklistItem, RedFlag, Routine, SafetyText, Source, Tip } from './schema';
import { sources } from './sources';
import { tips } from './tips';

export interface ContentCatalog {
  sources: readonly Source[];
  routines: readonly Routine[];
  tips: readonly Tip[];
  checklist: readonly ChecklistItem[];
  redFlags: readonly RedFlag[];
  safetyTexts: readonly SafetyText[];
}

export const catalog: ContentCatalog = { sources, routines, tips, checklist, redFlags, safetyTexts };
