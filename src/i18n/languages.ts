import { LANGUAGES, type Language } from '../model/corpus-vocabulary.ts';

/** The writing direction of a UI or article language. */
export function directionOf(lang: Language): 'rtl' | 'ltr' {
  return lang === 'ar' ? 'rtl' : 'ltr';
}

/** Narrows a language tag that i18next reports back to one of ours, English if unknown. */
export function asLanguage(tag: string | undefined): Language {
  return LANGUAGES.find((lang) => lang === tag) ?? 'en';
}

/** Sets `<html lang dir>` so that the browser mirrors the layout and picks fonts and quotes. */
export function applyDocumentLanguage(lang: Language, root: HTMLElement = document.documentElement): void {
  root.lang = lang;
  root.dir = directionOf(lang);
}
