import type { Language } from '../model/corpus-schema.ts';
import { wordsOf, type Token } from '../model/text-normalize.ts';
import { CAPITAL_WORDS } from './lexicon/capitals.ts';
import { COUNTRY_WORDS } from './lexicon/country-words.ts';
import { PhraseIndex, type PhraseMode } from './phrase-index.ts';
import type { Gazetteer, GazetteerPlace } from './types.ts';

/** How a text names a country: by name, adjective, capital, seat of power, or a gazetteer place. */
export type CountryWordKind = 'name' | 'adjective' | 'capital' | 'seat' | 'place';

export interface CountryWord {
  code: string;
  kind: CountryWordKind;
  /** The gazetteer place named, for kind 'place'. */
  placeId?: string;
  /** A capital's names in the three languages, for kind 'capital': a place the gazetteer may lack. */
  capital?: { ar: string | undefined; en: string; ru: string | undefined };
  /** Written in capitals in the text (US, UK, UAE): lower case is another word ("us"). */
  upper?: true;
}

/** A country named in a sentence: token positions (end exclusive). */
export interface CountryMention extends CountryWord {
  from: number;
  to: number;
}

// Arabic adjective endings after the nisba: feminine (ة, folded ه), the duals and plurals.
const ARABIC_ADJECTIVE_ENDINGS = ['', 'ه', 'ين', 'ون', 'ان', 'تان', 'تين'];
// Country names that are also common words: مالي (financial), بنين (sons), Того (of that).
const SKIPPED_NAMES: Partial<Record<Language, ReadonlySet<string>>> = {
  ar: new Set(['مالي', 'بنين']),
  ru: new Set(['того']),
};
// Which kind wins when two name the same words: a place carries its id, a name is plainest.
const KIND_ORDER: CountryWordKind[] = ['place', 'name', 'capital', 'seat', 'adjective'];

const CYRILLIC = /\p{Script=Cyrillic}/u;
const modeOf = (phrase: string): PhraseMode => (CYRILLIC.test(phrase) ? 'stem' : 'exact');

/** Every way the three languages name every country, and the gazetteer's places. */
export class CountryLexicon {
  private readonly index = new PhraseIndex<CountryWord>();
  private readonly names = new Map<Language, Intl.DisplayNames>();
  /** The gazetteer's places by id. */
  readonly places: ReadonlyMap<string, GazetteerPlace>;
  /** The codes of the gazetteer's countries. */
  readonly known: ReadonlySet<string>;

  constructor(gazetteer: Pick<Gazetteer, 'countries' | 'places'>) {
    this.places = new Map(gazetteer.places.map((place) => [place.id, place]));
    this.known = new Set(gazetteer.countries.map((country) => country.code));
    const add = (phrase: string, word: CountryWord) => {
      const upper = /^[A-Z.]{2,5}$/.test(phrase) ? { upper: true as const } : {};
      this.index.add(phrase, { ...word, ...upper }, modeOf(phrase));
    };
    for (const lang of ['ar', 'en', 'ru'] as const)
      this.names.set(lang, new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' }));
    for (const entry of COUNTRY_WORDS) {
      const name = (kind: CountryWordKind) => ({ code: entry.code, kind });
      for (const lang of ['ar', 'en', 'ru'] as const) {
        const intlName = this.names.get(lang)?.of(entry.code);
        // Names Intl writes with a qualifier ("Congo - Kinshasa") are not how news writes them.
        if (intlName && !intlName.includes(' - ') && !SKIPPED_NAMES[lang]?.has(wordsOf(intlName).join(' ')))
          add(intlName, name('name'));
      }
      if (entry.genitiveRu && !SKIPPED_NAMES.ru?.has(wordsOf(entry.genitiveRu).join(' ')))
        add(entry.genitiveRu, name('name'));
      for (const other of entry.otherNames) add(other, name('name'));
      for (const adjective of entry.adjectives.ar)
        for (const form of arabicAdjectiveForms(adjective)) this.index.add(form, name('adjective'));
      for (const adjective of entry.adjectives.en) {
        add(adjective, name('adjective'));
        if (!adjective.endsWith('s') && !adjective.endsWith('ese')) add(`${adjective}s`, name('adjective'));
      }
      for (const stem of entry.adjectives.ru) this.index.add(stem, name('adjective'), 'stem');
    }
    for (const country of gazetteer.countries)
      for (const phrase of Object.values(country.name)) add(phrase, { code: country.code, kind: 'name' });
    for (const capital of CAPITAL_WORDS) {
      const names = { ar: capital.ar[0], en: capital.en[0]!, ru: capital.ru[0] };
      for (const phrase of [...capital.ar, ...capital.en, ...capital.ru])
        add(phrase, { code: capital.code, kind: 'capital', capital: names });
      for (const phrase of capital.seats) add(phrase, { code: capital.code, kind: 'seat' });
    }
    for (const place of gazetteer.places)
      for (const phrase of Object.values(place.name))
        add(phrase, { code: place.country, kind: 'place', placeId: place.id });
  }

  /** The countries named in `tokens[from..to)` of `text`, longest phrase first, none overlapping. */
  find(
    text: string,
    tokens: readonly Token[],
    from = 0,
    to = tokens.length,
    readings?: (word: string) => string[],
  ): CountryMention[] {
    const found: CountryMention[] = [];
    for (let at = from; at < to; at++) {
      const matches = this.index
        .matchAt(tokens, at, readings)
        .filter((m) => at + m.length <= to && (!m.value.upper || isUpper(text, tokens, at, m.length)));
      if (matches.length === 0) continue;
      const longest = matches[0]!.length;
      const best = matches
        .filter((m) => m.length === longest)
        .sort((a, b) => KIND_ORDER.indexOf(a.value.kind) - KIND_ORDER.indexOf(b.value.kind) || b.chars - a.chars)[0]!;
      found.push({ ...best.value, from: at, to: at + longest });
      at += longest - 1;
    }
    return found;
  }

  /** The country's name in `lang` (Intl's), for titles and summaries. */
  nameOf(code: string, lang: Language): string {
    return this.names.get(lang)?.of(code) ?? code;
  }
}

function isUpper(text: string, tokens: readonly Token[], at: number, length: number): boolean {
  const raw = text.slice(tokens[at]!.start, tokens[at + length - 1]!.end);
  return raw === raw.toUpperCase();
}

/** المصري, المصرية, المصريين… for the nisba "مصري"; each word of a two-word adjective alike. */
export function arabicAdjectiveForms(adjective: string): string[] {
  const words = wordsOf(adjective);
  return ARABIC_ADJECTIVE_ENDINGS.flatMap((ending) => {
    const bare = words.map((word) => word + ending).join(' ');
    const definite = words.map((word) => `ال${word}${ending}`).join(' ');
    // "جنوب أفريقي": only the adjective's own word takes the article.
    const headless =
      words.length > 1
        ? [
            words[0] +
              ' ' +
              words
                .slice(1)
                .map((w) => `ال${w}${ending}`)
                .join(' '),
          ]
        : [];
    return [bare, definite, ...headless];
  });
}

/** Data for titles: a country's adjective and Russian genitive, from the table. */
export function countryWordsOf(code: string) {
  return COUNTRY_WORDS.find((entry) => entry.code === code);
}
