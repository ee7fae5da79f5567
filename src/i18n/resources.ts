import type { Language } from '../model/corpus-schema.ts';
import ar from './locales/ar.json';
import en from './locales/en.json';
import ru from './locales/ru.json';

/**
 * Every UI string, bundled: three small JSON files cost less than a request each, and having
 * them at start-up means the first paint is already in the reader's language.
 */
export const resources = {
  ar: { translation: ar },
  en: { translation: en },
  ru: { translation: ru },
} as const satisfies Record<Language, { translation: object }>;
