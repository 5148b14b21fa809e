/** Renderer code reads its words and content from the loaded language; unit tests load one directly. */

import { setContent } from '../../../renderer/src/content';
import { setFormatter } from '../../../renderer/src/i18n/t';
import { localizedContent } from '../../../shared/content/i18n/catalogues';
import { catalogues } from '../../../shared/i18n/catalogues';
import { createFormatter } from '../../../shared/i18n/format';
import type { Locale } from '../../../shared/i18n/locales';

export function speak(locale: Locale = 'en', formatTag = 'en-GB'): void {
  setFormatter(createFormatter({ messages: catalogues[locale], formatTag }));
  setContent(localizedContent(locale));
}
