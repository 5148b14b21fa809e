/**
 * The English catalogue: the source every translation follows, one module per area of the app. Keys are
 * stable dotted names ("area.thing"); values are ICU MessageFormat. Use ’ (never ') for apostrophes: ICU
 * reads ' as a quote. Parameter types come from this text (see `params.ts`); after an edit, run
 * `npm run i18n -- compile`.
 */
import { chartsMessages } from './charts';
import { checkinMessages } from './checkin';
import { commonMessages } from './common';
import { coreMessages } from './core';
import { historyMessages } from './history';
import { onboardingMessages } from './onboarding';
import { pacingMessages } from './pacing';
import { planMessages } from './plan';
import { promptMessages } from './prompt';
import { refusalMessages } from './refusal';
import { reminderMessages } from './reminder';
import { reportMessages } from './report';
import { routinesMessages } from './routines';
import { safetyMessages } from './safety';
import { settingsMessages } from './settings';
import { shellMessages } from './shell';
import { tipsMessages } from './tips';
import { todayMessages } from './today';

export const en = {
  ...coreMessages,
  ...chartsMessages,
  ...checkinMessages,
  ...commonMessages,
  ...historyMessages,
  ...onboardingMessages,
  ...pacingMessages,
  ...planMessages,
  ...promptMessages,
  ...refusalMessages,
  ...reminderMessages,
  ...reportMessages,
  ...routinesMessages,
  ...safetyMessages,
  ...settingsMessages,
  ...shellMessages,
  ...tipsMessages,
  ...todayMessages,
} as const;

/** The English modules by file name (`messages/<lang>/<area>.ts`): each language has the same files. */
export const englishAreas = {
  core: coreMessages,
  charts: chartsMessages,
  checkin: checkinMessages,
  common: commonMessages,
  history: historyMessages,
  onboarding: onboardingMessages,
  pacing: pacingMessages,
  plan: planMessages,
  prompt: promptMessages,
  refusal: refusalMessages,
  reminder: reminderMessages,
  report: reportMessages,
  routines: routinesMessages,
  safety: safetyMessages,
  settings: settingsMessages,
  shell: shellMessages,
  tips: tipsMessages,
  today: todayMessages,
} as const;

export type MessageKey = keyof typeof en;
/** What every translation provides: the same keys, each an ICU message. */
export type CatalogueMessages = Readonly<Record<MessageKey, string>>;
/** One area's translation: every key of the English module, and no other. */
export type Translation<Source> = { readonly [K in keyof Source]: string };

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}
