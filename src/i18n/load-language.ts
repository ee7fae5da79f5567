import type { Locale } from 'date-fns';
import type { i18n } from 'i18next';
import type { Language } from '../model/corpus-vocabulary.ts';
import type { Translation } from './create-i18n.ts';
import { registerDateLocale } from './format-date.ts';

// English is bundled with the app; the other languages' strings and month names are each a
// chunk, fetched the first time the language is shown: most readers never switch.
const LOADERS: Record<Exclude<Language, 'en'>, () => Promise<[Translation, Locale]>> = {
  ar: () =>
    Promise.all([import('./translation-ar.ts'), import('date-fns/locale/ar')]).then(([t, l]) => [t.translation, l.ar]),
  ru: () =>
    Promise.all([import('./translation-ru.ts'), import('date-fns/locale/ru')]).then(([t, l]) => [t.translation, l.ru]),
};

/** Makes `lang` ready to show in `instance`: its strings and its month names. */
export async function loadLanguage(instance: i18n, lang: Language): Promise<void> {
  // Before loading, a language's bundle holds only its name (create-i18n.ts): 'app' says it is whole.
  if (lang === 'en' || instance.getResource(lang, 'translation', 'app') !== undefined) return;
  const [translation, locale] = await LOADERS[lang]();
  registerDateLocale(lang, locale);
  instance.addResourceBundle(lang, 'translation', translation, true, true);
}
