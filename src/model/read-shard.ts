import type { TableIds } from './check-corpus.ts';
import { shardChecks } from './check-shards.ts';
import type { CorpusHead } from './corpus-parts.ts';
import type { Language } from './corpus-vocabulary.ts';
import { decode } from './decode-corpus.ts';
import type { ShardResult } from './event-texts.ts';

/**
 * Reads a split corpus's shard files as they arrive: shard `k`'s rests (`lang` null) or its
 * words in `lang`, checked against the head (check-shards.ts) and explained by zod when refused.
 */
export function shardReader(head: CorpusHead, known: TableIds) {
  const checks = shardChecks();
  return async (text: string, k: number, lang: Language | null): Promise<ShardResult> => {
    if (lang === null) {
      const rest = await decode(
        text,
        (data) => checks.restShard(data, head, k, known),
        (m, data) => m.explainRestShard(data, head, k),
      );
      return rest.status === 'ready' ? { status: 'ready', value: { rest: rest.value.events } } : rest;
    }
    const words = await decode(
      text,
      (data) => checks.wordsShard(data, head, k, lang),
      (m, data) => m.explainWordsShard(data, head, k, lang),
    );
    return words.status === 'ready' ? { status: 'ready', value: { words: words.value.events } } : words;
  };
}
