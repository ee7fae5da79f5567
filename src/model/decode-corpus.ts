import type { CorpusChecks } from './check-corpus.ts';
import type { CorpusHead } from './corpus-parts.ts';
import type { Corpus } from './corpus-schema.ts';
// Types only: the module (with zod) is loaded when a check fails.
import type * as Explain from './explain-corpus.ts';

/** One schema problem, with its path written as in JavaScript: `events[2].date.start`. */
export interface CorpusIssue {
  path: string;
  message: string;
}

/** Why a corpus (or a part of one) could not be used; each kind asks the reader for something different. */
export type CorpusLoadError =
  | { kind: 'network'; message: string; status?: number }
  | { kind: 'empty' }
  | { kind: 'json'; message: string }
  | { kind: 'schema'; issues: CorpusIssue[]; issueCount: number }
  | { kind: 'no-events' };

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

export type Decoded<T> = { status: 'ready'; value: T } | { status: 'error'; error: CorpusLoadError };

/**
 * Parses JSON text and validates it: the fast check decides first (check-corpus.ts); zod, loaded
 * only when that check says no, says where and why. Never throws: a bad file is a result, not an
 * exception. `maxIssues` caps the issues kept.
 */
export async function decode<T>(
  text: string,
  isValid: (data: unknown) => data is T,
  explain: (module: typeof Explain, data: unknown) => Explain.Explained<T>,
  maxIssues = MAX_ISSUES,
): Promise<Decoded<T>> {
  // JSON.parse would call it "Unexpected end of JSON input": the reader needs to hear "empty".
  if (text.trim() === '') return { status: 'error', error: { kind: 'empty' } };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { status: 'error', error: { kind: 'json', message: messageOf(error) } };
  }
  if (isValid(data)) return { status: 'ready', value: data };
  const explained = explain(await import('./explain-corpus.ts'), data);
  if (explained.success) return { status: 'ready', value: explained.value };
  const issues = explained.issues.map((issue) => ({ path: formatIssuePath(issue.path), message: issue.message }));
  return { status: 'error', error: { kind: 'schema', issues: issues.slice(0, maxIssues), issueCount: issues.length } };
}

/**
 * A corpus in the format but without a single event has nothing to show: it is refused, and says
 * why. `events` are a corpus's events, or the count a head gives.
 */
export function withEvents<T extends { events: readonly unknown[] | number }>(decoded: Decoded<T>): Decoded<T> {
  if (decoded.status !== 'ready') return decoded;
  const { events } = decoded.value;
  return (typeof events === 'number' ? events : events.length) === 0
    ? { status: 'error', error: { kind: 'no-events' } }
    : decoded;
}

/** The head of a split corpus (corpus-parts.ts). */
export async function decodeHead(text: string, checks: CorpusChecks): Promise<Decoded<CorpusHead>> {
  return withEvents(await decode(text, checks.head, (m, data) => m.explainHead(data)));
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
