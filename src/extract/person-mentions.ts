import type { Language } from '../model/corpus-schema.ts';
import { stripJoinedParticles, wordsOf, type Token } from '../model/text-normalize.ts';
import type { CountryMention } from './countries.ts';
import { findOffices, officeNeedsCountry, type Office, type OfficeMention } from './offices.ts';
import { findNames, type NameMatch, type PeopleIndex } from './people.ts';
import { readingsFor, type RuleSwitches } from './rules.ts';

/**
 * A person named in a sentence: by a gazetteer name, by an office and country (resolved once the
 * event's date is known), by a name the gazetteer lacks, or by "the minister" pointing back.
 */
export interface PersonMention {
  /** Token positions of the whole mention, title and name (end exclusive). */
  from: number;
  to: number;
  /** The name as written (the title, for someone named only by it). */
  name: string;
  via: 'name' | 'title' | 'unknown' | 'pointer' | 'counterpart';
  /** The gazetteer person, for `via: name`. */
  personId?: string;
  office?: Office;
  country: string | null;
  /** Written with a joined "and" (ونظيره التركي): the second of two joined people. */
  joinedAnd?: boolean;
}

// Words that end an Arabic name the gazetteer lacks: particles, prepositions, relatives, and
// the words that qualify an office (السابق "former").
const ARABIC_STOP = new Set(
  wordsOf(
    'في إلى على عن من مع خلال بعد قبل حول منذ عند لدى بين ضد نحو الذي التي الذين اللذين أن إن قد لقد كما وهو وهي هو هي السابق الأسبق الجديد الحالي المكلف بالوكالة اليوم أمس كلا حيث بشأن لبحث لمناقشة يوم',
  ),
);
const QUALIFIERS = new Set(
  wordsOf('الجديد الجديدة الانتقالي الانتقالية المؤقت المؤقتة الحالي الحالية interim acting new'),
);
const LATIN_CONNECTORS = new Set([
  'bin',
  'bint',
  'ibn',
  'al',
  'el',
  'abu',
  'abd',
  'de',
  'da',
  'van',
  'von',
  'der',
  'la',
  'le',
  'du',
]);
const ROMAN = /^(?:I{1,3}|IV|V|VI{0,3})$/;

export interface SentenceContext {
  text: string;
  tokens: readonly Token[];
  from: number;
  to: number;
  language: Language;
  countries: readonly CountryMention[];
  /** People named in full anywhere in the article: their surnames alone then name them. */
  namedInArticle: ReadonlySet<string>;
  /** True where a trigger word starts: a name the gazetteer lacks stops there. */
  isTriggerAt: (at: number) => boolean;
  switches: RuleSwitches;
}

/** Finds the people a sentence names, in order. */
export function findPersonMentions(people: PeopleIndex, context: SentenceContext): PersonMention[] {
  const { text, tokens, from, to, countries } = context;
  const raw = (a: number, b: number) => text.slice(tokens[a]!.start, tokens[b - 1]!.end);
  const { off } = context.switches;
  const readings = readingsFor(context.switches);
  const offices = findOffices(tokens, from, to, readings);
  const names = findNames(people, tokens, from, to, readings).filter(
    (m) =>
      m.strength === 'name' ||
      (!off.has('surnames') && (context.namedInArticle.has(m.personId) || offices.some((o) => o.to === m.from))),
  );
  const nameAt = (at: number) => names.find((n) => n.from === at);
  const used = new Set<NameMatch>();
  const mentions: PersonMention[] = [];

  for (const office of offices) {
    if (office.office === 'honorific') continue;
    // "رئيس الوزراء وزير الخارجية القطري الشيخ محمد": two offices of one person; the second,
    // with its country and name, speaks for both.
    if (offices.some((o) => o.from === office.to && o.office !== 'honorific' && o.office !== 'counterpart')) continue;
    const country = attachedCountry(office, context);
    if (officeNeedsCountry(office.office) && !country) continue;
    let after = Math.max(office.to, country && country.from >= office.to ? country.to : office.to);
    // "في الإدارة السورية الجديدة أسعد الشيباني": words that qualify the office come before the name.
    while (after < to && QUALIFIERS.has(stripJoinedParticles(tokens[after]!.word))) after++;
    // "أمير قطر الشيخ تميم", "Saudi Foreign Minister Prince Faisal": an honorific before the name.
    const honorific = offices.find((o) => o.office === 'honorific' && o.from === after);
    if (honorific) after = honorific.to;
    const named = nameAt(after);
    if (named) {
      used.add(named);
      mentions.push({
        from: Math.min(office.from, country?.from ?? office.from),
        to: named.to,
        name: raw(named.from, named.to),
        via: 'name',
        personId: named.personId,
        office: office.office,
        country: people.countryOf(named.personId),
        joinedAnd: office.joinedAnd,
      });
      continue;
    }
    if (overlapsName(names, office)) continue;
    const unknown = off.has('unknown-people') ? null : captureName(context, after, names, offices);
    const start = Math.min(office.from, country?.from ?? office.from);
    if (unknown) {
      mentions.push({
        from: start,
        to: unknown.to,
        name: raw(unknown.from, unknown.to),
        via: 'unknown',
        office: office.office,
        country: country?.code ?? null,
        joinedAnd: office.joinedAnd,
      });
      continue;
    }
    const via = office.office === 'counterpart' ? 'counterpart' : office.office === 'minister' ? 'pointer' : 'title';
    mentions.push({
      from: start,
      to: Math.max(office.to, country?.to ?? office.to),
      name: raw(start, Math.max(office.to, country?.to ?? office.to)),
      via,
      office: office.office,
      country: country?.code ?? null,
      joinedAnd: office.joinedAnd,
    });
  }

  for (const name of names) {
    if (used.has(name) || mentions.some((m) => m.from <= name.from && name.from < m.to)) continue;
    mentions.push({
      from: name.from,
      to: name.to,
      name: raw(name.from, name.to),
      via: 'name',
      personId: name.personId,
      country: people.countryOf(name.personId),
      joinedAnd: name.joinedAnd,
    });
  }

  // "نظيريه الإيراني عباس عراقجي والعماني بدر البوسعيدي": a second name after a joined adjective.
  if (context.language === 'ar') {
    for (const country of countries) {
      if (country.kind !== 'adjective' || !tokens[country.from]!.word.startsWith('و')) continue;
      if (mentions.some((m) => m.from <= country.from && country.from < m.to)) continue;
      const previous = mentions.filter((m) => m.to <= country.from && m.office).at(-1);
      if (!previous) continue;
      const named = nameAt(country.to);
      const unknown = named || off.has('unknown-people') ? null : captureName(context, country.to, names, offices);
      if (!named && !unknown) continue;
      if (named) used.add(named);
      const end = named?.to ?? unknown!.to;
      const mention: PersonMention = named
        ? {
            from: country.from,
            to: end,
            name: raw(named.from, named.to),
            via: 'name',
            personId: named.personId,
            country: people.countryOf(named.personId),
          }
        : { from: country.from, to: end, name: raw(unknown!.from, unknown!.to), via: 'unknown', country: country.code };
      if (previous.office) mention.office = previous.office;
      mention.joinedAnd = true;
      // A name found here may have been taken as a plain name above: keep one.
      const plain = mentions.findIndex(
        (m) => m.personId !== undefined && m.personId === mention.personId && m.from >= country.from,
      );
      if (plain >= 0) mentions.splice(plain, 1);
      mentions.push(mention);
    }
  }
  return mentions.sort((a, b) => a.from - b.from);
}

