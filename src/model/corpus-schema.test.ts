import { describe, expect, it } from 'vitest';
import { corpusSchema, type Corpus } from './corpus-schema.ts';

function validCorpus(): Corpus {
  return {
    schemaVersion: 1,
    articles: [
      {
        id: 'a1',
        title: 'عنوان',
        outlet: { name: { ar: 'المنبر الحر', en: 'Al-Minbar al-Hurr', ru: 'Аль-Минбар аль-Хурр' } },
        language: 'ar',
        published: { date: '2025-02-13', basis: 'stated', note: 'Dateline.' },
      },
    ],
    people: [
      {
        id: 'vladimir-putin',
        name: { ar: 'فلاديمير بوتين', en: 'Vladimir Putin', ru: 'Владимир Путин' },
        country: 'RU',
        roles: [],
      },
    ],
    countries: [
      { code: 'RU', name: { ar: 'روسيا', en: 'Russia', ru: 'Россия' } },
      { code: 'SY', name: { ar: 'سوريا', en: 'Syria', ru: 'Сирия' } },
    ],
    events: [
      {
        id: 'e1',
        type: 'call',
        date: {
          start: '2025-02-12',
          end: '2025-02-12',
          precision: 'day',
          expression: 'الأربعاء',
          rule: 'weekday',
          anchor: '2025-02-13',
        },
        people: ['vladimir-putin'],
        countries: ['RU', 'SY'],
        participants: [
          { person: 'vladimir-putin', country: 'RU', role: 'caller' },
          { country: 'SY', role: 'recipient' },
        ],
        title: { ar: 'اتصال', en: 'Call', ru: 'Звонок' },
        summary: { ar: 'اتصال', en: 'A call', ru: 'Звонок' },
        sources: [{ article: 'a1', quote: 'أجرى', start: 0, end: 4, attribution: { ar: 'م', en: 'M', ru: 'М' } }],
      },
    ],
  };
}

function issuesOf(change: (corpus: Corpus & Record<string, unknown>) => void): string[] {
  const corpus = structuredClone(validCorpus()) as Corpus & Record<string, unknown>;
  change(corpus);
  const result = corpusSchema.safeParse(corpus);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('corpusSchema, as the browser validates a loaded corpus', () => {
  it('accepts a valid corpus', () => {
    expect(issuesOf(() => {})).toEqual([]);
  });

  it('rejects an unknown field instead of dropping it', () => {
    expect(issuesOf((c) => Object.assign(c.events[0]!, { colour: 'red' }))).toEqual([
      'events.0: Unrecognized key: "colour"',
    ]);
  });

  it('rejects a start after the end', () => {
    expect(issuesOf((c) => Object.assign(c.events[0]!.date, { start: '2025-02-14', range: true }))).toEqual([
      'events.0.date: start 2025-02-14 is after end 2025-02-12',
    ]);
  });

  it('rejects a month-precision date that does not span its month', () => {
    expect(issuesOf((c) => Object.assign(c.events[0]!.date, { precision: 'month' }))).toEqual([
      'events.0.date: a month-precision date must span 2025-02-01..2025-02-28, not 2025-02-12..2025-02-12',
    ]);
  });

  it('rejects a date that does not exist', () => {
    expect(issuesOf((c) => Object.assign(c.events[0]!.date, { start: '2025-02-30' }))).toContain(
      'events.0.date.start: must be a real calendar date written YYYY-MM-DD',
    );
  });

  it('rejects references to people, countries and articles that are not in the corpus', () => {
    expect(
      issuesOf((c) => {
        c.events[0]!.people = ['ahmed-al-sharaa'];
        c.events[0]!.countries = ['RU', 'TR'];
        c.events[0]!.sources[0]!.article = 'a2';
      }),
    ).toEqual([
      'events.0.people.0: unknown person "ahmed-al-sharaa"',
      'events.0.countries.1: unknown country "TR"',
      'events.0.sources.0.article: unknown article "a2"',
    ]);
  });

  it('rejects duplicate event ids', () => {
    expect(issuesOf((c) => c.events.push(structuredClone(c.events[0]!)))).toEqual(['events.1: duplicate id "e1"']);
  });

  it('rejects a title missing a language', () => {
    expect(issuesOf((c) => delete (c.events[0]!.title as Partial<Record<string, string>>).ru)).toEqual([
      'events.0.title.ru: Invalid input: expected string, received undefined',
    ]);
  });

  it('rejects a relative date without the anchor it was counted from', () => {
    expect(issuesOf((c) => delete c.events[0]!.date.anchor)).toEqual([
      'events.0.date.anchor: a "weekday" date needs the anchor it was resolved from',
    ]);
  });

  it('rejects a source link that is not http or https', () => {
    expect(issuesOf((c) => Object.assign(c.articles[0]!, { url: 'javascript:alert(1)' }))).toHaveLength(1);
  });
});
