import { describe, expect, test } from 'vitest';
import { toDayNumber } from '../model/calendar-date.ts';
import { isValidCorpus } from '../model/decode-corpus-file.ts';
import { corpusSchema } from '../model/corpus-schema.ts';
import { foldForSearch } from '../model/text-normalize.ts';
import {
  COUNTRY_POOL,
  EVEN_EVENT_WORD,
  FIRST_DAY,
  generateSyntheticCorpus,
  LAST_DAY,
  PEOPLE_POOL,
} from './synthetic-corpus.ts';

// The generator is the benchmark's contract with other tools: the same N gives the same events,
// drawn from the distribution the issue sets out.
const N = 20_000;
const corpus = generateSyntheticCorpus(N);

describe('generateSyntheticCorpus', () => {
  test('gives the same events for the same N, and the first events of a larger N are the same', () => {
    expect(JSON.stringify(generateSyntheticCorpus(500))).toBe(JSON.stringify(generateSyntheticCorpus(500)));
    expect(generateSyntheticCorpus(300).events).toEqual(generateSyntheticCorpus(500).events.slice(0, 300));
  });

  test('is a valid corpus, for the fast check and for zod', () => {
    const small = generateSyntheticCorpus(300);
    expect(isValidCorpus(JSON.parse(JSON.stringify(small)))).toBe(true);
    expect(corpusSchema.safeParse(small).success).toBe(true);
  });

  test('starts are uniform over 2020-2026; a fifth are month-precision and span their month', () => {
    const first = toDayNumber(FIRST_DAY);
    const span = toDayNumber(LAST_DAY) + 1 - first;
    const years = new Map<string, number>();
    let months = 0;
    for (const event of corpus.events) {
      const { start, end, precision } = event.date;
      expect(start >= FIRST_DAY && start <= LAST_DAY).toBe(true);
      years.set(start.slice(0, 4), (years.get(start.slice(0, 4)) ?? 0) + 1);
      if (precision === 'month') {
        months++;
        expect(start.endsWith('-01')).toBe(true);
        expect(end.slice(0, 7)).toBe(start.slice(0, 7));
      } else expect(end).toBe(start);
    }
    expect(months / N).toBeCloseTo(0.2, 1);
    // Each of the seven years holds its share of days (2020 and 2024 have 366).
    for (const [year, count] of years) {
      const days = toDayNumber(`${Number(year) + 1}-01-01`) - toDayNumber(`${year}-01-01`);
      // Month-precision events start on the 1st, so a year's share is of its months, not its days.
      expect(count / N).toBeCloseTo(days / span, 1);
    }
    expect(years.size).toBe(7);
  });

  test('types are uniform among call, meeting and statement', () => {
    const counts = new Map<string, number>();
    for (const event of corpus.events) counts.set(event.type, (counts.get(event.type) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual(['call', 'meeting', 'statement']);
    for (const count of counts.values()) expect(count / N).toBeCloseTo(1 / 3, 1);
  });

  test('1-3 distinct people of 200 and 1-2 distinct countries of 60, the first country first', () => {
    const peopleSizes = [0, 0, 0, 0];
    const countrySizes = [0, 0, 0];
    const people = new Set<string>();
    const countries = new Set<string>();
    for (const event of corpus.events) {
      expect(new Set(event.people).size).toBe(event.people.length);
      expect(new Set(event.countries).size).toBe(event.countries.length);
      peopleSizes[event.people.length]!++;
      countrySizes[event.countries.length]!++;
      event.people.forEach((id) => people.add(id));
      event.countries.forEach((code) => countries.add(code));
      // The first country is the primary lane: the people take part for it.
      for (const p of event.participants) if (p.person) expect(p.country).toBe(event.countries[0]);
    }
    expect(peopleSizes[0]).toBe(0);
    for (const size of [1, 2, 3]) expect(peopleSizes[size]! / N).toBeCloseTo(1 / 3, 1);
    expect(countrySizes[0]).toBe(0);
    for (const size of [1, 2]) expect(countrySizes[size]! / N).toBeCloseTo(1 / 2, 1);
    expect(people.size).toBe(PEOPLE_POOL);
    expect(countries.size).toBe(COUNTRY_POOL);
  });

  test(`"${EVEN_EVENT_WORD}" is in the texts of even-indexed events only, which is how filterHalf hides the odd ones`, () => {
    const names = [...corpus.people.map((p) => p.name), ...corpus.countries.map((c) => c.name)];
    expect(names.some((name) => foldForSearch(Object.values(name).join(' ')).includes(EVEN_EVENT_WORD))).toBe(false);
    corpus.events.slice(0, 2000).forEach((event, i) => {
      const text = foldForSearch(
        [...Object.values(event.title), ...Object.values(event.summary), ...event.sources.map((s) => s.quote)].join(' '),
      );
      expect(event.id).toBe(`event-${i}`);
      expect(text.includes(EVEN_EVENT_WORD)).toBe(i % 2 === 0);
    });
  });
});
