import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { SourceFile } from '../src/pipeline/read-sources.ts';

/** Every file under `dir`, with its path relative to the working directory (for messages). */
export function readTree(dir: string): SourceFile[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
    .map((path) => ({ path: relative(process.cwd(), path), content: readFileSync(path, 'utf8') }));
}
