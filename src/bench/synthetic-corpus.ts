import { randomInt, randomLcg } from 'd3';
import { fromDayNumber, spanOf, toDayNumber } from '../model/calendar-date.ts';
import type { Corpus, CorpusEvent, EventType } from '../model/corpus-schema.ts';

/**
 * Synthetic events for the benchmark, deterministic for N so that other tools can be fed the
 * same data. The distribution is the benchmark's contract:
 * - start uniform over 2020-01-01 .. 2026-12-31; 20% month precision (spanning the month);
 * - type uniform among call, meeting, statement;
 * - 1-3 distinct people from a pool of 200, 1-2 distinct countries from a pool of 60, the
 *   first country being the event's primary lane.
 */
export const PEOPLE_POOL = 200;
export const COUNTRY_POOL = 60;
const FIRST_DAY = toDayNumber('2020-01-01');
const LAST_DAY = toDayNumber('2026-12-31');
const TYPES: EventType[] = ['call', 'meeting', 'statement'];
const ARTICLE = 'synthetic-article';
const QUOTE = 'Synthetic event.';

/** Country codes AA, AB, … : valid ISO-shaped codes that no real corpus uses together. */
export function syntheticCountryCode(k: number): string {
  return String.fromCharCode(65 + Math.floor(k / 26), 65 + (k % 26));
}

/** `n` synthetic events and the people, countries and article they refer to, as a valid corpus. */
export function generateSyntheticCorpus(n: number, seed = 20250212): Corpus {
  const random = randomLcg(seed);
  const day = randomInt.source(random)(FIRST_DAY, LAST_DAY + 1);
  const type = randomInt.source(random)(0, TYPES.length);
  const personOf = randomInt.source(random)(0, PEOPLE_POOL);
  const countryOf = randomInt.source(random)(0, COUNTRY_POOL);
  const peopleCount = randomInt.source(random)(1, 4);
  const countryCount = randomInt.source(random)(1, 3);

  const events: CorpusEvent[] = [];
  for (let i = 0; i < n; i++) {
    const start = fromDayNumber(day());
    const monthly = random() < 0.2;
    const span = monthly ? spanOf(start, 'month') : { start, end: start };
    const people = distinct(peopleCount(), personOf).map((k) => `person-${k}`);
    const countries = distinct(countryCount(), countryOf).map(syntheticCountryCode);
    events.push({
      id: `event-${i}`,
      type: TYPES[type()]!,
      date: { ...span, precision: monthly ? 'month' : 'day', rule: 'explicit' },
      people,
      countries,
      participants: [
        ...people.map((person) => ({ person, country: countries[0]!, role: 'participant' as const })),
        ...countries.map((country) => ({ country, role: 'participant' as const })),
      ],
      title: { ar: `حدث ${i}`, en: `Event ${i}`, ru: `Событие ${i}` },
      summary: { ar: `حدث تجريبي ${i}`, en: `Synthetic event ${i}`, ru: `Тестовое событие ${i}` },
      sources: [{ article: ARTICLE, quote: QUOTE, start: 0, end: QUOTE.length, attribution: { ar: 'اختبار', en: 'Test', ru: 'Тест' } }],
    });
  }

  return {
    schemaVersion: 1,
    articles: [
      {
        id: ARTICLE,
        title: 'Synthetic events',
        outlet: { name: { ar: 'اختبار', en: 'Benchmark', ru: 'Тест' } },
        language: 'en',
        published: { date: '2026-12-31', basis: 'stated', note: 'Generated for the benchmark.' },
      },
    ],
    people: Array.from({ length: PEOPLE_POOL }, (_, k) => ({
      id: `person-${k}`,
      name: { ar: `شخص ${k}`, en: `Person ${k}`, ru: `Персона ${k}` },
      country: syntheticCountryCode(k % COUNTRY_POOL),
      roles: [],
    })),
    countries: Array.from({ length: COUNTRY_POOL }, (_, k) => ({
      code: syntheticCountryCode(k),
      name: { ar: `بلد ${k}`, en: `Country ${k}`, ru: `Страна ${k}` },
    })),
    events,
  };
}

/** `count` distinct values drawn from `draw`, in the order drawn. */
function distinct(count: number, draw: () => number): number[] {
  const values = new Set<number>();
  while (values.size < count) values.add(draw());
  return [...values];
}
