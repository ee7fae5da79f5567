import { useTranslation } from 'react-i18next';
import type { Language } from '../model/corpus-schema.ts';
import { asLanguage } from '../i18n/languages.ts';

/** The translate function and the UI language, for components that also format dates and data. */
export function useLocale(): { t: ReturnType<typeof useTranslation>['t']; lang: Language } {
  const { t, i18n } = useTranslation();
  return { t, lang: asLanguage(i18n.language) };
}
