import type { Language } from '../model/corpus-schema.ts';

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(lang: Language, unit: 'kilobyte' | 'megabyte'): Intl.NumberFormat {
  const key = `${lang}/${unit}`;
  let found = formatters.get(key);
  if (!found) {
    // Latin digits, as every other number on the page (see format-number.ts).
    found = new Intl.NumberFormat(lang, { style: 'unit', unit, maximumFractionDigits: 1, numberingSystem: 'latn' });
    formatters.set(key, found);
  }
  return found;
}

/** A file size for display, in decimal kilobytes or megabytes: "250 MB", "250 МБ", "250 ميغابايت". */
export function formatFileSize(bytes: number, lang: Language): string {
  return bytes < 1_000_000
    ? formatter(lang, 'kilobyte').format(bytes / 1000)
    : formatter(lang, 'megabyte').format(bytes / 1_000_000);
}
