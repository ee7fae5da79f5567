import { randomInt, randomLcg } from 'd3-random';
import { fromDayNumber, spanOf, toDayNumber } from '../model/calendar-date.ts';
import type { Corpus, CorpusEvent, EventType, Localized, Participant, Role } from '../model/corpus-schema.ts';
import type { CorpusFilesInput } from '../model/corpus-files.ts';
import { EVENT_TYPES } from '../model/corpus-vocabulary.ts';
import { columnIndex } from '../model/event-index.ts';
import { eventIdsOf } from '../model/index-events.ts';
import { EVEN_EVENT_WORD } from './bench-api.ts';
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

export { EVEN_EVENT_WORD } from './bench-api.ts';

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

/**
 * `n` synthetic events as columns of what was drawn for each (its day, precision, people,
 * countries and type, in the order of generation), with their tables; `eventOf(i)` makes event i
 * whole. A million events take a few megabytes this way, and the files of a corpus are written
 * one shard at a time from them (syntheticFilesInput).
 */
export function drawSyntheticCorpus(n: number, seed = 20250212) {
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
  const articles = OUTLETS.map((_, k) => ({
    id: articleId(k),
    title: `Synthetic wire report ${k + 1}`,
    outlet: { name: outletName(k) },
    language: ARTICLE_LANGUAGES[k]!,
    published: { date: LAST_DAY, basis: 'stated' as const, note: 'Generated for the benchmark.' },
  }));

  // What is drawn for event i: its day, whether it is known to the month only, its type, and up
  // to three people and two countries (by their number in the pools, -1 past the last).
  const start = new Int32Array(n);
  const monthly = new Uint8Array(n);
  const kind = new Uint8Array(n);
  const who = new Int16Array(3 * n).fill(-1);
  const where = new Int16Array(2 * n).fill(-1);
  for (let i = 0; i < n; i++) {
    start[i] = day();
    monthly[i] = random() < 0.2 ? 1 : 0;
    who.set(distinct(peopleCount(), personOf), 3 * i);
    where.set(distinct(countryCount(), countryOf), 2 * i);
    kind[i] = type();
  }
  const listOf = (column: Int16Array, width: number, i: number) => {
    const values: number[] = [];
    for (let k = width * i; k < width * (i + 1) && column[k]! >= 0; k++) values.push(column[k]!);
    return values;
  };
  // Formatting a date is the costly part of an event: each day and month is formatted once.
  const dates = new DateCache();

  const eventOf = (i: number): CorpusEvent => {
    const whom = listOf(who, 3, i);
    const codes = listOf(where, 2, i).map((k) => countries[k]!.code);
    const eventKind = TYPES[kind[i]!]!;
    const about = topic((i * 7 + 3) % 10);
    const [firstRole, otherRole] = ROLES[eventKind];
    const participants: Participant[] = whom.map((k, p) => ({
      person: people[k]!.id,
      country: codes[0]!,
      role: p === 0 ? firstRole : otherRole,
    }));
    for (const code of codes) participants.push({ country: code, role: 'participant' });
    const outlet = i % OUTLETS.length;
    const first = people[whom[0]!]!.name;
    const quote = quoteOf(ARTICLE_LANGUAGES[outlet]!, first, about);
    const offset = 40 + ((i * 37) % 900);
    return {
      id: `event-${i}`,
      type: eventKind,
      date: monthly[i] ? dates.month(start[i]!) : dates.day(start[i]!),
      people: whom.map((k) => people[k]!.id),
      countries: codes,
      participants,
      title: titleOf(TITLES[eventKind], first),
      summary: summaryOf(about, TAILS[i % 2]!),
      sources: [
        { article: articleId(outlet), quote, start: offset, end: offset + quote.length, attribution: outletName(outlet) },
      ],
    };
  };

  return {
    tables: { schemaVersion: 1 as const, articles, people, countries },
    count: n,
    eventOf,
    /** Event i's first and last day, as day numbers. */
    days(i: number): [number, number] {
      if (!monthly[i]) return [start[i]!, start[i]!];
      const span = dates.month(start[i]!);
      return [toDayNumber(span.start), toDayNumber(span.end)];
    },
    kind,
    who,
    where,
    monthly,
  };
}

/** `n` synthetic events and the people, countries and articles they refer to, as a valid corpus. */
export function generateSyntheticCorpus(n: number, seed = 20250212): Corpus {
  const drawn = drawSyntheticCorpus(n, seed);
  return { ...drawn.tables, events: Array.from({ length: n }, (_, i) => drawn.eventOf(i)) };
}

/**
 * The files of `n` synthetic events (corpus-files.ts), their skeleton laid out from the columns
 * drawn and each shard's events made when it is written: a million events without a million
 * objects at once.
 */
export function syntheticFilesInput(n: number, seed = 20250212): CorpusFilesInput {
  const drawn = drawSyntheticCorpus(n, seed);
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  for (let i = 0; i < n; i++) [start[i], end[i]] = drawn.days(i);
  const ids = Array.from({ length: n }, (_, i) => `event-${i}`);
  // Time order (start, end, then id as text), as compareEvents sorts.
  const order = Uint32Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => start[a]! - start[b]! || end[a]! - end[b]! || (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0),
  );
  // The countries and people that events name, sorted (as an index of events loaded whole has them).
  const used = (column: Int16Array, names: readonly string[]) => {
    const seen = [...new Set(column)].filter((k) => k >= 0);
    const sorted = seen.map((k) => names[k]!).sort();
    const number = new Map(sorted.map((name, k) => [name, k]));
    return { sorted, refOf: names.map((name) => number.get(name) ?? -1) };
  };
  const countries = used(drawn.where, drawn.tables.countries.map((c) => c.code));
  const people = used(drawn.who, drawn.tables.people.map((p) => p.id));
  const countryStart = new Uint32Array(n + 1);
  const personStart = new Uint32Array(n + 1);
  const countryRefs: number[] = [];
  const personRefs: number[] = [];
  const type = new Uint8Array(n);
  const precision = new Uint8Array(n);
  const sortedStart = new Int32Array(n);
  const sortedEnd = new Int32Array(n);
  order.forEach((i, position) => {
    sortedStart[position] = start[i]!;
    sortedEnd[position] = end[i]!;
    type[position] = EVENT_TYPES.indexOf(TYPES[drawn.kind[i]!]!);
    precision[position] = drawn.monthly[i] ? 1 : 0;
    countryStart[position] = countryRefs.length;
    for (let k = 2 * i; k < 2 * i + 2 && drawn.where[k]! >= 0; k++) countryRefs.push(countries.refOf[drawn.where[k]!]!);
    personStart[position] = personRefs.length;
    for (let k = 3 * i; k < 3 * i + 3 && drawn.who[k]! >= 0; k++) personRefs.push(people.refOf[drawn.who[k]!]!);
  });
  countryStart[n] = countryRefs.length;
  personStart[n] = personRefs.length;
  const index = columnIndex({
    start: sortedStart,
    end: sortedEnd,
    type,
    precision,
    countryCodes: countries.sorted,
    personIds: people.sorted,
    countryStart,
    countryRefs: Uint32Array.from(countryRefs),
    personStart,
    personRefs: Uint32Array.from(personRefs),
    ids: eventIdsOf(Array.from(order, (i) => ids[i]!)),
    relations: new Uint32Array(0),
  });
  return {
    tables: drawn.tables,
    index,
    events: (from, to) => Array.from(order.subarray(from, to), (i) => drawn.eventOf(i)),
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
