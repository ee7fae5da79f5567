import type { CorpusSource } from '../src/hooks/load-corpus.ts';
import { shardFileName, splitCorpus } from '../src/model/corpus-parts.ts';
import { corpusSchema, type Corpus } from '../src/model/corpus-schema.ts';
import fixture from './fixtures/corpus-small.json';

/** The small hand-written corpus, validated, as a fresh copy that a test may change. */
export function smallCorpus(): Corpus {
  return corpusSchema.parse(structuredClone(fixture));
}

/** The small corpus as the text a source would deliver. */
export function smallCorpusText(): string {
  return JSON.stringify(fixture);
}

/**
 * A source that serves `corpus` as the app loads its own (a head and shards of `shardSize`
 * events, corpus-parts.ts), from memory.
 */
export function splitSource(corpus: Corpus = smallCorpus(), shardSize?: number): CorpusSource {
  const { head, shards } = splitCorpus(corpus, shardSize);
  const texts = new Map(shards.map((shard, k) => [shardFileName(k), JSON.stringify(shard)]));
  return {
    head: () => Promise.resolve(JSON.stringify(head)),
    shard: (file) => {
      const text = texts.get(file);
      return text === undefined ? Promise.reject(new Error(`no shard "${file}"`)) : Promise.resolve(text);
    },
  };
}
