import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { Language } from '../src/model/corpus-schema.ts';
import { createI18n } from '../src/i18n/create-i18n.ts';
import { addProposeStrings } from '../src/i18n/propose-resources.ts';
import { resources } from '../src/i18n/resources.ts';
import { applyDocumentLanguage } from '../src/i18n/languages.ts';
import { writeLanguageParam } from '../src/i18n/pick-language.ts';

/**
 * Renders `ui` as the app would in `lang`: its own i18next instance, `?lang=` in the URL (which
 * is where the app reads the language from) and `<html lang dir>` set as at start-up.
 */
export function renderWithI18n(ui: ReactElement, { lang = 'en' }: { lang?: Language } = {}): RenderResult {
  window.history.replaceState(null, '', writeLanguageParam(window.location.search, lang));
  applyDocumentLanguage(lang);
  const i18n = createI18n(lang, {
    ar: resources.ar.translation,
    en: resources.en.translation,
    ru: resources.ru.translation,
  });
  // The propose page's strings too: its components are tested with the same helper.
  addProposeStrings(i18n);
  return render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>);
}
