import type { Corpus, CorpusEvent, Language } from './corpus-schema.ts';
import { sourceLink } from './source-link.ts';

/** The columns, in order. Names are stable identifiers (English, snake_case), for scripts as well as people. */
export const CSV_COLUMNS = [
  'id',
  'type',
  'start',
  'end',
  'precision',
  'people',
  'person_ids',
  'countries',
  'country_codes',
  'location',
  'location_id',
  'title',
  'summary',
  'quotes',
  'source_articles',
  'source_titles',
  'source_outlets',
  'source_urls',
] as const;

/** Excel reads UTF-8 only when the file says so with a byte-order mark. */
const BOM = '\uFEFF';
/** Between the names or ids of one cell. */
const LIST_SEPARATOR = '; ';
// Quotes and their sources are one per line in a cell, so that line n of each source column belongs to quote n.
const LINE = '\n';

/** RFC 4180: a field with a comma, a quote or a line break is quoted, and its quotes doubled. */
export function quoteCsvField(value: string): string {
  // A spreadsheet runs a cell that starts with = + - @ as a formula: an opened corpus could carry
  // one. A leading apostrophe makes it text (OWASP's advice for CSV injection).
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The events as CSV: one row per event, names in the UI language beside their ids, with a BOM,
 * RFC 4180 quoting and CRLF between records.
 */
export function exportEventsCsv(
  events: readonly CorpusEvent[],
  corpus: Pick<Corpus, 'people' | 'countries' | 'articles'>,
  lang: Language,
): string {
  const people = new Map(corpus.people.map((p) => [p.id, p.name[lang]]));
  const countries = new Map(corpus.countries.map((c) => [c.code, c.name[lang]]));
  const articles = new Map(corpus.articles.map((a) => [a.id, a]));
  const rows = events.map((event) => {
    const sources = event.sources.map((s) => ({ source: s, article: articles.get(s.article) }));
    const cells: Record<(typeof CSV_COLUMNS)[number], string> = {
      id: event.id,
      type: event.type,
      start: event.date.start,
      end: event.date.end,
      precision: event.date.range ? `${event.date.precision} (range)` : event.date.precision,
      people: event.people.map((id) => people.get(id) ?? id).join(LIST_SEPARATOR),
      person_ids: event.people.join(LIST_SEPARATOR),
      countries: event.countries.map((code) => countries.get(code) ?? code).join(LIST_SEPARATOR),
      country_codes: event.countries.join(LIST_SEPARATOR),
      location: event.location?.name[lang] ?? '',
      location_id: event.location?.id ?? '',
      title: event.title[lang],
      summary: event.summary[lang],
      quotes: sources.map(({ source }) => source.quote).join(LINE),
      source_articles: sources.map(({ source }) => source.article).join(LINE),
      source_titles: sources.map(({ article }) => article?.title ?? '').join(LINE),
      source_outlets: sources.map(({ article }) => article?.outlet.name[lang] ?? '').join(LINE),
      source_urls: sources.map(({ article }) => sourceLink(article)?.href ?? '').join(LINE),
    };
    return CSV_COLUMNS.map((column) => cells[column]);
  });
  return BOM + [[...CSV_COLUMNS], ...rows].map((row) => row.map(quoteCsvField).join(',') + '\r\n').join('');
}
