/**
 * Every user-visible string of the renderer, one module per area. Components import the module they need
 * (the prompt window only loads `common` and `prompt`); this index is the whole catalogue, for
 * translation tooling and for tests that check wording.
 */
import { charts } from './charts';
import { common } from './common';
import { history } from './history';
import { onboarding } from './onboarding';
import { checkinText, pacingText } from './pacing';
import { prompt } from './prompt';
import { planText, reportText } from './report';
import { routinesText } from './routines';
import { safetyText } from './safety';
import { settingsText } from './settings';
import { shell } from './shell';
import { tipsText } from './tips';
import { today } from './today';

export { type PluralForms, plural, t, type Vars } from './format';

export const strings = {
  charts,
  checkin: checkinText,
  common,
  history,
  onboarding,
  pacing: pacingText,
  plan: planText,
  prompt,
  report: reportText,
  routines: routinesText,
  safety: safetyText,
  settings: settingsText,
  shell,
  tips: tipsText,
  today,
} as const;
