import type { Language } from '../model/corpus-schema.ts';

// Latin digits in every language: dates are written with them (format-date.ts), and a count in
// ١٢ beside a date in 12 would read as two systems on one page. Many Arabic news sites use Latin
// digits too.
const formatters = new Map<Language, Intl.NumberFormat>();

/** Formats a number for display in the UI language. */
export function formatNumber(value: number, lang: Language): string {
  let formatter = formatters.get(lang);
  if (!formatter) {
    formatter = new Intl.NumberFormat(lang, { numberingSystem: 'latn' });
    formatters.set(lang, formatter);
  }
  return formatter.format(value);
}
