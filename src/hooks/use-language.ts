import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../model/corpus-schema.ts';
import { applyDocumentLanguage } from '../i18n/languages.ts';
import { loadLanguage } from '../i18n/load-language.ts';
import { pickLanguage, writeLanguageParam } from '../i18n/pick-language.ts';
import { currentLocationSearch, replaceLocationSearch, useLocationSearch } from './use-location-search.ts';

/**
 * The UI language and a setter. The URL is the source of truth (`?lang=`), so a link opens in
 * the language it was shared in; i18next and `<html lang dir>` follow it.
 */
export function useLanguage(): [Language, (lang: Language) => void] {
  const search = useLocationSearch();
  const lang = pickLanguage(search, navigator.languages);
  const { i18n } = useTranslation();

  useEffect(() => {
    if (i18n.language === lang) {
      applyDocumentLanguage(lang);
      return;
    }
    // Another language's strings are fetched the first time it is shown (a few kilobytes); the
    // page switches, direction included, once they are here.
    let current = true;
    void loadLanguage(i18n, lang).then(() => {
      if (!current) return;
      void i18n.changeLanguage(lang);
      applyDocumentLanguage(lang);
    });
    return () => {
      current = false;
    };
  }, [i18n, lang]);

  const setLanguage = useCallback((next: Language) => {
    // Replace rather than push: a language switch is not a place to go back to.
    replaceLocationSearch(writeLanguageParam(currentLocationSearch(), next));
  }, []);

  return [lang, setLanguage];
}
