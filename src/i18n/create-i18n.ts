import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '../model/corpus-vocabulary.ts';
import { formatNumber } from './format-number.ts';
import { asLanguage } from './languages.ts';
import { translation as en } from './translation-en.ts';

/** All the UI strings of one language. */
export type Translation = typeof en;

/**
 * Each language's name in itself, known before its strings are loaded: the language switcher
 * names every language in its own script. (locales.test.ts holds these to the locale files.)
 */
export const AUTONYMS: Record<Language, string> = { ar: 'العربية', en: 'English', ru: 'Русский' };
const AUTONYM_BUNDLES = Object.fromEntries(
  LANGUAGES.map((lang) => [lang, { language: { name: AUTONYMS[lang] } }]),
) as Record<Language, object>;

/**
 * A ready i18next instance in `lang`. An instance per call (not the global one) so that each
 * test renders with its own language and nothing leaks between them. It holds English (the
 * fallback, bundled) and the `translations` given; the app adds another language's strings when
 * it first needs them (load-language.ts), tests pass them all (resources.ts).
 */
export function createI18n(lang: Language, translations: Partial<Record<Language, Translation>> = {}): i18n {
  const instance = i18next.createInstance();
  const bundles: Record<Language, object> = { ...AUTONYM_BUNDLES, en, ...translations };
  void instance.use(initReactI18next).init({
    resources: Object.fromEntries(Object.entries(bundles).map(([code, translation]) => [code, { translation }])),
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
