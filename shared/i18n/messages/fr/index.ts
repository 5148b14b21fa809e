/** The French catalogue, one module per area (see ../en/index.ts). */
import type { CatalogueMessages } from '../en';
import { coreMessages } from './core';
import { chartsMessages } from '../en/charts';
import { checkinMessages } from '../en/checkin';
import { commonMessages } from '../en/common';
import { historyMessages } from '../en/history';
import { onboardingMessages } from '../en/onboarding';
import { pacingMessages } from '../en/pacing';
import { planMessages } from '../en/plan';
import { promptMessages } from '../en/prompt';
import { reportMessages } from '../en/report';
import { routinesMessages } from '../en/routines';
import { safetyMessages } from '../en/safety';
import { settingsMessages } from '../en/settings';
import { shellMessages } from '../en/shell';
import { tipsMessages } from '../en/tips';
import { todayMessages } from '../en/today';

export const fr = {
  ...coreMessages,
  ...chartsMessages,
  ...checkinMessages,
  ...commonMessages,
  ...historyMessages,
  ...onboardingMessages,
  ...pacingMessages,
  ...planMessages,
  ...promptMessages,
  ...reportMessages,
  ...routinesMessages,
  ...safetyMessages,
  ...settingsMessages,
  ...shellMessages,
  ...tipsMessages,
  ...todayMessages,
} as const satisfies CatalogueMessages;
