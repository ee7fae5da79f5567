import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { corpusFiles, type CorpusFilesInput } from '../src/model/corpus-files.ts';

/**
 * Writes a corpus as the app loads it (corpus-parts.ts) into `dir`: the head, the skeleton, the
 * shards' texts by language and the search index. The files are written to a new directory that
 * then replaces `dir` whole, so that no reader sees half a corpus and no file of an earlier,
 * longer corpus is left behind. Returns how many files and bytes were written.
 */
export function writeCorpusFiles(dir: string, input: CorpusFilesInput): { files: number; bytes: number } {
  const temporary = `${dir}.${process.pid}.tmp`;
  rmSync(temporary, { recursive: true, force: true });
  mkdirSync(temporary, { recursive: true });
  let files = 0;
  let bytes = 0;
  for (const [name, content] of corpusFiles(input)) {
    writeFileSync(join(temporary, name), content);
    files++;
    bytes += typeof content === 'string' ? Buffer.byteLength(content) : content.length;
  }
  const previous = `${dir}.${process.pid}.old`;
  rmSync(previous, { recursive: true, force: true });
  try {
    renameSync(dir, previous);
  } catch {
    // No earlier corpus there.
  }
  renameSync(temporary, dir);
  rmSync(previous, { recursive: true, force: true });
  return { files, bytes };
}

/** Writes `text` to `file` through a file beside it and a rename: no reader sees half of it. */
export function writeAtomically(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}
