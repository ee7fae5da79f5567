import { randomInt, randomLcg } from 'd3-random';
import { fromDayNumber, spanOf, toDayNumber } from '../model/calendar-date.ts';
import type { Corpus, CorpusEvent, EventType, Localized, Participant, Role } from '../model/corpus-schema.ts';
import { countryName, OUTLETS, outletName, personName, topic } from './synthetic-names.ts';

/**
 * Synthetic events for the benchmark, deterministic for N so that other tools can be fed the
 * same data. The distribution is the benchmark's contract:
 * - start uniform over 2020-01-01 .. 2026-12-31; 20% month precision (spanning the month);
 * - type uniform among call, meeting, statement;
 * - 1-3 distinct people from a pool of 200, 1-2 distinct countries from a pool of 60, the
 *   first country being the event's primary lane.
 * The texts (titles, summaries, quotes) are not part of the contract; they read like news and are
 * about as long as a real corpus's short titles, so that parsing and search costs are honest.
 */
export const PEOPLE_POOL = 200;
export const COUNTRY_POOL = 60;
export const FIRST_DAY = '2020-01-01';
export const LAST_DAY = '2026-12-31';
const TYPES: EventType[] = ['call', 'meeting', 'statement'];

/**
 * A word that only the summaries of even-indexed events (event-0, event-2, …) contain, so that
 * searching for it hides every odd one: the benchmark's "filter half" goes through the search box.
 */
export const EVEN_EVENT_WORD = 'readout';

// The roles of the first person named and of the others, by type.
const ROLES: Record<EventType, [Role, Role]> = {
  call: ['caller', 'recipient'],
  meeting: ['host', 'guest'],
  statement: ['speaker', 'subject'],
  milestone: ['subject', 'subject'],
};

// Headline-short texts, about as long as a real corpus's titles; the type word comes first.
const TITLES: Record<EventType, Localized> = {
  call: { ar: 'اتصال هاتفي', en: 'Phone call', ru: 'Звонок' },
  meeting: { ar: 'محادثات', en: 'Talks', ru: 'Переговоры' },
  statement: { ar: 'تصريح', en: 'Statement', ru: 'Заявление' },
  milestone: { ar: 'حدث', en: 'Milestone', ru: 'Событие' },
};

// Where the summary says the news comes from: the official readout for even events, else sources.
const TAILS: [even: Localized, odd: Localized] = [
  { ar: 'وفق البيان الرسمي', en: `per the official ${EVEN_EVENT_WORD}`, ru: 'официальное сообщение' },
  { ar: 'وفق مصادر مطلعة', en: 'per unnamed sources', ru: 'неофициальные источники' },
];

// One article per outlet; the quotes point into them.
const ARTICLE_LANGUAGES = ['en', 'en', 'en', 'ar', 'en', 'ru'] as const;
const articleId = (k: number) => `synthetic-article-${k + 1}`;

/** Country codes AA, AB, … : valid ISO-shaped codes that no real corpus uses together. */
export function syntheticCountryCode(k: number): string {
  return String.fromCharCode(65 + Math.floor(k / 26), 65 + (k % 26));
}

