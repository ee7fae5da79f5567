import { describe, expect, it } from 'vitest';
import { lineContaining, PATHS, toFiles, validSources } from '../../tests/fixtures/corpus-sources.ts';
import { buildCorpus } from './build-corpus.ts';
import { formatCorpusError, type CorpusError } from './corpus-error.ts';

type Sources = ReturnType<typeof validSources>;

function buildWith(change: (sources: Sources) => void) {
  const sources = validSources();
  change(sources);
  return buildCorpus(toFiles(sources));
}

function errorsOf(change: (sources: Sources) => void): CorpusError[] {
  const result = buildWith(change);
  if (result.ok) throw new Error('expected the build to fail');
  return result.errors;
}

function replaceIn(sources: Sources, key: keyof Sources, from: string, to: string) {
  if (!sources[key].includes(from)) throw new Error(`fixture ${key} has no ${from}`);
  sources[key] = sources[key].replace(from, to);
}

describe('buildCorpus on valid sources', () => {
  it('derives every event with its resolved date, participants and located quotes', () => {
    const result = buildCorpus(toFiles(validSources()));
    if (!result.ok) throw new Error(result.errors.map(formatCorpusError).join('\n'));
    expect(result.corpus.events.map((e) => [e.id, e.date.start, e.date.end, e.date.precision, e.date.rule])).toEqual([
      ['meeting-in-damascus', '2025-01-01', '2025-01-31', 'month', 'previous-month'],
      ['putin-al-sharaa-call', '2025-02-12', '2025-02-12', 'day', 'weekday'],
    ]);
    const call = result.corpus.events[1];
    expect(call?.countries).toEqual(['RU', 'SY']);
    expect(call?.participants).toEqual([
      { person: 'vladimir-putin', country: 'RU', role: 'caller' },
      { person: 'ahmed-al-sharaa', country: 'SY', role: 'recipient' },
    ]);
    // Offsets count code points: the tanween marks (ً) are characters of their own.
    expect(call?.sources[0]).toMatchObject({
      start: 0,
      end: Array.from('أجرى الرئيس الروسي فلاديمير بوتين الأربعاء، اتصالاً هاتفياً').length,
    });
    expect(result.corpus.events[0]?.location).toEqual({
      id: 'damascus',
      name: { ar: 'دمشق', en: 'Damascus', ru: 'Дамаск' },
      country: 'SY',
    });
    expect(result.summary).toBe(
      '1 article, 2 events (1 call, 1 meeting, 0 statements, 0 milestones), 2 people, 2 countries',
    );
  });

  it('gives byte-identical output for the same sources, whatever order the files come in', () => {
    const first = buildCorpus(toFiles(validSources()));
    const second = buildCorpus(toFiles(validSources()).reverse());
    expect(first.ok && second.ok).toBe(true);
    if (first.ok && second.ok) expect(second.json).toBe(first.json);
  });

  it('keeps the exact article text when the annotator re-wrapped a quote', () => {
    const result = buildWith((s) =>
      replaceIn(
        s,
        'annotations',
        'quote: أجرى الرئيس الروسي فلاديمير',
        'quote: |-\n          أجرى   الرئيس\n          الروسي فلاديمير',
      ),
    );
    if (!result.ok) throw new Error(result.errors.map(formatCorpusError).join('\n'));
    expect(result.corpus.events[1]?.sources[0]?.quote).toBe(
      'أجرى الرئيس الروسي فلاديمير بوتين الأربعاء، اتصالاً هاتفياً',
    );
  });

  it('records both readings when the publication date is uncertain', () => {
    const result = buildWith((s) =>
      replaceIn(s, 'article', '  note: Test article.', '  note: Test.\n  alternatives: [2025-03-02]'),
    );
    if (!result.ok) throw new Error(result.errors.map(formatCorpusError).join('\n'));
    const call = result.corpus.events.find((e) => e.id === 'putin-al-sharaa-call');
    expect(call?.date.readings).toEqual([
      { start: '2025-02-26', end: '2025-02-26', precision: 'day', anchor: '2025-03-02' },
    ]);
  });
});

