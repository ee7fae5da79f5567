import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { smallCorpus } from '../../tests/corpus-fixture.ts';
import { icsValue, parseIcs, unescapeIcsText, unfoldIcs } from '../../tests/parse/parse-ics.ts';
import { escapeIcsText, exportEventsIcs, foldIcsLine, type IcsOptions } from './export-ics.ts';
import type { CorpusEvent } from './corpus-schema.ts';

const corpus = smallCorpus();
const options: IcsOptions = {
  lang: 'en',
  stamp: new Date('2025-04-01T09:30:05.123Z'),
  calendarName: 'Tarikh: diplomatic contacts',
  omittedNote: (count) => `${count} left out`,
  rangeNote: 'The exact day is unknown.',
  rangeTitle: (event: CorpusEvent) => `${event.title.en} (day unknown)`,
};

describe('exportEventsIcs', () => {
  test('writes day-precision events as all-day entries, ending the next day', () => {
    const { text, included, omitted } = exportEventsIcs(corpus.events, corpus, options);
    const calendar = parseIcs(text);
    expect(icsValue(calendar, 'VERSION')).toBe('2.0');
    const events = calendar.components.filter((c) => c.name === 'VEVENT');
    expect(events.map((e) => icsValue(e, 'UID'))).toEqual([
      'putin-sharaa-call-2025-02-12@tarikh',
      'peskov-on-syria-call-2025-02-13@tarikh',
    ]);
    expect(included).toHaveLength(2);
    expect(omitted.map((e) => e.id)).toEqual(['sharaa-named-transitional-president-2025-01']);
    const call = events[0]!;
    expect(call.properties.find((p) => p.name === 'DTSTART')).toEqual({
      name: 'DTSTART',
      params: { VALUE: 'DATE' },
      value: '20250212',
    });
    expect(icsValue(call, 'DTEND')).toBe('20250213');
    expect(icsValue(call, 'DTSTAMP')).toBe('20250401T093005Z');
    expect(unescapeIcsText(icsValue(call, 'SUMMARY')!)).toBe('Putin calls al-Sharaa');
    expect(icsValue(call, 'URL')).toBe('http://kremlin.ru/events/president/news/76256');
  });

  test('describes each entry with its summary and its sources, links included', () => {
    const calendar = parseIcs(exportEventsIcs(corpus.events.slice(0, 1), corpus, options).text);
    const description = unescapeIcsText(icsValue(calendar.components[0]!, 'DESCRIPTION')!);
    expect(description.split('\n')).toEqual([
      corpus.events[0]!.summary.en,
      '',
      'SANA: الرئيس الشرع يتلقى اتصالاً هاتفياً من الرئيس الروسي بوتين <https://sana.sy/>',
      'Kremlin: Телефонный разговор с Президентом Сирии на переходный период Ахмедом аш-Шараа <http://kremlin.ru/events/president/news/76256>',
    ]);
  });

  test('gives an entry its outlet’s site as URL when no article has an address of its own', () => {
    const event = structuredClone(corpus.events[0]!);
    event.sources = event.sources.filter((s) => s.article === 'sana-2025-02-12-putin-sharaa-call');
    const entry = parseIcs(exportEventsIcs([event], corpus, options).text).components[0]!;
    expect(icsValue(entry, 'URL')).toBe('https://sana.sy/');
  });

  test('lists an article once however many quotes come from it', () => {
    const event = structuredClone(corpus.events[0]!);
    event.sources.push({ ...event.sources[1]!, quote: 'Another quote' });
    const entry = parseIcs(exportEventsIcs([event], corpus, options).text).components[0]!;
    expect(unescapeIcsText(icsValue(entry, 'DESCRIPTION')!).match(/Kremlin:/g)).toHaveLength(1);
  });

  test('says in the calendar header how many month- or year-precision events were left out', () => {
    const calendar = parseIcs(exportEventsIcs(corpus.events, corpus, options).text);
    expect(unescapeIcsText(icsValue(calendar, 'X-WR-CALDESC')!)).toBe(
      '1 left out (sharaa-named-transitional-president-2025-01)',
    );
    expect(icsValue(parseIcs(exportEventsIcs(corpus.events.slice(0, 1), corpus, options).text), 'X-WR-CALDESC')).toBe(
      undefined,
    );
  });

  test('writes the UI language, and no line is longer than 75 octets or splits a character', () => {
    const { text } = exportEventsIcs(corpus.events, corpus, { ...options, lang: 'ar' });
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (const line of text.split('\r\n')) {
      const bytes = new TextEncoder().encode(line);
      expect(bytes.length).toBeLessThanOrEqual(75);
      expect(decoder.decode(bytes)).toBe(line);
    }
    const call = parseIcs(text).components[0]!;
    expect(unescapeIcsText(icsValue(call, 'SUMMARY')!)).toBe('بوتين يتصل بالشرع');
    expect(unescapeIcsText(icsValue(call, 'DESCRIPTION')!)).toContain(corpus.events[0]!.summary.ar);
  });

  test('an unknown day within a span becomes an entry over the span, and says so in its title', () => {
    const event = structuredClone(corpus.events[0]!);
    event.date = { start: '2025-02-12', end: '2025-02-14', precision: 'day', range: true, rule: 'explicit' };
    const entry = parseIcs(exportEventsIcs([event], corpus, options).text).components[0]!;
    expect([icsValue(entry, 'DTSTART'), icsValue(entry, 'DTEND')]).toEqual(['20250212', '20250215']);
    expect(unescapeIcsText(icsValue(entry, 'SUMMARY')!)).toBe('Putin calls al-Sharaa (day unknown)');
    expect(unescapeIcsText(icsValue(entry, 'DESCRIPTION')!)).toMatch(/^The exact day is unknown\.\n/);
  });

  test('the same events and clock give the same file', () => {
    expect(exportEventsIcs(corpus.events, corpus, options).text).toBe(
      exportEventsIcs(corpus.events, corpus, options).text,
    );
  });
});

describe('escaping and folding', () => {
  test.each([
    ['a,b', 'a\\,b'],
    ['a;b', 'a\\;b'],
    ['a\\b', 'a\\\\b'],
    ['line\nnext', 'line\\nnext'],
    ['line\r\nnext', 'line\\nnext'],
  ])('escapeIcsText(%j) is %j', (input, expected) => expect(escapeIcsText(input)).toBe(expected));

  test('any text survives escaping, folding, unfolding and unescaping', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (value) => {
        const folded = foldIcsLine(`SUMMARY:${escapeIcsText(value.replace(/\r\n?/g, '\n'))}`);
        const [line] = unfoldIcs(`${folded}\r\n`);
        expect(unescapeIcsText(line!.slice('SUMMARY:'.length))).toBe(value.replace(/\r\n?/g, '\n'));
      }),
    );
  });
});
