import type { z } from 'zod';
import { articleShape, countryCodeShape, countryShape, localizedShape, personShape } from './corpus-shape.ts';
import { corpusShape, eventDateShape, eventShape, type Corpus } from './event-shape.ts';
import { calendarDate, forEachRef, type RefTable, type Shape } from './shape.ts';
import { zodOf } from './zod-of-shape.ts';

/**
 * The corpus format as zod schemas, made from its one description (corpus-shape.ts, event-shape.ts): the corpus
 * build validates what it writes with them, and the page loads them (in a chunk of their own)
 * only to explain a part that the fast check refused. The TypeScript types come from the same
 * description.
 */
export {
  DATE_RULES,
  EVENT_TYPES,
  LANGUAGES,
  PUBLICATION_BASES,
  ROLES,
  SCHEMA_VERSION,
  type DateRule,
  type EventType,
  type Language,
  type Role,
} from './corpus-vocabulary.ts';
export type { Article, Country, Localized, Person } from './corpus-shape.ts';
export type { Corpus, CorpusEvent, EventDate, EventSource, Participant } from './event-shape.ts';

export const countryCodeSchema = zodOf(countryCodeShape);
export const calendarDateSchema = zodOf(calendarDate());
export const localizedSchema = zodOf(localizedShape);
export const eventDateSchema = zodOf(eventDateShape);
export const eventSchema = zodOf(eventShape);
export const articleSchema = zodOf(articleShape);
export const personSchema = zodOf(personShape);
export const countrySchema = zodOf(countryShape);

export const corpusSchema = zodOf(corpusShape).superRefine(checkReferences);

/** An event as far as references go: a complete one, or a part of one (a shard's, without an id). */
type ReferencingEvent = object & { id?: string };

/** A problem no per-object schema can see, with its path. */
export interface ReferenceIssue {
  path: (string | number)[];
  message: string;
}

const KIND: Record<RefTable, string> = { person: 'person', country: 'country', article: 'article', event: 'event' };

/**
 * Ids unique, every reference resolvable, wherever the format puts one (a `ref` in its shapes).
 * `knownEvents` are the ids a related event may name (by default those of `events`; a shard's
 * may name any event of its corpus). `eventShapeOf` is the shape the events have (a shard's
 * events are parts of events).
 */
export function referenceIssues(
  tables: Pick<Corpus, 'articles' | 'people' | 'countries'>,
  events: readonly ReferencingEvent[],
  knownEvents?: { has(id: string): boolean },
  eventShapeOf: Shape = eventShape,
): ReferenceIssue[] {
  const issues: ReferenceIssue[] = [];
  const uniqueIds = (ids: string[], path: string) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) issues.push({ path: [path, i], message: `duplicate id "${id}"` });
      seen.add(id);
    });
    return seen;
  };
  const known: Record<RefTable, { has(id: string): boolean }> = {
    article: uniqueIds(
      tables.articles.map((a) => a.id),
      'articles',
    ),
    person: uniqueIds(
      tables.people.map((p) => p.id),
      'people',
    ),
    country: uniqueIds(
      tables.countries.map((c) => c.code),
      'countries',
    ),
    event: uniqueIds(
      events.flatMap((e) => (typeof e.id === 'string' ? [e.id] : [])),
      'events',
    ),
  };
  if (knownEvents) known.event = knownEvents;
  const need = (prefix: (string | number)[]) => (table: RefTable, id: string, path: (string | number)[]) => {
    if (!known[table].has(id)) issues.push({ path: [...prefix, ...path], message: `unknown ${KIND[table]} "${id}"` });
  };
  tables.people.forEach((person, i) => forEachRef(personShape, person, need(['people', i])));
  events.forEach((event, i) => forEachRef(eventShapeOf, event, need(['events', i])));
  return issues;
}

function checkReferences(corpus: Corpus, ctx: z.RefinementCtx): void {
  for (const issue of referenceIssues(corpus, corpus.events)) ctx.addIssue({ code: 'custom', ...issue });
}
