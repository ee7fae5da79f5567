import type { Language } from '../model/corpus-schema.ts';
import type { PeopleIndex } from './people.ts';
import { toArabic, toCyrillic, toLatin } from './transliterate.ts';
import type { ProposedPerson } from './types.ts';

/** A person's names in the three languages, full and short, and which of them are guesses. */
export interface PersonNames {
  full: Record<Language, string>;
  short: Record<Language, string>;
  /** Languages whose name was transliterated from the article's, for an editor to check. */
  guessed: Language[];
}

const SCRIPT: Record<Language, RegExp> = {
  ar: /\p{Script=Arabic}/u,
  en: /\p{Script=Latin}/u,
  ru: /\p{Script=Cyrillic}/u,
};

/**
 * The short name titles use: the shortest of the person's names and aliases in that language
 * that ends their full name (الشرع, al-Sharaa, Abu Qasra), else the last word (Putin).
 */
export function shortNameOf(full: string, aliases: readonly string[], lang: Language): string {
  const candidates = aliases.filter((alias) => SCRIPT[lang].test(alias) && full.endsWith(alias) && alias !== full);
  const shortest = candidates.sort((a, b) => a.length - b.length)[0];
  return shortest ?? full.split(/\s+/).at(-1) ?? full;
}

/** The names of a proposed person: the gazetteer's, or the text's with guesses for the others. */
export function namesOf(person: ProposedPerson, people: PeopleIndex, articleLanguage: Language): PersonNames {
  const known = person.id ? people.byId.get(person.id) : undefined;
  if (known) {
    const short = (lang: Language) => shortNameOf(known.name[lang], known.aliases ?? [], lang);
    return { full: known.name, short: { ar: short('ar'), en: short('en'), ru: short('ru') }, guessed: [] };
  }
  const written = person.name;
  const full: Record<Language, string> = {
    ar: articleLanguage === 'ar' ? written : toArabic(written),
    en: articleLanguage === 'en' ? written : toLatin(written),
    ru: articleLanguage === 'ru' ? written : toCyrillic(written),
  };
  const guessed = (['ar', 'en', 'ru'] as const).filter((lang) => lang !== articleLanguage);
  return { full, short: full, guessed };
}
