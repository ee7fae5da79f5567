// First: zod must be jitless before the schema modules build their schemas (see zod-jitless.ts).
import './zod-jitless.ts';
import type { z } from 'zod';
import { headShape, shardFirsts, type CorpusHead } from './corpus-parts.ts';
import { corpusSchema, referenceIssues, type Corpus } from './corpus-schema.ts';
import type { Language } from './corpus-vocabulary.ts';
import { wordsFileShape, type SearchWordsFile } from './search-files.ts';
import { eventRestShape, restShardShape, wordsShardShape } from './shard-shapes.ts';
import { zodOf } from './zod-of-shape.ts';

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

const headSchema = zodOf(headShape);
const restShardSchema = zodOf(restShardShape);
const wordsShardSchema = zodOf(wordsShardShape);
const wordsFileSchema = zodOf(wordsFileShape);

/** The same for a head: its schema, then what no per-object schema sees (references). */
export function explainHead(data: unknown): Explained<CorpusHead> {
  const parsed = headSchema.safeParse(data);
  if (!parsed.success) return { success: false, issues: issuesOf(parsed.error) };
  const head = parsed.data;
  const issues: Issue[] = referenceIssues(head, []);
  const countries = new Set(head.countries.map((c) => c.code));
  const people = new Set(head.people.map((p) => p.id));
  head.countryCodes.forEach((code, i) => {
    if (!countries.has(code)) issues.push({ path: ['countryCodes', i], message: `unknown country "${code}"` });
  });
  head.personIds.forEach((id, i) => {
    if (!people.has(id)) issues.push({ path: ['personIds', i], message: `unknown person "${id}"` });
  });
  return issues.length ? { success: false, issues } : { success: true, value: head };
}

/** Where shard `k` of `head` belongs: its corpus version, its first event, its size. */
function placeIssues(
  shard: { version: string; first: number; events: unknown[] },
  head: CorpusHead,
  k: number,
): Issue[] {
  const issues: Issue[] = [];
  const first = shardFirsts(head.shards)[k] ?? 0;
  const count = head.shards[k] ?? 0;
  if (shard.version !== head.version)
    issues.push({ path: ['version'], message: `must be ${head.version}, the version of the corpus's head` });
  if (shard.first !== first)
    issues.push({ path: ['first'], message: `must be ${first}, where the head puts this shard` });
  if (shard.events.length !== count)
    issues.push({ path: ['events'], message: `must hold ${count} events, as the head says` });
  return issues;
}

/** The same for shard `k`'s events without their words: its schema, its references, its place. */
export function explainRestShard(
  data: unknown,
  head: CorpusHead,
  k: number,
): Explained<z.infer<typeof restShardSchema>> {
  const parsed = restShardSchema.safeParse(data);
  if (!parsed.success) return { success: false, issues: issuesOf(parsed.error) };
  const shard = parsed.data;
  const issues: Issue[] = [
    ...referenceIssues(head, shard.events, undefined, eventRestShape),
    ...placeIssues(shard, head, k),
  ];
  return issues.length ? { success: false, issues } : { success: true, value: shard };
}

/** The same for shard `k`'s words in `lang`. */
export function explainWordsShard(
  data: unknown,
  head: CorpusHead,
  k: number,
  lang: Language,
): Explained<z.infer<typeof wordsShardSchema>> {
  const parsed = wordsShardSchema.safeParse(data);
  if (!parsed.success) return { success: false, issues: issuesOf(parsed.error) };
  const shard = parsed.data;
  const issues = placeIssues(shard, head, k);
  if (shard.lang !== lang) issues.push({ path: ['lang'], message: `must be "${lang}", the language asked for` });
  return issues.length ? { success: false, issues } : { success: true, value: shard };
}

/** The same for the search index's words. */
export function explainSearchWords(data: unknown, head: CorpusHead): Explained<SearchWordsFile> {
  const parsed = wordsFileSchema.safeParse(data);
  if (!parsed.success) return { success: false, issues: issuesOf(parsed.error) };
  const file = parsed.data;
  const issues: Issue[] = [];
  if (file.version !== head.version)
    issues.push({ path: ['version'], message: `must be ${head.version}, the version of the corpus's head` });
  if (file.events !== head.events)
    issues.push({ path: ['events'], message: `must be ${head.events}, as the head says` });
  if (file.partStart.length !== head.searchParts)
    issues.push({ path: ['partStart'], message: `must list ${head.searchParts} parts, as the head says` });
  return issues.length ? { success: false, issues } : { success: true, value: file };
}
