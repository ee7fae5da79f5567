import type { CorpusEvent } from './corpus-schema.ts';
import type { Language } from './corpus-vocabulary.ts';
import type { ShardAccess, ShardFailure } from './event-texts.ts';

/** Shards asked for ahead of the one being read. */
const AHEAD = 4;

/**
 * EventTexts.load for a split corpus (event-texts.ts): the events at `positions` (rising) with
 * their words in `languages`, shard by shard in order, a few shards asked for ahead of the one
 * being read. A shard dropped from the cache while it waited its turn is fetched again. Resolves
 * to null once every event was visited, or to the first failure.
 */
export async function loadTexts(
  shards: ShardAccess,
  positions: ArrayLike<number>,
  languages: readonly Language[],
  visit: (event: CorpusEvent, position: number) => void,
  { signal, onProgress }: { signal?: AbortSignal; onProgress?: (done: number, total: number) => void } = {},
): Promise<ShardFailure | null> {
  const byShard = new Map<number, number[]>();
  for (let i = 0; i < positions.length; i++) {
    const position = positions[i]!;
    const k = shards.shardOf(position);
    let list = byShard.get(k);
    if (!list) byShard.set(k, (list = []));
    list.push(position);
  }
  const order = [...byShard.keys()];
  onProgress?.(0, order.length);
  for (let at = 0; at < order.length; at++) {
    for (const k of order.slice(at + 1, at + 1 + AHEAD)) shards.ask(k, languages);
    const k = order[at]!;
    for (;;) {
      if (signal?.aborted) return null;
      const failure = await shards.fetch(k, languages);
      if (failure) return failure;
      if (shards.visit(k, byShard.get(k)!, languages, visit)) break;
    }
    onProgress?.(at + 1, order.length);
  }
  return null;
}
