import type { TableIds } from './check-corpus.ts';
import { compileCheck } from './check-shape.ts';
import { shardFirsts, type CorpusHead } from './corpus-parts.ts';
import type { Language } from './corpus-vocabulary.ts';
import { restShardShape, wordsShardShape, type RestShard, type WordsShard } from './shard-shapes.ts';

/*
 * The fast checks of a split corpus's text shards, as check-corpus.ts checks its head: each
 * shard's shape compiled (shard-shapes.ts), then its place (its corpus version, its first event,
 * its size) and its references to the head's tables.
 */

export type ShardChecks = ReturnType<typeof shardChecks>;

/** The checks, compiled: one set per corpus loaded (each keeps a cache of the dates it has seen). */
export function shardChecks() {
  const restShard = compileCheck(restShardShape);
  const wordsShard = compileCheck(wordsShardShape);
  return {
    /** Shard `k` of `corpus`'s events without their words; `known` are the tables' ids (and not the events'). */
    restShard(data: unknown, corpus: CorpusHead, k: number, known: TableIds): data is RestShard {
      return restShard(data, known) && inPlace(data, corpus, k);
    },

    /** Shard `k`'s words in `lang`. */
    wordsShard(data: unknown, corpus: CorpusHead, k: number, lang: Language): data is WordsShard {
      return wordsShard(data) && inPlace(data, corpus, k) && data.lang === lang;
    },
  };
}

/** Where the head puts shard `k`: its corpus version, its first event, its size. */
function inPlace(data: { version: string; first: number; events: unknown[] }, head: CorpusHead, k: number): boolean {
  return (
    data.version === head.version && data.first === shardFirsts(head.shards)[k] && data.events.length === head.shards[k]
  );
}
