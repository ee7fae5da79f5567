// First: zod must be jitless before the schema module builds its schemas (see zod-jitless.ts).
import './zod-jitless.ts';
import type { CorpusHead, CorpusShard } from './corpus-parts.ts';
import { corpusSchema, headSchema, shardSchema, type Corpus } from './corpus-schema.ts';
import { compareEvents } from './event-order.ts';
import { sameSkeleton } from './check-corpus.ts';

type Issue = { path: PropertyKey[]; message: string };
type Explained<T> = { success: true; value: T } | { success: false; issues: Issue[] };

/**
 * What zod makes of a corpus the fast check refused: the corpus (should the two ever disagree,
 * zod has the last word), or every issue with its path. Loaded only then, with zod, so that the
 * page that loads a good corpus never downloads either.
 */
export function explainCorpus(data: unknown): Explained<Corpus> {
  const parsed = corpusSchema.safeParse(data);
  if (parsed.success) return { success: true, value: parsed.data };
  return { success: false, issues: parsed.error.issues.map(({ path, message }) => ({ path, message })) };
}

/** The same for a head: its schema, then what no per-object schema sees (references, order, shards). */
export function explainHead(data: unknown): Explained<CorpusHead> {
  const parsed = headSchema.safeParse(data);
  if (!parsed.success)
    return { success: false, issues: parsed.error.issues.map(({ path, message }) => ({ path, message })) };
  const head = parsed.data;
  const issues: Issue[] = [];
  const people = new Set(head.people.map((p) => p.id));
  const countries = new Set(head.countries.map((c) => c.code));
  const ids = new Set<string>();
  head.events.forEach((event, i) => {
    if (ids.has(event.id)) issues.push({ path: ['events', i, 'id'], message: `duplicate id "${event.id}"` });
    ids.add(event.id);
    event.people.forEach((id, k) => {
      if (!people.has(id)) issues.push({ path: ['events', i, 'people', k], message: `unknown person "${id}"` });
    });
    event.countries.forEach((code, k) => {
      if (!countries.has(code))
        issues.push({ path: ['events', i, 'countries', k], message: `unknown country "${code}"` });
    });
    const previous = head.events[i - 1];
    if (previous && compareEvents(previous, event) >= 0)
      issues.push({ path: ['events', i], message: `must come after "${previous.id}" (by start, end, then id)` });
  });
  const total = head.shards.reduce((sum, shard) => sum + shard.count, 0);
  if (total !== head.events.length)
    issues.push({ path: ['shards'], message: `the shards hold ${total} events, the head ${head.events.length}` });
  // The tables' own references: the corpus schema checks them.
  const { schemaVersion, articles, people: persons, countries: nations } = head;
  const tables = corpusSchema.safeParse({ schemaVersion, articles, people: persons, countries: nations, events: [] });
  if (!tables.success) issues.push(...tables.error.issues.map(({ path, message }) => ({ path, message })));
  return issues.length ? { success: false, issues } : { success: true, value: head };
}

/** The same for shard `k` of `head`: its schema, then how it fits the head. */
export function explainShard(
  data: unknown,
  head: CorpusHead,
  k: number,
  eventIds: { has(id: string): boolean },
): Explained<CorpusShard> {
  const parsed = shardSchema.safeParse(data);
  if (!parsed.success)
    return { success: false, issues: parsed.error.issues.map(({ path, message }) => ({ path, message })) };
  const shard = parsed.data;
  const issues: Issue[] = [];
  const first = head.shards.slice(0, k).reduce((sum, entry) => sum + entry.count, 0);
  const count = head.shards[k]?.count ?? 0;
  if (shard.first !== first)
    issues.push({ path: ['first'], message: `must be ${first}, where the head puts this shard` });
  if (shard.events.length !== count)
    issues.push({ path: ['events'], message: `must hold ${count} events, as the head says` });
  // References against the head's tables: the corpus schema, with this shard's events.
  const { articles, people, countries, schemaVersion } = head;
  const refs = corpusSchema.safeParse({ schemaVersion, articles, people, countries, events: shard.events });
  if (!refs.success) {
    for (const { path, message } of refs.error.issues) {
      // A related event in another shard is known to the head.
      const related = /^unknown event "(.*)"$/.exec(message);
      if (related && eventIds.has(related[1]!)) continue;
      issues.push({ path, message });
    }
  }
  shard.events.forEach((event, j) => {
    const skeleton = head.events[first + j];
    if (skeleton && !sameSkeleton(event, skeleton))
      issues.push({ path: ['events', j], message: `does not match the head's event ${first + j} ("${skeleton.id}")` });
  });
  return issues.length ? { success: false, issues } : { success: true, value: shard };
}