function overlapsName(names: readonly NameMatch[], office: OfficeMention): boolean {
  return names.some((n) => n.from < office.to && office.from < n.to);
}

/**
 * The country an office belongs to: in Arabic the adjective or name after it (وزير الخارجية
 * الروسي, أمير قطر, وزير الخارجية في الإدارة السورية); in Russian the genitive after it (министр
 * иностранных дел России) or an adjective before; in English the adjective or possessive before
 * it (Russian Foreign Minister, Iran's foreign minister) or "of Russia" after.
 */
function attachedCountry(office: OfficeMention, context: SentenceContext): CountryMention | undefined {
  const { countries, tokens } = context;
  const word = (at: number) => tokens[at]?.word ?? '';
  const after = countries.find((c) => c.from >= office.to && c.from <= office.to + 3 && c.kind !== 'place');
  const before = countries.filter((c) => c.to <= office.from && c.to >= office.from - 3 && c.kind !== 'place').at(-1);
  if (context.language === 'ar') {
    if (!after) return undefined;
    // Only words of an office's own phrase may stand between: في الإدارة, في الحكومة.
    const gap = tokens.slice(office.to, after.from).map((t) => stripJoinedParticles(t.word));
    return gap.every((w) => ['في', 'الاداره', 'الحكومه', 'حكومه', 'دوله'].includes(w)) ? after : undefined;
  }
  if (context.language === 'ru') {
    if (after && after.from === office.to) return after;
    if (before && before.to === office.from && before.kind === 'adjective') return before;
    return undefined;
  }
  if (after && after.from === office.to + 1 && word(office.to) === 'of') return after;
  if (!before) return undefined;
  const gap = tokens.slice(before.to, office.from).map((t) => t.word);
  return gap.every((w) => ['s', 'interim', 'new', 'former', 'acting', 'top', 'then'].includes(w)) ? before : undefined;
}

/**
 * A name the gazetteer lacks, right after an office: Arabic words up to a particle, a comma or
 * a known word (two to four of them); capitalised words in English and Russian.
 */
function captureName(
  context: SentenceContext,
  at: number,
  names: readonly NameMatch[],
  offices: readonly OfficeMention[],
): { from: number; to: number } | null {
  const { text, tokens, to, language } = context;
  const taken = (k: number) =>
    names.some((n) => n.from <= k && k < n.to) ||
    offices.some((o) => o.from <= k && k < o.to) ||
    context.countries.some((c) => c.from <= k && k < c.to) ||
    context.isTriggerAt(k);
  const glued = (k: number) => /^[\s\u200f\u200e]*$/u.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start));
  let end = at;
  const max = 4;
  while (end < to && end - at < max) {
    if (end > at && !glued(end)) break;
    if (taken(end)) break;
    const token = tokens[end]!;
    const written = text.slice(token.start, token.end);
    if (/\d/.test(written)) break;
    if (language === 'ar') {
      if (
        !/\p{Script=Arabic}/u.test(written) ||
        ARABIC_STOP.has(stripJoinedParticles(token.word)) ||
        ARABIC_STOP.has(token.word)
      )
        break;
    } else {
      const capital = /^\p{Lu}/u.test(written) || ROMAN.test(written);
      const connector =
        LATIN_CONNECTORS.has(token.word) &&
        end + 1 < to &&
        /^\p{Lu}/u.test(text.slice(tokens[end + 1]!.start, tokens[end + 1]!.end));
      if (!capital && !connector) break;
    }
    end++;
  }
  const length = end - at;
  if (language === 'ar' ? length < 2 : length < 1) return null;
  return { from: at, to: end };
}
