/**
 * `npm run corpus [-- --out FILE] [-- --parts DIR] [-- --root DIR]`: derives the corpus from
 * corpus/: the complete JSON (FILE, for other tools and the tests) and the head and shards the app
 * loads (DIR, corpus-parts.ts). On any error it prints them all as `file:line: field: message`,
 * writes nothing and exits 1.
 */
import { parseArgs } from 'node:util';
import { buildCorpus } from '../src/pipeline/build-corpus.ts';
import { formatCorpusError } from '../src/pipeline/corpus-error.ts';
import { readTree } from './read-tree.ts';
import { writeAtomically, writeSplitCorpus } from './write-corpus.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'src/generated/corpus.json' },
    parts: { type: 'string', default: 'src/generated/corpus' },
    root: { type: 'string', default: 'corpus' },
  },
});

const result = buildCorpus(readTree(values.root));
if (!result.ok) {
  for (const error of result.errors) console.error(formatCorpusError(error));
  console.error(`corpus: ${result.errors.length} error(s); nothing written.`);
  process.exit(1);
}
writeAtomically(values.out, result.json);
const { shards } = writeSplitCorpus(values.parts, result.corpus);
console.log(`corpus: ${result.summary} -> ${values.out}, and as a head and ${shards} shard(s) -> ${values.parts}/`);
