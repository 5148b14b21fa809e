/** The Spanish catalogue, one module per area (see ../en/index.ts). */
import type { CatalogueMessages } from '../en';
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

export const es = {
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
} as const satisfies CatalogueMessages;