describe('buildCorpus reports each fault with file, line and field', () => {
  const annotations = () => validSources().annotations;

  it('a quote that is not in the article', () => {
    const [error] = errorsOf((s) => replaceIn(s, 'annotations', 'اتصالاً هاتفياً\n', 'اتصالاً مرئياً\n'));
    expect(error).toEqual({
      file: PATHS.annotations,
      line: lineContaining(annotations(), 'quote: أجرى'),
      field: 'events[0].sources[0].quote',
      message: 'the quote does not occur in the article (only white space may differ)',
    });
  });

  it('a quote that occurs twice without saying which', () => {
    const [error] = errorsOf((s) =>
      replaceIn(
        s,
        'annotations',
        'quote: والتقى بوجدانوف مع الشرع في دمشق الشهر الماضي.',
        'quote: وقال الشرع إن سوريا منفتحة.',
      ),
    );
    expect(error?.field).toBe('events[1].sources[0].quote');
    expect(error?.message).toMatch(/occurs 2 times .* "occurrence"/);
  });

  it('an unknown person', () => {
    const [error] = errorsOf((s) =>
      replaceIn(s, 'annotations', 'person: ahmed-al-sharaa, role: recipient', 'person: ahmad-sharaa, role: recipient'),
    );
    expect(error).toMatchObject({
      file: PATHS.annotations,
      line: lineContaining(annotations(), 'role: recipient'),
      field: 'events[0].participants[1].person',
    });
    expect(error?.message).toMatch(/unknown person "ahmad-sharaa"/);
  });

  it('an unknown country', () => {
    const [error] = errorsOf((s) => replaceIn(s, 'people', 'country: SY', 'country: XX'));
    expect(error).toEqual({
      file: PATHS.people,
      line: lineContaining(validSources().people, 'country: SY'),
      field: '[1].country',
      message: 'unknown country "XX"',
    });
  });

  it('an unknown place', () => {
    const [error] = errorsOf((s) => replaceIn(s, 'annotations', 'location: damascus', 'location: aleppo'));
    expect(error).toMatchObject({ line: lineContaining(annotations(), 'location:'), field: 'events[1].location' });
  });

  it('a duplicate event id', () => {
    const errors = errorsOf((s) => replaceIn(s, 'annotations', 'id: meeting-in-damascus', 'id: putin-al-sharaa-call'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      line: lineContaining(annotations(), 'id: meeting-in-damascus'),
      field: 'events[1].id',
    });
    expect(errors[0]?.message).toBe(`duplicate event id "putin-al-sharaa-call" (first at ${PATHS.annotations}:3)`);
  });

  it('a duplicate person id', () => {
    const [error] = errorsOf((s) => replaceIn(s, 'people', 'id: ahmed-al-sharaa', 'id: vladimir-putin'));
    expect(error).toEqual({
      file: PATHS.people,
      line: lineContaining(validSources().people, 'id: ahmed-al-sharaa'),
      field: '[1].id',
      message: 'duplicate id "vladimir-putin"',
    });
  });

  it('a date that is not a real calendar date', () => {
    const [error] = errorsOf((s) =>
      replaceIn(s, 'annotations', 'date: { expression: الأربعاء }', 'date: { on: 2025-02-30 }'),
    );
    expect(error).toMatchObject({ file: PATHS.annotations, line: 5, field: 'events[0].date.on' });
  });

  it('a publication date that is not a real calendar date', () => {
    const [error] = errorsOf((s) => replaceIn(s, 'article', 'date: 2025-02-13', 'date: 2025-13-01'));
    expect(error).toEqual({
      file: PATHS.article,
      line: lineContaining(validSources().article, 'date: 2025'),
      field: 'published.date',
      message: 'must be a real calendar date written YYYY-MM-DD',
    });
  });

  it('an event dated "after" an event later than its article (start would be after end)', () => {
    const [error] = errorsOf((s) => {
      replaceIn(s, 'annotations', 'date: { expression: الشهر الماضي }', 'date: { after: putin-al-sharaa-call }');
      replaceIn(s, 'annotations', 'date: { expression: الأربعاء }', 'date: { on: 2025-03-01, expression: الأربعاء }');
    });
    expect(error).toMatchObject({ field: 'events[1].date.after', line: lineContaining(annotations(), 'الشهر الماضي') });
    expect(error?.message).toMatch(/dated after the article/);
  });

  it('a title missing one of the three languages', () => {
    const [error] = errorsOf((s) =>
      replaceIn(
        s,
        'annotations',
        'title: { ar: لقاء, en: A meeting, ru: Встреча }',
        'title: { ar: لقاء, en: A meeting }',
      ),
    );
    expect(error).toMatchObject({
      line: lineContaining(annotations(), 'title: { ar: لقاء'),
      field: 'events[1].title.ru',
    });
  });

  it('an empty summary', () => {
    const [error] = errorsOf((s) => replaceIn(s, 'annotations', 'en: A phone call', 'en: " "'));
    expect(error).toMatchObject({ field: 'events[0].summary.en', message: 'must not be empty' });
  });

  it('an unknown field, at the line of that field', () => {
    const [error] = errorsOf((s) =>
      replaceIn(s, 'annotations', '    location: damascus', '    location: damascus\n    locaton: aleppo'),
    );
    expect(error).toEqual({
      file: PATHS.annotations,
      line: lineContaining(annotations(), 'location: damascus') + 1,
      field: 'events[1].locaton',
      message: 'unknown field (not part of the corpus format)',
    });
  });

  it('a date expression that no rule covers', () => {
    const [error] = errorsOf((s) =>
      replaceIn(s, 'annotations', 'date: { expression: الأربعاء }', 'date: { expression: قريباً }'),
    );
    expect(error).toMatchObject({ line: 5, field: 'events[0].date.expression' });
    expect(error?.message).toMatch(/cannot resolve "قريباً"/);
  });

  it('a date expression that is not in the quotes', () => {
    const [error] = errorsOf((s) =>
      replaceIn(s, 'annotations', 'date: { expression: الأربعاء }', 'date: { expression: الثلاثاء }'),
    );
    expect(error).toMatchObject({ line: 5, field: 'events[0].date.expression' });
    expect(error?.message).toMatch(/does not occur in any of the event's quotes/);
  });

  it('YAML that does not parse', () => {
    const [error] = errorsOf((s) => replaceIn(s, 'places', 'country: SY', 'country: [SY'));
    expect(error).toMatchObject({ file: PATHS.places, field: '' });
    expect(error?.message).toMatch(/^not valid YAML/);
  });

  it('an article whose front matter id does not match its file name', () => {
    const [error] = errorsOf((s) => replaceIn(s, 'article', 'id: test-article', 'id: other-article'));
    expect(error).toEqual({
      file: PATHS.article,
      line: 2,
      field: 'id',
      message: 'must match the file name "test-article"',
    });
  });

  it('an outlet site that is not a domain', () => {
    const [error] = errorsOf((s) =>
      replaceIn(s, 'article', 'ru: Аль-Минбар аль-Хурр }', 'ru: Аль-Минбар аль-Хурр }\n  site: javascript:alert(1)'),
    );
    expect(error).toMatchObject({ file: PATHS.article, line: 6, field: 'outlet.site' });
    expect(error?.message).toMatch(/must be the outlet’s domain/);
  });

  it('a draft awaiting review: the build refuses it and names the event, at its review line', () => {
    const errors = errorsOf((s) =>
      replaceIn(
        s,
        'annotations',
        '  - id: meeting-in-damascus\n',
        '  - id: meeting-in-damascus\n    review: pending\n',
      ),
    );
    expect(errors).toEqual([
      {
        file: PATHS.annotations,
        line: lineContaining(annotations(), 'id: meeting-in-damascus') + 1,
        field: 'events[1].review',
        message:
          'event "meeting-in-damascus" is a draft awaiting review: check it against the article, then remove "review: pending"',
      },
    ]);
  });

  it('a person drafted by the assistant, still awaiting review', () => {
    const errors = errorsOf((s) =>
      replaceIn(s, 'people', '- id: ahmed-al-sharaa\n', '- id: ahmed-al-sharaa\n  review: pending\n'),
    );
    expect(errors).toEqual([
      {
        file: PATHS.people,
        line: lineContaining(validSources().people, 'id: ahmed-al-sharaa') + 1,
        field: '[1].review',
        message:
          'person "ahmed-al-sharaa" is a draft awaiting review: check it against the article, then remove "review: pending"',
      },
    ]);
  });

  it('a review value other than "pending"', () => {
    const [error] = errorsOf((s) =>
      replaceIn(s, 'annotations', '  - id: meeting-in-damascus\n', '  - id: meeting-in-damascus\n    review: done\n'),
    );
    expect(error).toMatchObject({
      field: 'events[1].review',
      message: 'review is "pending" on a draft, or absent once it is checked',
    });
  });

  it('every fault at once, not only the first', () => {
    const errors = errorsOf((s) => {
      replaceIn(s, 'annotations', 'role: caller', 'role: callee');
      replaceIn(s, 'annotations', 'location: damascus', 'location: aleppo');
      replaceIn(s, 'people', 'country: SY', 'country: XX');
    });
    expect(errors.map((e) => e.field).sort()).toEqual([
      '[1].country',
      'events[0].participants[0]',
      'events[1].location',
    ]);
  });

  it('formats an error as file:line: field: message', () => {
    expect(formatCorpusError({ file: 'corpus/a.yaml', line: 12, field: 'events[0].id', message: 'duplicate' })).toBe(
      'corpus/a.yaml:12: events[0].id: duplicate',
    );
  });
});
