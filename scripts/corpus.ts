/**
 * `npm run corpus [-- --out FILE] [-- --root DIR]`: derives the corpus JSON from corpus/.
 * On any error it prints them all as `file:line: field: message`, writes nothing and exits 1.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCorpus, type SourceFile } from '../src/pipeline/build-corpus.ts';
import { formatCorpusError } from '../src/pipeline/corpus-error.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'src/generated/corpus.json' },
    root: { type: 'string', default: 'corpus' },
  },
});

function readTree(dir: string): SourceFile[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .map((path) => ({ path: relative(process.cwd(), path), content: readFileSync(path, 'utf8') }));
}

const result = buildCorpus(readTree(values.root));
if (!result.ok) {
  for (const error of result.errors) console.error(formatCorpusError(error));
  console.error(`corpus: ${result.errors.length} error(s); nothing written.`);
  process.exit(1);
}
// Write beside the target and rename, so that no reader ever sees half a corpus.
mkdirSync(dirname(values.out), { recursive: true });
const temporary = `${values.out}.${process.pid}.tmp`;
writeFileSync(temporary, result.json);
renameSync(temporary, values.out);
console.log(`corpus: ${result.summary} -> ${values.out}`);
