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
