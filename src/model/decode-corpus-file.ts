import { compileCheck, type KnownIds } from './check-shape.ts';
import { corpusChecks } from './check-corpus.ts';
import { eventShape } from './event-shape.ts';
import type { Corpus } from './corpus-schema.ts';
import { decode, MAX_ISSUES, messageOf, withEvents, type CorpusIssue, type CorpusResult } from './decode-corpus.ts';

/*
 * A complete corpus in one file (corpus.json, an export, a file the reader opens), as opposed to
 * the parts the app loads its own corpus in. Its own module: the page fetches it only when the
 * reader opens a file.
 */

/** Files over this many bytes are refused before they are read: the browser would struggle to parse them. */
export const MAX_CORPUS_FILE_BYTES = 200_000_000;
/** Schema issues listed for an opened file: enough to fix a batch at a time. */
export const MAX_FILE_ISSUES = 50;

/** Why a file could not be opened. */
export type CorpusFileError =
  | { kind: 'too-large'; size: number; limit: number }
  | { kind: 'unreadable'; message: string }
  | { kind: 'empty' }
  | { kind: 'json'; message: string }
  | { kind: 'schema'; issues: CorpusIssue[]; issueCount: number }
  | { kind: 'no-events' };

export interface CorpusFileOptions {
  maxBytes?: number;
  maxIssues?: number;
}

export type CorpusFileResult =
  { status: 'ready'; fileName: string; corpus: Corpus } | { status: 'error'; fileName: string; error: CorpusFileError };

const CORPUS_KEYS = new Set(['schemaVersion', 'articles', 'people', 'countries', 'events']);

/**
 * True when `data` is a corpus that corpusSchema accepts and would give back unchanged
 * (check-corpus.ts): its tables and every event valid, ids unique, references known.
 */
export function isValidCorpus(data: unknown): data is Corpus {
  if (!isRecord(data)) return false;
  let keys = 0;
  for (const key in data) {
    if (!CORPUS_KEYS.has(key)) return false;
    keys++;
  }
  if (keys !== CORPUS_KEYS.size) return false;
  const ids = corpusChecks().tableIds(data);
  if (!ids || !Array.isArray(data.events)) return false;
  // Related events may come later in the list: every id is gathered first.
  const eventIds = new Set<string>();
  for (const item of data.events) {
    const id = isRecord(item) ? item.id : undefined;
    if (typeof id !== 'string' || eventIds.has(id)) return false;
    eventIds.add(id);
  }
  const known: KnownIds = { ...ids, event: eventIds };
  const isEvent = compileCheck(eventShape);
  for (const item of data.events) if (!isEvent(item, known)) return false;
  return true;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses and validates a complete corpus. Never throws. */
export async function decodeCorpus(text: string, maxIssues = MAX_ISSUES): Promise<CorpusResult> {
  const result = withEvents(await decode(text, isValidCorpus, (m, data) => m.explainCorpus(data), maxIssues));
  return result.status === 'ready' ? { status: 'ready', corpus: result.value } : result;
}

/**
 * Reads a corpus file the reader chose, in the browser (File.text(): nothing is uploaded), and
 * validates it with the same decoder as the bundled corpus. Never throws; a file over the limit
 * is refused on its size alone, unread.
 */
export async function readCorpusFile(
  file: Pick<File, 'name' | 'size' | 'text'>,
  { maxBytes = MAX_CORPUS_FILE_BYTES, maxIssues = MAX_FILE_ISSUES }: CorpusFileOptions = {},
): Promise<CorpusFileResult> {
  const fileName = file.name;
  if (file.size > maxBytes)
    return { status: 'error', fileName, error: { kind: 'too-large', size: file.size, limit: maxBytes } };
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return { status: 'error', fileName, error: { kind: 'unreadable', message: messageOf(error) } };
  }
  const result = await decodeCorpus(text, maxIssues);
  if (result.status === 'ready') return { status: 'ready', fileName, corpus: result.corpus };
  // decodeCorpus reports a 'network' error only for a source that fails, which a read text never does.
  const error: CorpusFileError =
    result.error.kind === 'network' ? { kind: 'unreadable', message: result.error.message } : result.error;
  return { status: 'error', fileName, error };
}
