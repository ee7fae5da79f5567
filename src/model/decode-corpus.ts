import { isValidCorpus } from './check-corpus.ts';
import type { Corpus } from './corpus-schema.ts';

/** One schema problem, with its path written as in JavaScript: `events[2].date.start`. */
export interface CorpusIssue {
  path: string;
  message: string;
}

/** Why a corpus could not be used; each kind asks the reader for something different. */
export type CorpusLoadError =
  | { kind: 'network'; message: string; status?: number }
  | { kind: 'json'; message: string }
  | { kind: 'schema'; issues: CorpusIssue[]; issueCount: number };

/** The outcome of one load. */
export type CorpusResult = { status: 'ready'; corpus: Corpus } | { status: 'error'; error: CorpusLoadError };

/** How many schema issues an error keeps: the first few locate the fault; hundreds only scroll. */
export const MAX_ISSUES = 20;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Writes a zod issue path as JavaScript would reach it: `events[2].date.start`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => {
      if (typeof key === 'number') return `[${key}]`;
      const name = String(key);
      if (!IDENTIFIER.test(name)) return `[${JSON.stringify(name)}]`;
      return i === 0 ? name : `.${name}`;
    })
    .join('');
}

/**
 * Parses and validates corpus text. Never throws: a bad corpus is a result, not an exception.
 * `maxIssues` caps the issues kept (a file the reader opens lists more than the bundled one).
 * The hand-written check decides first (milliseconds per 10,000 events); zod, loaded only when
 * that check says no, says where and why.
 */
export async function decodeCorpus(text: string, maxIssues = MAX_ISSUES): Promise<CorpusResult> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { status: 'error', error: { kind: 'json', message: messageOf(error) } };
  }
  if (isValidCorpus(data)) return { status: 'ready', corpus: data };
  const { explainCorpus } = await import('./explain-corpus.ts');
  const explained = explainCorpus(data);
  if (explained.success) return { status: 'ready', corpus: explained.corpus };
  const issues = explained.issues.map((issue) => ({ path: formatIssuePath(issue.path), message: issue.message }));
  return { status: 'error', error: { kind: 'schema', issues: issues.slice(0, maxIssues), issueCount: issues.length } };
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
