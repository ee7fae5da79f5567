import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '../model/corpus-schema.ts';
import { formatNumber } from './format-number.ts';
import { asLanguage } from './languages.ts';
import { resources } from './resources.ts';

/**
 * A ready i18next instance in `lang`. An instance per call (not the global one) so that each
 * test renders with its own language and nothing leaks between them.
 */
export function createI18n(lang: Language): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: lang,
    fallbackLng: 'en',
    supportedLngs: LANGUAGES,
    // The resources are in memory: initialise synchronously so the first render has them.
    initAsync: false,
    // React escapes text itself, and no string here ever becomes HTML.
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
    showSupportNotice: false,
  });
  // `{{count, number}}` in the locales goes through the app's one number formatter.
  instance.services.formatter?.add('number', (value: unknown, lng: string | undefined) =>
    typeof value === 'number' ? formatNumber(value, asLanguage(lng)) : String(value),
  );
  return instance;
}
