import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { formatIssuePath } from '../model/decode-corpus.ts';
import type { CorpusError } from './corpus-error.ts';

/** A parsed YAML source that can say on which line any field stands. */
export interface YamlSource {
  file: string;
  value: unknown;
  /** The line of the field at `path`, or of its nearest ancestor that exists. */
  lineOf(path: readonly PropertyKey[]): number;
}

/**
 * Parses YAML keeping positions. `firstLine` is the file line where the YAML starts (front
 * matter starts after its opening `---`). Syntax errors come back as located errors.
 */
export function parseYamlSource(file: string, text: string, firstLine = 1): YamlSource | CorpusError[] {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const toLine = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  if (doc.errors.length > 0) {
    return doc.errors.map((error) => ({
      file,
      line: toLine(error.pos[0]),
      field: '',
      message: `not valid YAML: ${error.message.split('\n')[0]}`,
    }));
  }
  return {
    file,
    value: doc.toJS({ maxAliasCount: 0 }) as unknown,
    lineOf: (path) => toLine(offsetOf(doc, path)),
  };
}

function offsetOf(doc: Document, path: readonly PropertyKey[]): number {
  let node: Node | null = doc.contents;
  let offset = node?.range?.[0] ?? 0;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
      if (!pair) break;
      offset = (isScalar(pair.key) ? pair.key.range?.[0] : undefined) ?? offset;
      node = (pair.value as Node | null) ?? null;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as Node | undefined;
      if (!item) break;
      node = item;
      offset = item.range?.[0] ?? offset;
    } else {
      break;
    }
  }
  return offset;
}

/** Validates a source against a schema, turning every issue into a located error. */
export function validateSource<T>(
  source: YamlSource,
  schema: z.ZodType<T>,
  value: unknown = source.value,
  basePath: readonly PropertyKey[] = [],
): { ok: true; data: T } | { ok: false; errors: CorpusError[] } {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, data: result.data };
  const errors = result.error.issues.flatMap((issue) => {
    const path = [...basePath, ...issue.path];
    // An unknown field is located at the field itself, so the editor jumps to what to remove.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        file: source.file,
        line: source.lineOf([...path, key]),
        field: formatIssuePath([...path, key]),
        message: 'unknown field (not part of the corpus format)',
      }));
    }
    return [{ file: source.file, line: source.lineOf(path), field: formatIssuePath(path), message: issue.message }];
  });
  return { ok: false, errors };
}
