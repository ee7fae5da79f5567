import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { shardFileName, splitCorpus } from '../src/model/corpus-parts.ts';
import type { Corpus } from '../src/model/corpus-schema.ts';

/**
 * Writes `corpus` as the app loads it (corpus-parts.ts): `dir/head.json` and `dir/shard-NNN.json`.
 * The files are written to a new directory that then replaces `dir` whole, so that no reader
 * sees half a corpus and no shard of an earlier, longer corpus is left behind.
 */
export function writeSplitCorpus(dir: string, corpus: Corpus): { shards: number } {
  const { head, shards } = splitCorpus(corpus);
  const temporary = `${dir}.${process.pid}.tmp`;
  rmSync(temporary, { recursive: true, force: true });
  mkdirSync(temporary, { recursive: true });
  writeFileSync(join(temporary, 'head.json'), JSON.stringify(head));
  shards.forEach((shard, k) => writeFileSync(join(temporary, shardFileName(k)), JSON.stringify(shard)));
  const previous = `${dir}.${process.pid}.old`;
  rmSync(previous, { recursive: true, force: true });
  try {
    renameSync(dir, previous);
  } catch {
    // No earlier corpus there.
  }
  renameSync(temporary, dir);
  rmSync(previous, { recursive: true, force: true });
  return { shards: shards.length };
}

/** Writes `text` to `file` through a file beside it and a rename: no reader sees half of it. */
export function writeAtomically(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}
