import { skeletonsOf } from '../../tests/index-helpers.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { smallCorpus } from '../../tests/corpus-fixture.ts';
import type { Corpus, CorpusEvent, Person } from './corpus-schema.ts';
import { searchedCorpus } from '../../tests/search-helpers.ts';
import { positionsInWindow } from './event-index.ts';
import { buildEventIndex } from './index-events.ts';
import { applyFilters, NO_FILTERS, type EventFilters } from './filter-events.ts';
import { foldForSearch, queryWords } from './text-normalize.ts';
import { toDayNumber } from './calendar-date.ts';

function event(
  id: string,
  start: string,
  type: CorpusEvent['type'],
  countries: string[],
  people: string[],
  title = id,
): CorpusEvent {
  return {
    id,
    type,
    date: { start, end: start, precision: 'day', rule: 'explicit' },
    people,
    countries,
    participants: countries.map((country) => ({ country, role: 'participant' as const })),
    title: { ar: title, en: title, ru: title },
    summary: { ar: '', en: '', ru: '' },
    sources: [],
  } as unknown as CorpusEvent;
}

const corpus: Pick<Corpus, 'events' | 'people' | 'countries'> = {
  events: [
    event('ru-sy-call', '2025-02-12', 'call', ['RU', 'SY'], ['putin', 'sharaa'], 'اتصال هاتفي'),
    event('sy-statement', '2025-02-13', 'statement', ['SY', 'US'], ['qasra'], 'Abu Qasra on bases'),
    event('ru-meeting', '2025-01-15', 'meeting', ['RU', 'SY'], ['bogdanov', 'sharaa'], 'Встреча в Дамаске'),
    event('ir-statement', '2025-02-12', 'statement', ['SY', 'IR'], ['shaibani'], 'Positive messages'),
  ],
  people: [
    {
      id: 'putin',
      name: { ar: 'فلاديمير بوتين', en: 'Vladimir Putin', ru: 'Владимир Путин' },
      country: 'RU',
      roles: [],
    },
    { id: 'sharaa', name: { ar: 'أحمد الشرع', en: 'Ahmed al-Sharaa', ru: 'Ахмед аш-Шараа' }, country: 'SY', roles: [] },
    {
      id: 'qasra',
      name: { ar: 'مرهف أبو قصرة', en: 'Murhaf Abu Qasra', ru: 'Мурхаф Абу Касра' },
      country: 'SY',
      roles: [],
    },
    {
      id: 'bogdanov',
      name: { ar: 'ميخائيل بوغدانوف', en: 'Mikhail Bogdanov', ru: 'Михаил Богданов' },
      aliases: ['بوجدانوف'],
      country: 'RU',
      roles: [],
    },
    {
      id: 'shaibani',
      name: { ar: 'أسعد الشيباني', en: 'Asaad al-Shaibani', ru: 'Асаад аш-Шейбани' },
      country: 'SY',
      roles: [],
    },
  ],
  countries: [
    { code: 'IR', name: { ar: 'إيران', en: 'Iran', ru: 'Иран' } },
    { code: 'RU', name: { ar: 'روسيا', en: 'Russia', ru: 'Россия' } },
    { code: 'SY', name: { ar: 'سوريا', en: 'Syria', ru: 'Сирия' } },
    { code: 'US', name: { ar: 'الولايات المتحدة', en: 'United States', ru: 'США' } },
  ],
};

const { index, passes } = searchedCorpus(corpus);
const textPasses = (q: string) => (q.trim() ? passes(q) : null);
const shownIds = (filters: Partial<EventFilters>) => {
  const outcome = applyFilters(index, { ...NO_FILTERS, ...filters }, textPasses(filters.q ?? ''));
  return skeletonsOf(index)
    .filter((_, i) => outcome.shown[i])
    .map((e) => e.id);
};

describe('buildEventIndex', () => {
  it('orders events by date, then id', () => {
    expect(skeletonsOf(index).map((e) => e.id)).toEqual(['ru-meeting', 'ir-statement', 'ru-sy-call', 'sy-statement']);
  });

  it('finds the events overlapping a window, including a month that began before it', () => {
    const real = buildEventIndex(smallCorpus());
    const month = skeletonsOf(real).findIndex((e) => e.date.precision === 'month');
    const { first, last } = positionsInWindow(real, real.end[month]!, real.end[month]!);
    expect(first).toBeLessThanOrEqual(month);
    expect(last).toBeGreaterThan(month);
    expect(
      toDayNumber(skeletonsOf(real)[month]!.date.end) - toDayNumber(skeletonsOf(real)[month]!.date.start),
    ).toBeGreaterThan(27);
  });
});

