import type { i18n } from 'i18next';
import type { Language } from '../model/corpus-vocabulary.ts';
import type { Translation } from './create-i18n.ts';

// English is bundled with the app; the other languages' strings are each a chunk, fetched the
// first time the language is shown: most readers never switch. Their month names need no chunk:
// dates are written by the browser's Intl (format-date.ts).
const LOADERS: Record<Exclude<Language, 'en'>, () => Promise<Translation>> = {
  ar: () => import('./translation-ar.ts').then((module) => module.translation),
  ru: () => import('./translation-ru.ts').then((module) => module.translation),
};

/** Makes `lang` ready to show in `instance`: its strings. */
export async function loadLanguage(instance: i18n, lang: Language): Promise<void> {
  // Before loading, a language's bundle holds only its name (create-i18n.ts): 'app' says it is whole.
  if (lang === 'en' || instance.getResource(lang, 'translation', 'app') !== undefined) return;
  const translation = await LOADERS[lang]();
  instance.addResourceBundle(lang, 'translation', translation, true, true);
}
