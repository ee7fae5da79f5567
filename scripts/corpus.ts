/**
 * `npm run corpus [-- --out FILE] [-- --parts DIR] [-- --root DIR]`: derives the corpus from
 * corpus/: the complete JSON (FILE, for other tools and the tests) and the parts the app loads
 * (DIR: head, skeleton, texts by shard and language, search index; corpus-parts.ts). On any error
 * it prints them all as `file:line: field: message`, writes nothing and exits 1.
 */
import { parseArgs } from 'node:util';
import { buildCorpus } from '../src/pipeline/build-corpus.ts';
import { formatCorpusError } from '../src/pipeline/corpus-error.ts';
import { corpusFilesInput } from '../src/model/corpus-files.ts';
import { readTree } from './read-tree.ts';
import { writeAtomically, writeCorpusFiles } from './write-corpus.ts';

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
const { files } = writeCorpusFiles(values.parts, corpusFilesInput(result.corpus));
console.log(`corpus: ${result.summary} -> ${values.out}, and in ${files} parts -> ${values.parts}/`);