describe('applyFilters', () => {
  it('shows everything with no filter', () => {
    expect(shownIds({})).toHaveLength(4);
  });

  it('treats choices within a filter as OR and filters together as AND', () => {
    expect(shownIds({ countries: ['IR', 'US'] })).toEqual(['ir-statement', 'sy-statement']);
    expect(shownIds({ countries: ['RU'], types: ['call'] })).toEqual(['ru-sy-call']);
    expect(shownIds({ countries: ['RU'], people: ['qasra'] })).toEqual([]);
  });

  it('shows and counts exactly the events that pass every filter, for any filters', () => {
    const skeletons = skeletonsOf(index);
    fc.assert(
      fc.property(
        fc.subarray(['IR', 'RU', 'SY', 'US']),
        fc.subarray(['putin', 'sharaa', 'qasra', 'bogdanov', 'shaibani']),
        fc.subarray(['call', 'meeting', 'statement'] as const),
        fc.constantFrom('', 'a', 'statement', 'russia', 'qasra', 'zz'),
        (countries, people, types, q) => {
          const outcome = applyFilters(index, { countries, people, types, q }, textPasses(q));
          const searched = textPasses(q);
          const expected = skeletons.map((e, i) =>
            (!countries.length || e.countries.some((c) => countries.includes(c))) &&
            (!people.length || e.people.some((p) => people.includes(p))) &&
            (!types.length || types.includes(e.type as (typeof types)[number])) &&
            (!searched || searched[i] === 1)
              ? 1
              : 0,
          );
          expect([...outcome.shown]).toEqual(expected);
          expect(outcome.count).toBe(expected.filter(Boolean).length);
        },
      ),
    );
  });

  it('counts each option under the other active filters (faceted counts)', () => {
    const outcome = applyFilters(index, { ...NO_FILTERS, countries: ['RU'], types: ['call', 'meeting'] }, null);
    expect(outcome.count).toBe(2);
    // Countries ignore the country filter itself, but respect the type filter.
    expect(Object.fromEntries(outcome.facets.countries)).toEqual({ IR: 0, RU: 2, SY: 2, US: 0 });
    // Types ignore the type filter, but respect the country filter.
    expect(Object.fromEntries(outcome.facets.types)).toEqual({ call: 1, meeting: 1, statement: 0, milestone: 0 });
    expect(outcome.facets.people.get('sharaa')).toBe(2);
    expect(outcome.facets.people.get('qasra')).toBe(0);
  });

  it.each([
    ['a title word, any case', 'abu QASRA', ['sy-statement']],
    ['Arabic without hamza or with ta marbuta as ha', 'اتصال هاتفي', ['ru-sy-call']],
    ['a person name in Russian', 'Путин', ['ru-sy-call']],
    ['an Arabic alias spelling', 'بوجدانوف', ['ru-meeting']],
    ['a person name in Arabic with alef variants', 'احمد الشرع', ['ru-meeting', 'ru-sy-call']],
    ['a country name in English', 'iran', ['ir-statement']],
    ['every word must match', 'putin iran', []],
    ['Russian ё and е alike', 'встреча', ['ru-meeting']],
  ])('searches %s', (_, q, expected) => {
    expect(shownIds({ q })).toEqual(expected);
  });
});

