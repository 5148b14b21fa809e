/** The language picker's choices: "follow the system" (naming what that is now), then each language in its own name. */
import { endonyms, locales } from '../../../shared/i18n/locales';
import type { LocaleSetting } from '../../../shared/settings';
import type { Option } from '../components/form/Field';
import { t } from './t';
import { resolveLocale } from './useLocale';

export function languageOptions(): Option<LocaleSetting>[] {
  const system = endonyms[resolveLocale('system').locale];
  return [
    { value: 'system', label: t('settings.appearance.languageSystem', { language: system }) },
    ...locales.map((locale) => ({ value: locale, label: endonyms[locale] })),
  ];
}
