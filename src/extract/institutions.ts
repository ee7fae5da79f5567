import type { Language } from '../model/corpus-schema.ts';
import type { Token } from '../model/text-normalize.ts';
import type { CountryMention } from './countries.ts';
import { PhraseIndex } from './phrase-index.ts';

/**
 * The bodies that speak for a country: a ministry, a presidency, a government. Named with the
 * country beside them (وزارة الخارجية الإماراتية, the Russian Foreign Ministry, МИД России); a
 * seat of power or a capital (الكرملين, the Kremlin, Москва) speaks for its country alone.
 */
const WORDS: Record<Language, string[]> = {
  ar: [
    'وزارة الخارجية',
    'الخارجية',
    'وزارة الدفاع',
    'الرئاسة',
    'رئاسة الجمهورية',
    'الحكومة',
    'دائرة الاتصال في الرئاسة',
    'الديوان الملكي',
    'الديوان الأميري',
    'مجلس الوزراء',
    'السفارة',
  ],
  en: [
    'foreign ministry',
    'ministry of foreign affairs',
    'foreign office',
    'presidency',
    'government',
    'defence ministry',
    'defense ministry',
    'embassy',
  ],
  ru: [
    'МИД',
    'министерство иностранных дел',
    'правительство',
    'администрация президента',
    'Минобороны',
    'министерство обороны',
    'посольство',
  ],
};

const INDEXES = new Map<Language, PhraseIndex<true>>();
for (const lang of ['ar', 'en', 'ru'] as const) {
  const index = new PhraseIndex<true>();
  for (const phrase of WORDS[lang]) index.add(phrase, true, lang === 'ru' ? 'stem' : 'exact');
  INDEXES.set(lang, index);
}

/** An institution or seat of power in a sentence, and the country it speaks for. */
export interface InstitutionMention {
  from: number;
  to: number;
  country: string;
}

/** Institutions in `tokens[from..to)`, with their country where the text gives it beside them. */
export function findInstitutions(
  tokens: readonly Token[],
  countries: readonly CountryMention[],
  language: Language,
  from = 0,
  to = tokens.length,
  readings?: (word: string) => string[],
): InstitutionMention[] {
  const found: InstitutionMention[] = [];
  for (const { at, match } of INDEXES.get(language)!.findAll(tokens, from, to, readings)) {
    const end = at + match.length;
    // Arabic and Russian put the country after (الخارجية الروسية, МИД России, МИД РФ);
    // English before (the Russian Foreign Ministry, Jordan's foreign ministry) or "of Russia".
    const after = countries.find(
      (c) => c.from >= end && c.from <= end + (language === 'en' ? 1 : 0) && c.kind !== 'place',
    );
    const before = countries.filter((c) => c.to <= at && c.to >= at - 1 && c.kind !== 'place').at(-1);
    const country = language === 'en' ? (before ?? (tokens[end]?.word === 'of' ? after : undefined)) : after;
    if (country) found.push({ from: Math.min(at, country.from), to: Math.max(end, country.to), country: country.code });
  }
  // The Kremlin, the White House, the Élysée, and capitals: each speaks for its country.
  for (const country of countries)
    if (
      (country.kind === 'capital' || country.kind === 'seat') &&
      !found.some((f) => f.from <= country.from && country.from < f.to)
    )
      found.push({ from: country.from, to: country.to, country: country.code });
  return found.sort((a, b) => a.from - b.from);
}
