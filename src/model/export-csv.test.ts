import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { smallCorpus } from '../../tests/corpus-fixture.ts';
import { parseCsv } from '../../tests/parse/parse-csv.ts';
import { CSV_COLUMNS, exportEventsCsv, quoteCsvField } from './export-csv.ts';

const corpus = smallCorpus();

function table(text: string) {
  const [header, ...rows] = parseCsv(text.slice(1));
  return { header, rows: rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i]]))) };
}

describe('exportEventsCsv', () => {
  test('starts with a byte-order mark and ends every record with CRLF', () => {
    const text = exportEventsCsv(corpus.events, corpus, 'en');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(new Blob([text]).size).toBe(new TextEncoder().encode(text).length);
  });

  test('gives one row per event, with the columns in order', () => {
    const { header, rows } = table(exportEventsCsv(corpus.events, corpus, 'en'));
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows.map((r) => r.id)).toEqual(corpus.events.map((e) => e.id));
  });

  test('writes names in the UI language beside the ids, Arabic and Russian intact', () => {
    const call = corpus.events[0]!;
    const [arabic] = table(exportEventsCsv([call], corpus, 'ar')).rows;
    expect(arabic).toMatchObject({
      id: 'putin-sharaa-call-2025-02-12',
      type: 'call',
      start: '2025-02-12',
      end: '2025-02-12',
      precision: 'day',
      people: 'فلاديمير بوتين; أحمد الشرع',
      person_ids: 'vladimir-putin; ahmed-al-sharaa',
      countries: 'روسيا; سوريا',
      country_codes: 'RU; SY',
      title: 'بوتين يتصل بالشرع',
    });
    const [russian] = table(exportEventsCsv([call], corpus, 'ru')).rows;
    expect(russian!.people).toBe('Владимир Путин; Ахмед аш-Шараа');
    expect(russian!.summary).toBe(call.summary.ru);
  });

  test('puts each quote on its own line, with its article, outlet and URL on the same line of their cells', () => {
    const call = corpus.events[0]!;
    const [row] = table(exportEventsCsv([call], corpus, 'en')).rows;
    expect(row!.quotes!.split('\n')).toEqual(call.sources.map((s) => s.quote));
    expect(row!.source_articles!.split('\n')).toEqual([
      'sana-2025-02-12-putin-sharaa-call',
      'kremlin-2025-02-12-putin-sharaa-call',
    ]);
    expect(row!.source_outlets!.split('\n')).toEqual(['SANA', 'Kremlin']);
    // SANA's article has no URL in the corpus: its outlet's site stands in.
    expect(row!.source_urls!.split('\n')).toEqual([
      'https://sana.sy/',
      'http://kremlin.ru/events/president/news/76256',
    ]);
  });

  test('quotes fields with commas, quotes and line breaks, doubling the quotes', () => {
    const event = structuredClone(corpus.events[0]!);
    event.title.en = 'He said "yes", then left';
    const text = exportEventsCsv([event], corpus, 'en');
    expect(text).toContain('"He said ""yes"", then left"');
    expect(table(text).rows[0]!.title).toBe('He said "yes", then left');
  });

  test('makes a cell that a spreadsheet would run as a formula into text', () => {
    const event = structuredClone(corpus.events[0]!);
    event.title.en = '=HYPERLINK("http://example.com")';
    expect(table(exportEventsCsv([event], corpus, 'en')).rows[0]!.title).toBe(`'=HYPERLINK("http://example.com")`);
  });

  test('marks a range as such, and a month-precision event as month', () => {
    const milestone = corpus.events.find((e) => e.date.precision === 'month')!;
    expect(table(exportEventsCsv([milestone], corpus, 'en')).rows[0]).toMatchObject({
      precision: 'month',
      location: 'Damascus',
      location_id: 'damascus',
    });
  });
});

describe('quoteCsvField', () => {
  test('any text reads back as it was (formula prefixes aside)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ unit: 'grapheme' }).filter((s) => !/^[=+\-@\t\r]/.test(s)),
          { minLength: 1 },
        ),
        (fields) => {
          expect(parseCsv(fields.map(quoteCsvField).join(',') + '\r\n')).toEqual([fields]);
        },
      ),
    );
  });
});
