/**
 * Folds text so that spellings a reader treats as the same compare equal: case, Arabic alef
 * forms (أ إ آ ٱ → ا), taa marbuta (ة → ه), alef maqsura (ى → ي), tatweel, Arabic diacritics,
 * Russian ё, and runs of white space. Used by search, by the date-expression reader and by the
 * extraction assistant (src/extract), so that all three read a word the same way.
 */
export function foldForSearch(text: string): string {
  // Each step is skipped when a quick test shows it would change nothing: folding every text of
  // a 100,000-event corpus for search is otherwise a second and a half, mostly scanning for marks.
  let folded = text.normalize('NFKC').toLowerCase();
  if (MAY_HAVE_MARKS.test(folded)) folded = folded.replace(ARABIC_MARKS, '');
  if (FOLDED_LETTERS.test(folded)) folded = folded.replace(FOLDED_LETTERS_ALL, foldLetter);
  if (UNTIDY_SPACE.test(folded)) folded = folded.replace(/\s+/g, ' ');
  return folded.trim();
}

const LETTER_FOLDS: Record<string, string> = { أ: 'ا', إ: 'ا', آ: 'ا', ٱ: 'ا', ة: 'ه', ى: 'ي', ё: 'е' };
const FOLDED_LETTERS = /[أإآٱةىё]/;
const FOLDED_LETTERS_ALL = /[أإآٱةىё]/g;
const foldLetter = (letter: string) => LETTER_FOLDS[letter]!;
// White space other than single spaces: a run, or a tab, a newline, a no-break space…
const UNTIDY_SPACE = /\s\s|[^\S ]/;
// Characters outside blocks known to hold no non-spacing mark (Basic Latin to IPA, Greek,
// Cyrillic, Armenian, Arabic letters and digits, general punctuation, currency signs): only text
// with one of them needs the costly scan for \p{Mn}. Tatweel (U+0640) is left out on purpose.
const MAY_HAVE_MARKS =
  /[^\t\n\v\f\r\u0020-\u02FF\u0370-\u0482\u048A-\u0590\u0600-\u060F\u061B-\u063F\u0641-\u064A\u0660-\u066F\u0671-\u06D5\u2000-\u20CF]/;

// Non-spacing marks (Arabic harakat, superscript alef, Quranic marks) and tatweel (U+0640).
// After NFKC, letters such as й and é are single code points, so they are not touched.
const ARABIC_MARKS = /\p{Mn}|\u0640/gu;

/** The words of a search query, folded as the search index's words are. */
export function queryWords(q: string): string[] {
  return foldForSearch(q).split(' ').filter(Boolean);
}

/** Splits folded text into words, dropping punctuation (Arabic and Latin) around them. */
export function wordsOf(text: string): string[] {
  return foldForSearch(text)
    .split(/[\s\p{P}\p{S}]+/u)
    .filter((word) => word.length > 0);
}

/** A word of a text: folded as `foldForSearch` folds, with where it stands (UTF-16 offsets, end exclusive). */
export interface Token {
  word: string;
  start: number;
  end: number;
}

const WORD = /[^\s\p{P}\p{S}]+/gu;

/**
 * The words of `text` as `wordsOf` splits them, each folded and located in the original text,
 * so that a match on folded words can be shown (or quoted) as the text wrote it.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = foldForSearch(match[0]);
    if (word.length > 0) tokens.push({ word, start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

// Arabic writes some conjunctions and prepositions joined to the next word: و (and), ف (then),
// ب (in, with), ل (for), ك (like), and the article ال. ل before ال drops its alef: للرئيس.
const JOINED_BEFORE_ARTICLE = /^[وف]?[بلك]?(?=ال)/;
const CONJUNCTION = /^[وف]/;
const PREPOSITION = /^[بلك]/;

/**
 * The word without the conjunctions and prepositions joined before its article (folded input):
 * والخميس → الخميس, بالدوحه → الدوحه, للرئيس → الرئيس. A word without the article is left
 * alone, since و, ف, ب, ل and ك also begin words of their own (وزير, بوتين, لبنان).
 */
export function stripJoinedParticles(word: string): string {
  if (word.startsWith('لل') && word.length > 3) return `ا${word.slice(1)}`;
  if (word.startsWith('ولل') && word.length > 4) return `ا${word.slice(2)}`;
  return word.replace(JOINED_BEFORE_ARTICLE, '');
}

/**
 * Every reading of an Arabic word (folded) with joined particles and the article taken off, the
 * word itself first: وبالدوحه → وبالدوحه, الدوحه, دوحه; والتقى → والتقى, التقى; لبوتين → لبوتين,
 * بوتين. For matching against lists of known words and names: a reading that is no known word
 * matches nothing, so the looser readings cost nothing but a lookup.
 */
export function arabicReadings(word: string): string[] {
  const readings = [word];
  const add = (reading: string) => {
    if (reading.length >= 2 && !readings.includes(reading)) readings.push(reading);
  };
  const article = stripJoinedParticles(word);
  add(article);
  if (article.startsWith('ال')) add(article.slice(2));
  let bare = word;
  if (CONJUNCTION.test(bare) && bare.length > 3) add((bare = bare.slice(1)));
  if (PREPOSITION.test(bare) && bare.length > 3) add(bare.slice(1));
  return readings;
}