/** `n` synthetic events and the people, countries and articles they refer to, as a valid corpus. */
export function generateSyntheticCorpus(n: number, seed = 20250212): Corpus {
  const random = randomLcg(seed);
  const day = randomInt.source(random)(toDayNumber(FIRST_DAY), toDayNumber(LAST_DAY) + 1);
  const type = randomInt.source(random)(0, TYPES.length);
  const personOf = randomInt.source(random)(0, PEOPLE_POOL);
  const countryOf = randomInt.source(random)(0, COUNTRY_POOL);
  const peopleCount = randomInt.source(random)(1, 4);
  const countryCount = randomInt.source(random)(1, 3);

  const people = Array.from({ length: PEOPLE_POOL }, (_, k) => ({
    id: `person-${k}`,
    name: personName(k),
    country: syntheticCountryCode(k % COUNTRY_POOL),
    roles: [],
  }));
  const countries = Array.from({ length: COUNTRY_POOL }, (_, k) => ({
    code: syntheticCountryCode(k),
    name: countryName(k),
  }));
  // Formatting a date is the costly part of an event: each day and month is formatted once.
  const dates = new DateCache();

  const events: CorpusEvent[] = [];
  for (let i = 0; i < n; i++) {
    const start = day();
    const monthly = random() < 0.2;
    const who = distinct(peopleCount(), personOf);
    const where = distinct(countryCount(), countryOf);
    const kind = TYPES[type()]!;
    const codes = where.map((k) => countries[k]!.code);
    const about = topic((i * 7 + 3) % 10);
    const [firstRole, otherRole] = ROLES[kind];
    const participants: Participant[] = who.map((k, p) => ({
      person: people[k]!.id,
      country: codes[0]!,
      role: p === 0 ? firstRole : otherRole,
    }));
    for (const code of codes) participants.push({ country: code, role: 'participant' });
    const outlet = i % OUTLETS.length;
    const quote = quoteOf(ARTICLE_LANGUAGES[outlet]!, people[who[0]!]!.name, about);
    const offset = 40 + ((i * 37) % 900);
    events.push({
      id: `event-${i}`,
      type: kind,
      date: monthly ? dates.month(start) : dates.day(start),
      people: who.map((k) => people[k]!.id),
      countries: codes,
      participants,
      title: titleOf(TITLES[kind], people[who[0]!]!.name),
      summary: summaryOf(about, TAILS[i % 2]!),
      sources: [
        { article: articleId(outlet), quote, start: offset, end: offset + quote.length, attribution: outletName(outlet) },
      ],
    });
  }

  return {
    schemaVersion: 1,
    articles: OUTLETS.map((_, k) => ({
      id: articleId(k),
      title: `Synthetic wire report ${k + 1}`,
      outlet: { name: outletName(k) },
      language: ARTICLE_LANGUAGES[k]!,
      published: { date: LAST_DAY, basis: 'stated' as const, note: 'Generated for the benchmark.' },
    })),
    people,
    countries,
    events,
  };
}

/** `count` distinct values drawn from `draw`, in the order drawn. */
function distinct(count: number, draw: () => number): number[] {
  const values: number[] = [];
  while (values.length < count) {
    const value = draw();
    if (!values.includes(value)) values.push(value);
  }
  return values;
}

function titleOf(what: Localized, who: Localized): Localized {
  return { ar: flat(what.ar, ': ', who.ar), en: flat(what.en, ': ', who.en), ru: flat(what.ru, ': ', who.ru) };
}

function summaryOf(about: Localized, tail: Localized): Localized {
  return {
    ar: flat('بشأن ', about.ar, '، ', tail.ar, '.'),
    en: flat('On ', about.en, ', ', tail.en, '.'),
    ru: flat('Тема: ', about.ru, '; ', tail.ru, '.'),
  };
}

/**
 * A text as JSON.parse gives it: one string of its own characters. V8 keeps a string made with
 * `+` or a template as its parts until something reads it whole; the page's first send of each
 * text to the search worker then copied it out in place, 14 MB more heap at 100,000 events, made
 * while the reader zoomed, that no loaded corpus costs. `join` writes the characters out at once.
 */
function flat(...parts: string[]): string {
  return parts.join('');
}

function quoteOf(lang: keyof Localized, who: Localized, about: Localized): string {
  if (lang === 'ar') return flat('بحث ', who.ar, ' ', about.ar);
  if (lang === 'ru') return flat(who.ru, ': ', about.ru);
  return flat(who.en, ' discussed ', about.en);
}

/** Event dates by day number, each formatted once: 2,557 days and 84 months instead of N dates. */
class DateCache {
  private readonly days = new Map<number, string>();
  private readonly months = new Map<string, { start: string; end: string }>();

  private text(dayNumber: number): string {
    let text = this.days.get(dayNumber);
    if (text === undefined) this.days.set(dayNumber, (text = fromDayNumber(dayNumber)));
    return text;
  }

  day(dayNumber: number): CorpusEvent['date'] {
    const text = this.text(dayNumber);
    return { start: text, end: text, precision: 'day', rule: 'explicit' };
  }

  month(dayNumber: number): CorpusEvent['date'] {
    const key = this.text(dayNumber).slice(0, 7);
    let span = this.months.get(key);
    if (!span) this.months.set(key, (span = spanOf(`${key}-01`, 'month')));
    return { start: span.start, end: span.end, precision: 'month', rule: 'explicit' };
  }
}
