/** The supported languages as a zod enum, for settings and the translator's tool (see `locales.ts`). */
import { z } from 'zod';
import { locales } from './locales';

export const localeSchema = z.enum(locales);
