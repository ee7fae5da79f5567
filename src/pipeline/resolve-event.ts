import { spanOf } from '../model/calendar-date.ts';
import type { CorpusEvent, EventDate, Participant } from '../model/corpus-schema.ts';
import { resolveDateExpression } from '../model/date-expression.ts';
import { foldForSearch } from '../model/text-normalize.ts';
import { formatIssuePath } from '../model/decode-corpus.ts';
import type { CorpusError } from './corpus-error.ts';
import { locateQuote } from './locate-quote.ts';
import type { ArticleSource, Place } from './read-sources.ts';
import type { AnnotationEvent, SourceDate } from './source-schema.ts';
import type { YamlSource } from './yaml-source.ts';

/** What an event's annotation may refer to, gathered from the gazetteer and the articles. */
export interface Lookup {
  personCountry: Map<string, string>;
  countries: Set<string>;
  places: Map<string, Place>;
}

type Report = (path: (string | number)[], message: string) => void;

/**
 * Turns one annotated event into a corpus event: participants completed from the gazetteer,
 * quotes located in the article, the date resolved. `after` dates need the other events, so
 * they are left for `resolveAfterDates`.
 */
export function resolveEvent(
  event: AnnotationEvent,
  article: ArticleSource,
  lookup: Lookup,
  source: YamlSource,
  basePath: (string | number)[],
  errors: CorpusError[],
): CorpusEvent {
  const report: Report = (path, message) => {
    const full = [...basePath, ...path];
    errors.push({ file: source.file, line: source.lineOf(full), field: formatIssuePath(full), message });
  };

  const participants: Participant[] = event.participants.map((p, k) => {
    if ('person' in p) {
      const country = lookup.personCountry.get(p.person);
      if (!country)
        report(['participants', k, 'person'], `unknown person "${p.person}": add them to gazetteer/people.yaml`);
      return { person: p.person, country: country ?? 'ZZ', role: p.role };
    }
    if (!lookup.countries.has(p.country))
      report(['participants', k, 'country'], `unknown country "${p.country}": add it to gazetteer/countries.yaml`);
    return { country: p.country, role: p.role };
  });

  const place = event.location === undefined ? undefined : lookup.places.get(event.location);
  if (event.location !== undefined && !place)
    report(['location'], `unknown place "${event.location}": add it to gazetteer/places.yaml`);

  const sources = event.sources.map((s, k) => {
    const found = locateQuote(article.text, s.quote, s.occurrence);
    if (typeof found === 'string') report(['sources', k, 'quote'], found);
    const at = typeof found === 'string' ? { start: 0, end: 1, quote: s.quote } : found;
    return { article: article.article.id, quote: at.quote, start: at.start, end: at.end, attribution: s.attribution };
  });

  const date = resolveDate(event.date, article, report);
  const expression = date?.expression;
  if (expression !== undefined) {
    const folded = foldForSearch(expression);
    if (!sources.some((s) => foldForSearch(s.quote).includes(folded))) {
      report(
        ['date', 'expression'],
        `"${expression}" does not occur in any of the event's quotes: quote the words that date it`,
      );
    }
  }

  return {
    id: event.id,
    type: event.type,
    date: date ?? {
      start: article.article.published.date,
      end: article.article.published.date,
      precision: 'day',
      rule: 'explicit',
    },
    people: unique(participants.flatMap((p) => (p.person === undefined ? [] : [p.person]))),
    countries: unique(participants.map((p) => p.country)),
    participants,
    ...(place ? { location: { id: place.id, name: place.name, country: place.country } } : {}),
    title: event.title,
    summary: event.summary,
    sources,
    ...(event.related || 'after' in event.date
      ? { related: unique([...(event.related ?? []), ...('after' in event.date ? [event.date.after] : [])]) }
      : {}),
  };
}

function resolveDate(date: SourceDate, article: ArticleSource, report: Report): EventDate | null {
  const { published } = article.article;
  const expression = date.expression === undefined ? {} : { expression: date.expression };
  if ('on' in date) return { ...spanOf(date.on, 'day'), precision: 'day', rule: 'explicit', ...expression };
  if ('month' in date)
    return { ...spanOf(`${date.month}-01`, 'month'), precision: 'month', rule: 'explicit', ...expression };
  if ('year' in date)
    return { ...spanOf(`${String(date.year)}-01-01`, 'year'), precision: 'year', rule: 'explicit', ...expression };
  if ('after' in date) {
    // Placeholder until resolveAfterDates: it needs the date of the event named.
    return {
      start: published.date,
      end: published.date,
      precision: 'day',
      rule: 'after-event',
      anchor: published.date,
      ...expression,
    };
  }
  const resolved = resolveDateExpression(date.expression, published.date);
  if (!resolved) {
    report(
      ['date', 'expression'],
      `cannot resolve "${date.expression}" by any documented rule: give {on}, {month} or {year} with the expression`,
    );
    return null;
  }
  // Where the publication date itself is uncertain, every reading it allows is kept.
  const readings = (published.alternatives ?? []).flatMap((anchor) => {
    const other = resolveDateExpression(date.expression, anchor);
    if (!other || (other.start === resolved.start && other.end === resolved.end)) return [];
    return [{ start: other.start, end: other.end, precision: other.precision, anchor }];
  });
  return {
    start: resolved.start,
    end: resolved.end,
    precision: resolved.precision,
    expression: date.expression,
    rule: resolved.rule,
    anchor: published.date,
    ...(readings.length > 0 ? { readings } : {}),
  };
}

/**
 * An `after` date is an unknown day from the named event's date to the article's publication:
 * all the article allows for, say, a statement on a call that it does not date.
 */
export function resolveAfterDate(event: CorpusEvent, after: CorpusEvent | undefined, published: string): string | null {
  if (!after) return 'names an event that does not exist';
  if (after.date.start > published) return `names an event dated after the article (${after.date.start})`;
  const range = after.date.start < published;
  event.date = {
    ...event.date,
    start: after.date.start,
    end: published,
    precision: 'day',
    ...(range ? { range: true as const } : {}),
  };
  return null;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
