import { corpusSchema, EVENT_TYPES, SCHEMA_VERSION, type Corpus, type CorpusEvent } from '../model/corpus-schema.ts';
import { formatIssuePath } from '../model/decode-corpus.ts';
import { compareEvents } from '../model/event-order.ts';
import type { CorpusError } from './corpus-error.ts';
import { quoteIsAt } from './locate-quote.ts';
import { pendingDraft, readSources, type SourceFile } from './read-sources.ts';
import { resolveAfterDate, resolveEvent, type Lookup } from './resolve-event.ts';
import { annotationEventSchema } from './source-schema.ts';
import { validateSource, type YamlSource } from './yaml-source.ts';

export type { SourceFile } from './read-sources.ts';

export type BuildResult =
  { ok: true; corpus: Corpus; json: string; summary: string } | { ok: false; errors: CorpusError[] };

interface Located {
  source: YamlSource;
  path: (string | number)[];
}

/**
 * Derives the corpus from the files under corpus/. Pure: the caller reads and writes files.
 * Collects every error before giving up, so one run shows all that needs fixing; the same
 * files always give the same bytes (everything is sorted, nothing depends on the clock).
 */
export function buildCorpus(files: SourceFile[]): BuildResult {
  const errors: CorpusError[] = [];
  const sorted = [...files].sort((a, b) => compare(a.path, b.path));
  const sources = readSources(sorted, errors);
  const at = (where: Located, field: (string | number)[], message: string) =>
    errors.push({
      file: where.source.file,
      line: where.source.lineOf([...where.path, ...field]),
      field: formatIssuePath([...where.path, ...field]),
      message,
    });

  const countries = collectUnique(sources.countries, 'code', (c) => c.code, at);
  const people = collectUnique(sources.people, 'id', (p) => p.id, at);
  const places = collectUnique(sources.places, 'id', (p) => p.id, at);
  const articles = new Map(sources.articles.map((a) => [a.article.id, a]));
  for (const [id, copies] of groupBy(sources.articles, (a) => a.article.id)) {
    for (const extra of copies.slice(1)) at({ source: extra.source, path: [] }, ['id'], `duplicate article id "${id}"`);
  }

  for (const { value: person, where } of people.values()) {
    if (!countries.has(person.country)) at(where, ['country'], `unknown country "${person.country}"`);
    person.roles.forEach((role, r) => {
      if (!countries.has(role.country)) at(where, ['roles', r, 'country'], `unknown country "${role.country}"`);
      role.attestedBy.forEach((id, k) => {
        if (!articles.has(id)) at(where, ['roles', r, 'attestedBy', k], `unknown article "${id}"`);
      });
    });
  }
  for (const { value: place, where } of places.values()) {
    if (!countries.has(place.country)) at(where, ['country'], `unknown country "${place.country}"`);
  }

  const lookup: Lookup = {
    personCountry: new Map([...people.values()].map(({ value }) => [value.id, value.country])),
    countries: new Set(countries.keys()),
    places: new Map([...places.values()].map(({ value }) => [value.id, value])),
  };

  const events = new Map<string, { event: CorpusEvent; where: Located; published: string; after?: string }>();
  for (const annotation of sources.annotations) {
    const article = articles.get(annotation.article);
    if (!article) {
      at(
        { source: annotation.source, path: [] },
        ['article'],
        `unknown article "${annotation.article}": no corpus/articles/${annotation.article}.md`,
      );
      continue;
    }
    annotation.events.forEach((raw, i) => {
      const where: Located = { source: annotation.source, path: ['events', i] };
      const result = validateSource(annotation.source, annotationEventSchema, raw, where.path);
      if (!result.ok) {
        errors.push(...result.errors);
        return;
      }
      if (result.data.review)
        errors.push(pendingDraft(annotation.source, [...where.path, 'review'], `event "${result.data.id}"`));
      const { review: _review, ...checked } = result.data;
      const event = resolveEvent(checked, article, lookup, annotation.source, where.path, errors);
      const first = events.get(event.id);
      if (first) {
        at(
          where,
          ['id'],
          `duplicate event id "${event.id}" (first at ${first.where.source.file}:${first.where.source.lineOf([...first.where.path, 'id'])})`,
        );
        return;
      }
      const after = 'after' in result.data.date ? result.data.date.after : undefined;
      events.set(event.id, { event, where, published: article.article.published.date, ...(after ? { after } : {}) });
    });
  }

  for (const { event, where, published, after } of events.values()) {
    if (after !== undefined) {
      const problem = resolveAfterDate(event, events.get(after)?.event, published);
      if (problem) at(where, ['date', 'after'], `"${after}" ${problem}`);
    }
    event.related?.forEach((id, k) => {
      if (!events.has(id)) at(where, ['related', k], `unknown event "${id}"`);
      if (id === event.id) at(where, ['related', k], 'an event cannot be related to itself');
    });
    event.sources.forEach((s, k) => {
      const text = articles.get(s.article)?.text ?? '';
      if (!quoteIsAt(text, s.quote, s.start, s.end))
        at(where, ['sources', k, 'quote'], 'the offsets do not point at the quote');
    });
  }

  if (errors.length > 0) return { ok: false, errors };

  const corpus: Corpus = {
    schemaVersion: SCHEMA_VERSION,
    articles: [...articles.values()].map((a) => a.article).sort((a, b) => compare(a.id, b.id)),
    people: [...people.values()].map(({ value }) => value).sort((a, b) => compare(a.id, b.id)),
    countries: [...countries.values()].map(({ value }) => value).sort((a, b) => compare(a.code, b.code)),
    events: [...events.values()].map(({ event }) => event).sort(compareEvents),
  };
  // The schema the browser uses must accept what the build writes; a failure here is a bug here.
  const check = corpusSchema.safeParse(corpus);
  if (!check.success) {
    return {
      ok: false,
      errors: check.error.issues.map((issue) => ({
        file: '(derived corpus)',
        line: 0,
        field: formatIssuePath(issue.path),
        message: issue.message,
      })),
    };
  }
  // The parsed copy lists keys in schema order: a stable, documented layout whatever the sources.
  return { ok: true, corpus: check.data, json: `${JSON.stringify(check.data)}\n`, summary: summarize(check.data) };
}

function summarize(corpus: Corpus): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const byType = EVENT_TYPES.map((type) => plural(corpus.events.filter((e) => e.type === type).length, type)).join(
    ', ',
  );
  return `${plural(corpus.articles.length, 'article')}, ${plural(corpus.events.length, 'event')} (${byType}), ${plural(corpus.people.length, 'person').replace('persons', 'people')}, ${plural(corpus.countries.length, 'country').replace('countrys', 'countries')}`;
}

// Code-unit order, not locale order: the output must not depend on the machine's locale.
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/** Merges gazetteer lists, reporting a second entry with an id already seen. */
function collectUnique<T>(
  lists: { source: YamlSource; entries: T[] }[],
  idField: string,
  idOf: (entry: T) => string,
  at: (where: Located, field: (string | number)[], message: string) => void,
): Map<string, { value: T; where: Located }> {
  const seen = new Map<string, { value: T; where: Located }>();
  for (const { source, entries } of lists) {
    entries.forEach((value, i) => {
      const where: Located = { source, path: [i] };
      const id = idOf(value);
      if (seen.has(id)) at(where, [idField], `duplicate id "${id}"`);
      else seen.set(id, { value, where });
    });
  }
  return seen;
}
