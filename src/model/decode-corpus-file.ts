import { checkTables, hasOnly, isEvent, isRecord } from './check-corpus.ts';
import type { Corpus } from './corpus-schema.ts';
import { decode, MAX_ISSUES, withEvents, type CorpusResult } from './decode-corpus.ts';

/*
 * A complete corpus in one file (corpus.json, an export, a file the reader opens), as opposed to
 * the head and shards the app loads its own corpus from. Its own module: the page fetches it
 * only when the reader opens a file.
 */

const CORPUS_KEYS = new Set(['schemaVersion', 'articles', 'people', 'countries', 'events']);

/** True when `data` is a corpus that corpusSchema accepts and would give back unchanged (check-corpus.ts). */
export function isValidCorpus(data: unknown): data is Corpus {
  if (!isRecord(data) || !hasOnly(data, CORPUS_KEYS, 5)) return false;
  const tables = checkTables(data);
  if (!tables || !Array.isArray(data.events)) return false;
  const eventIds = new Set<string>();
  for (const event of data.events) {
    if (!isEvent(event, tables)) return false;
    if (eventIds.has(event.id)) return false;
    eventIds.add(event.id);
  }
  // Related events may come later in the list: checked once every id is known.
  for (const event of data.events as Corpus['events']) {
    if (event.related) for (const id of event.related) if (!eventIds.has(id)) return false;
  }
  return true;
}

/** Parses and validates a complete corpus. Never throws. */
export async function decodeCorpus(text: string, maxIssues = MAX_ISSUES): Promise<CorpusResult> {
  const result = withEvents(await decode(text, isValidCorpus, (m, data) => m.explainCorpus(data), maxIssues));
  return result.status === 'ready' ? { status: 'ready', corpus: result.value } : result;
}
