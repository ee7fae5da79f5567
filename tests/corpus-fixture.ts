import type { CorpusSource } from '../src/hooks/corpus-source.ts';
import { memoryCorpusSource } from '../src/hooks/memory-corpus-source.ts';
import { corpusFiles, corpusFilesInput } from '../src/model/corpus-files.ts';
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

/** The files of `corpus` as the app loads its own (corpus-parts.ts), shards of `shardSize` events. */
export function corpusFileMap(corpus: Corpus = smallCorpus(), shardSize?: number): Map<string, string | Uint8Array> {
  return new Map(corpusFiles(corpusFilesInput(corpus), shardSize));
}

/** A source that serves `corpus` as the app loads its own, from memory. */
export function splitSource(corpus: Corpus = smallCorpus(), shardSize?: number): CorpusSource {
  return memoryCorpusSource(corpusFileMap(corpus, shardSize));
}
