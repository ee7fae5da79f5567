/**
 * Folds text so that spellings a reader treats as the same compare equal: case, Arabic alef
 * forms (أ إ آ ٱ → ا), taa marbuta (ة → ه), alef maqsura (ى → ي), tatweel, Arabic diacritics,
 * Russian ё, and runs of white space. Used by search and by the date-expression reader.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(ARABIC_MARKS, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .replace(/ё/g, 'е')
    .replace(/\s+/g, ' ')
    .trim();
}

// Non-spacing marks (Arabic harakat, superscript alef, Quranic marks) and tatweel (U+0640).
// After NFKC, letters such as й and é are single code points, so they are not touched.
const ARABIC_MARKS = /\p{Mn}|\u0640/gu;

/** Splits folded text into words, dropping punctuation (Arabic and Latin) around them. */
export function wordsOf(text: string): string[] {
  return foldForSearch(text)
    .split(/[\s\p{P}\p{S}]+/u)
    .filter((word) => word.length > 0);
}
