import { arabicReadings, wordsOf, type Token } from '../model/text-normalize.ts';

/** How a phrase's words meet the text's: as written, or as Russian stems that take case endings. */
export type PhraseMode = 'exact' | 'stem';

interface Entry<T> {
  words: string[];
  mode: PhraseMode;
  value: T;
}

/** A phrase found at a position of the text: what it stands for and how many words it covers. */
export interface PhraseMatch<T> {
  value: T;
  length: number;
  /** The first word was read with a joined "and" taken off (ونظيره → نظيره). */
  joinedAnd: boolean;
  /** Letters of the phrase as indexed: of two the same length in words, the longer is the more exact. */
  chars: number;
}

// A Russian ending is at most three letters (-ому, -ыми); a stem shorter than this is no stem.
const MAX_ENDING = 3;
const STEM_KEY = 3;

// Shorter stems fit too many words: "мал" (Мали) fits малый.
const MIN_STEM = 4;

/** The stem of a Russian word (folded): its last vowel or soft or short sign off. */
export function russianStem(word: string): string {
  const stem = word.replace(/[аяеёоуюиыьй]$/u, '');
  return stem.length >= MIN_STEM ? stem : word;
}

function stemFits(word: string, stem: string): boolean {
  return word.startsWith(stem) && word.length - stem.length <= MAX_ENDING;
}

/**
 * Phrases (names, titles, trigger words) looked up word by word in folded text. A phrase is
 * keyed by its first word; a text word is looked up under each of its Arabic readings (joined
 * particles and article off), so "والتقى" finds "التقى" and "لبوتين" finds "بوتين", and under
 * its first letters for Russian stems, so "Лавровым" finds "Лавров".
 */
export class PhraseIndex<T> {
  private readonly exact = new Map<string, Entry<T>[]>();
  private readonly stems = new Map<string, Entry<T>[]>();

  /** Adds a phrase, given as text (folded and split here) or as words already folded. */
  add(phrase: string | string[], value: T, mode: PhraseMode = 'exact'): void {
    const words = typeof phrase === 'string' ? wordsOf(phrase) : phrase;
    if (words.length === 0) return;
    const entryWords = mode === 'stem' ? words.map(russianStem) : words;
    const first = entryWords[0]!;
    const useStem = mode === 'stem' && first.length >= STEM_KEY;
    const map = useStem ? this.stems : this.exact;
    const key = useStem ? first.slice(0, STEM_KEY) : first;
    const list = map.get(key) ?? [];
    if (!list.some((e) => e.value === value && e.words.join(' ') === entryWords.join(' '))) {
      list.push({ words: entryWords, mode: useStem ? 'stem' : 'exact', value });
      map.set(key, list);
    }
  }

  /** Every phrase that starts at `tokens[at]`, longest first. */
  matchAt(
    tokens: readonly Token[],
    at: number,
    readings: (word: string) => string[] = arabicReadings,
  ): PhraseMatch<T>[] {
    const first = tokens[at]?.word;
    if (first === undefined) return [];
    const found: PhraseMatch<T>[] = [];
    const seen = new Set<Entry<T>>();
    const tryEntries = (entries: Entry<T>[] | undefined, firstWord: string) => {
      for (const entry of entries ?? []) {
        if (seen.has(entry) || !this.fits(entry, tokens, at, firstWord)) continue;
        seen.add(entry);
        found.push({
          value: entry.value,
          length: entry.words.length,
          joinedAnd: firstWord !== first && /^[وف]/.test(first),
          chars: entry.words.join(' ').length,
        });
      }
    };
    for (const reading of readings(first)) tryEntries(this.exact.get(reading), reading);
    if (first.length >= STEM_KEY) tryEntries(this.stems.get(first.slice(0, STEM_KEY)), first);
    // Нигерия fits both Нигер(а) and Нигери(я): the longer stem is the country meant.
    return found.sort((a, b) => b.length - a.length || b.chars - a.chars);
  }

  /** The longest phrase at each position, left to right, never two overlapping. */
  findAll(
    tokens: readonly Token[],
    from = 0,
    to = tokens.length,
    readings: (word: string) => string[] = arabicReadings,
  ): { at: number; match: PhraseMatch<T> }[] {
    const found: { at: number; match: PhraseMatch<T> }[] = [];
    for (let at = from; at < to; at++) {
      const match = this.matchAt(tokens, at, readings).find((m) => at + m.length <= to);
      if (!match) continue;
      found.push({ at, match });
      at += match.length - 1;
    }
    return found;
  }

  private fits(entry: Entry<T>, tokens: readonly Token[], at: number, firstWord: string): boolean {
    if (at + entry.words.length > tokens.length) return false;
    return entry.words.every((word, k) => {
      const text = k === 0 ? firstWord : tokens[at + k]!.word;
      return entry.mode === 'stem' ? stemFits(text, word) : text === word;
    });
  }
}
