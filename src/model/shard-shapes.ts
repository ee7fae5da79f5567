import { versionShape } from './corpus-shape.ts';
import { LANGUAGES, SCHEMA_VERSION } from './corpus-vocabulary.ts';
import { eventDateShape, eventShape } from './event-shape.ts';
import { integer, list, literal, object, omit, oneOf, optional, text, type Infer } from './shape.ts';

/*
 * The shapes of a split corpus's text shards (corpus-parts.ts), made from the event's
 * (event-shape.ts): read by the chunk that checks a shard on arrival, not by the first page.
 */

/**
 * The fields of an event a shard's rest leaves out (its skeleton, its related events, its words,
 * and the date, place and sources it keeps in part), and those of its date and its sources.
 */
export const NOT_IN_REST = [
  'id',
  'type',
  'people',
  'countries',
  'title',
  'summary',
  'related',
  'date',
  'location',
  'sources',
] as const;
export const NOT_IN_REST_DATE = ['start', 'end', 'precision', 'range'] as const;
export const NOT_IN_REST_SOURCE = ['attribution'] as const;

/** What a shard keeps of an event: all but its skeleton, its related events and its words. */
export const eventRestShape = object({
  ...omit(eventShape, NOT_IN_REST).fields,
  date: omit(eventDateShape, NOT_IN_REST_DATE),
  location: optional(omit(eventShape.fields.location.shape, ['name'])),
  sources: list(omit(eventShape.fields.sources.item, NOT_IN_REST_SOURCE), 1, 'every event cites at least one source'),
});
export type EventRest = Infer<typeof eventRestShape>;

/** An event's words in one language. */
export const eventWordsShape = object({
  title: text(),
  summary: text(),
  /** The place's name, when the event has one. */
  place: optional(text()),
  /** Each source's attribution, in the order of the sources. */
  attributions: list(text(), 1),
});
export type EventWords = Infer<typeof eventWordsShape>;

const shardHeader = { schemaVersion: literal(SCHEMA_VERSION), version: versionShape, first: integer(0) };
export const restShardShape = object({ ...shardHeader, events: list(eventRestShape) });
export const wordsShardShape = object({ ...shardHeader, lang: oneOf(LANGUAGES), events: list(eventWordsShape) });
export type RestShard = Infer<typeof restShardShape>;
export type WordsShard = Infer<typeof wordsShardShape>;
