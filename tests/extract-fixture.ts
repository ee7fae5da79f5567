import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createExtractor, type Extractor } from '../src/extract/extract.ts';
import type { ArticleInput, Proposal } from '../src/extract/types.ts';
import { readGazetteer } from '../src/pipeline/read-gazetteer.ts';
import type { SourceFile } from '../src/pipeline/read-sources.ts';

const ROOT = join(import.meta.dirname, '..');

function filesOf(dir: string): SourceFile[] {
  return readdirSync(join(ROOT, dir)).map((name) => ({
    path: `${dir}/${name}`,
    content: readFileSync(join(ROOT, dir, name), 'utf8'),
  }));
}

let cached: Extractor | undefined;

/**
 * The assistant with the corpus's gazetteer and the development set's people and places (Lavrov,
 * Fidan, Rubio and Blinken with dated roles…), built once for a test file.
 */
export function testExtractor(): Extractor {
  if (cached) return cached;
  const { gazetteer, errors } = readGazetteer([...filesOf('corpus/gazetteer'), ...filesOf('corpus-dev/gazetteer')]);
  if (errors.length > 0) throw new Error(JSON.stringify(errors));
  return (cached = createExtractor(gazetteer));
}

/** Proposals for a text: Arabic and the given publication date unless told otherwise. */
export function propose(text: string, options: Partial<Omit<ArticleInput, 'text'>> = {}): Proposal[] {
  return testExtractor().propose({ text, language: 'ar', published: '2025-02-13', ...options });
}

/** The first article of the corpus: its text, as the build reads it. */
export function firstArticle(): string {
  const file = readFileSync(join(ROOT, 'corpus/articles/almenberalhor-putin-al-sharaa-call-2025-02.md'), 'utf8');
  return file.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/\n$/, '');
}

/** A proposal's people as `id:role` (or the name as written for someone the gazetteer lacks). */
export function peopleOf(proposal: Proposal | undefined): string[] {
  return (proposal?.people ?? []).map((p) => `${p.id ?? p.name}:${p.role}`);
}