// The index keeps each event's distinct folded words, not its folded text: a query word must
// match exactly the events whose folded text contains it, as a plain scan of the text would.
describe('search through the word index matches a plain scan of the folded texts', () => {
  const pieces = fc.constantFrom(
    'Call ',
    'call',
    'phone',
    ' ',
    '  ',
    '\n',
    'أحمد',
    'احمد',
    'الطاقة',
    'ё',
    'Пётр',
    '-',
    ',',
    'ab',
    'a',
    'b',
    // Folded word by word, these must give the words folding the whole text gives: a no-break
    // and an ideographic space, an acute accent alone and an isolated fathatan (NFKC makes each a
    // space and a mark), tatweel (folded away), and a capital sigma (its lower case depends on
    // what follows).
    '\u00a0',
    '\u3000',
    '\u00b4',
    '\ufe70',
    'ـ',
    'ΟΔΟΣ',
    'Σ',
  );
  const text = fc.array(pieces, { maxLength: 8 }).map((parts) => parts.join(''));
  const eventTexts = fc.array(fc.tuple(text, text), { minLength: 1, maxLength: 12 });
  const query = fc.oneof(text, fc.constantFrom('call', 'a b', 'احمد', 'петр', 'l p', 'ab,', 'ة', 'οδος', 'ς', 'σ'));

  it('for any texts and any query', () => {
    fc.assert(
      fc.property(eventTexts, query, (texts, q) => {
        const events = texts.map(([title, summary], i) => {
          const e = event(`e${i}`, '2025-01-01', 'call', ['RU'], []);
          return { ...e, title: { ar: title, en: title, ru: title }, summary: { ar: summary, en: '', ru: '' } };
        });
        const small = { events, people: [], countries: [{ code: 'RU', name: { ar: 'x', en: 'x', ru: 'x' } }] };
        const searched = searchedCorpus(small);
        const outcome = applyFilters(searched.index, { ...NO_FILTERS, q }, q.trim() ? searched.passes(q) : null);
        const words = queryWords(q);
        const expected = searched.events.map((e) => {
          const folded = foldForSearch(`${e.title.ar} ${e.title.en} ${e.title.ru} ${e.summary.ar}`);
          const country = foldForSearch('RU x x x');
          return words.every((word) => folded.includes(word) || country.includes(word)) ? 1 : 0;
        });
        expect([...outcome.shown]).toEqual(expected);
        expect(outcome.count).toBe(expected.filter(Boolean).length);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('search by the names of the people and countries events refer to', () => {
  const person = (id: string, country: string, en: string, ar: string, ru: string, aliases?: string[]): Person => ({
    id,
    country,
    name: { ar, en, ru },
    roles: [],
    ...(aliases ? { aliases } : {}),
  });
  const people = [
    person('p0', 'RU', 'Putin', 'بوتين', 'Путин'),
    person('p1', 'SY', 'Sharaa', 'الشرع', 'Шараа', ['Abu Mohammed']),
    person('p2', 'RU', 'Bogdanov', 'بوغدانوف', 'Богданов'),
    person('p3', 'SY', 'Shaibani', 'الشيباني', 'Шайбани'),
  ];
  const countries = [
    { code: 'RU', name: { ar: 'روسيا', en: 'Russia', ru: 'Россия' } },
    { code: 'SY', name: { ar: 'سوريا', en: 'Syria', ru: 'Сирия' } },
    { code: 'US', name: { ar: 'الولايات المتحدة', en: 'United States', ru: 'США' } },
  ];
  // Past 32 events, so that names are matched across several words of bits, some events naming
  // nobody, some several.
  const refs = fc.array(
    fc.tuple(fc.subarray(['RU', 'SY', 'US'], { minLength: 1 }), fc.subarray(['p0', 'p1', 'p2', 'p3'])),
    { minLength: 1, maxLength: 120 },
  );
  const query = fc.constantFrom('putin', 'sha', 'abu', 'russia', 'сирия', 'states', 'bog ru', 'الشيباني', 'a', 'zzz');

  it('finds exactly the events that refer to a person or country whose name holds each word', () => {
    fc.assert(
      fc.property(refs, query, (list, q) => {
        const events = list.map(([codes, ids], i) => event(`e${i}`, '2025-01-01', 'call', codes, ids, 'kk'));
        const searched = searchedCorpus({ events, people, countries });
        const named = (text: string, word: string) => foldForSearch(text).includes(word);
        const expected = searched.events.map((e) =>
          queryWords(q).every(
            (word) =>
              e.people.some((id) => {
                const p = people.find((person) => person.id === id)!;
                return named([...Object.values(p.name), ...(p.aliases ?? [])].join('\n'), word);
              }) ||
              e.countries.some((code) => {
                const c = countries.find((country) => country.code === code)!;
                return named([code, ...Object.values(c.name)].join('\n'), word);
              }),
          )
            ? 1
            : 0,
        );
        expect([...searched.passes(q)]).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});
