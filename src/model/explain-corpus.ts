// First: zod must be jitless before the schema module builds its schemas (see zod-jitless.ts).
import './zod-jitless.ts';
import type { z } from 'zod';
import { shardFirsts, type CorpusHead, type CorpusShard } from './corpus-parts.ts';
import { corpusSchema, headSchema, referenceIssues, shardSchema, type Corpus } from './corpus-schema.ts';
import { compareEvents } from './event-order.ts';
import { sameSkeleton } from './check-corpus.ts';

type Issue = { path: PropertyKey[]; message: string };
/** What zod makes of a part of a corpus: the part, or every issue with its path. */
export type Explained<T> = { success: true; value: T } | { success: false; issues: Issue[] };

const issuesOf = (error: z.ZodError): Issue[] => error.issues.map(({ path, message }) => ({ path, message }));

/**
 * What zod makes of a corpus the fast check refused: the corpus (should the two ever disagree,
 * zod has the last word), or every issue with its path. Loaded only then, with zod, so that the
 * page that loads a good corpus never downloads either.
 */
export function explainCorpus(data: unknown): Explained<Corpus> {
  const parsed = corpusSchema.safeParse(data);
  return parsed.success ? { success: true, value: parsed.data } : { success: false, issues: issuesOf(parsed.error) };
}

/** The same for a head: its schema, then what no per-object schema sees (references, order, shards). */
export function explainHead(data: unknown): Explained<CorpusHead> {
  const parsed = headSchema.safeParse(data);
  if (!parsed.success) return { success: false, issues: issuesOf(parsed.error) };
  const head = parsed.data;
  const issues: Issue[] = referenceIssues(head, head.events);
  head.events.forEach((event, i) => {
    const previous = head.events[i - 1];
    if (previous && compareEvents(previous, event) >= 0)
      issues.push({ path: ['events', i], message: `must come after "${previous.id}" (by start, end, then id)` });
  });
  const total = head.shards.reduce((sum, shard) => sum + shard.count, 0);
  if (total !== head.events.length)
    issues.push({ path: ['shards'], message: `the shards hold ${total} events, the head ${head.events.length}` });
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
  if (!parsed.success) return { success: false, issues: issuesOf(parsed.error) };
  const shard = parsed.data;
  const first = shardFirsts(head.shards)[k] ?? 0;
  const count = head.shards[k]?.count ?? 0;
  // Against the head's tables; a related event may be in another shard.
  const issues: Issue[] = referenceIssues(head, shard.events, eventIds);
  if (shard.first !== first)
    issues.push({ path: ['first'], message: `must be ${first}, where the head puts this shard` });
  if (shard.events.length !== count)
    issues.push({ path: ['events'], message: `must hold ${count} events, as the head says` });
  shard.events.forEach((event, j) => {
    const skeleton = head.events[first + j];
    if (skeleton && !sameSkeleton(event, skeleton))
      issues.push({ path: ['events', j], message: `does not match the head's event ${first + j} ("${skeleton.id}")` });
  });
  return issues.length ? { success: false, issues } : { success: true, value: shard };
}
