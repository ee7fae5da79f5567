import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { syntheticFilesInput } from '../src/bench/synthetic-corpus.ts';
import { writeCorpusFiles } from './write-corpus.ts';

/**
 * Where `npm run bench` keeps the synthetic corpora it writes (made once per machine, not per
 * run); TARIKH_BENCH_CORPUS moves it, for two checkouts that measure at once.
 */
export const BENCH_CORPUS_CACHE = process.env.TARIKH_BENCH_CORPUS ?? 'node_modules/.cache/tarikh-bench-corpus';

// What makes the files: a change to any of these makes them again.
const SOURCES = ['src/bench', 'src/model'];

function sourcesHash(): string {
  const hash = createHash('sha256');
  for (const dir of SOURCES) {
    for (const file of readdirSync(dir).sort()) {
      if (file.endsWith('.ts') && !file.endsWith('.test.ts')) hash.update(file).update(readFileSync(join(dir, file)));
    }
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * Writes the files of `n` synthetic events (bench-page's corpus, as the app loads its own) into
 * `root/<n>/`, unless the files there were made by the same code. Says how long it took.
 */
export function ensureBenchCorpus(root: string, n: number, log: (line: string) => void = console.log): string {
  const dir = join(root, String(n));
  const stamp = join(dir, '.made-by');
  const made = sourcesHash();
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === made) return dir;
  const t0 = performance.now();
  const { files, bytes } = writeCorpusFiles(dir, syntheticFilesInput(n));
  writeFileSync(stamp, made);
  log(
    `bench corpus: ${n.toLocaleString('en')} events -> ${dir}/ (${files} files, ${(bytes / 2 ** 20).toFixed(0)} MiB, ${((performance.now() - t0) / 1000).toFixed(1)} s)`,
  );
  return dir;
}
