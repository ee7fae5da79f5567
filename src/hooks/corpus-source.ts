import { HEAD_FILE } from '../model/corpus-parts.ts';
import { messageOf, type CorpusLoadError } from '../model/decode-corpus.ts';

/**
 * Where a split corpus's files (corpus-parts.ts) come from, by name: the app fetches its bundled
 * assets, the benchmark a directory, tests serve them from memory. Rejects when a file cannot be
 * had (that is a 'network' error).
 */
export interface CorpusSource {
  text(name: string, signal: AbortSignal): Promise<string>;
  bytes(name: string, signal: AbortSignal): Promise<ArrayBuffer>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    statusText: string,
  ) {
    super(`HTTP ${status} ${statusText}`.trim());
  }
}

async function fetchOk(url: string, signal: AbortSignal): Promise<Response> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new HttpError(response.status, response.statusText);
  return response;
}

/**
 * A source that fetches each file from `urlOf(name)`: by default beside `headUrl` (a directory
 * of files as `npm run corpus` writes them). Same origin only: the page's CSP allows nothing else.
 */
export function fetchCorpusSource(
  headUrl: string,
  urlOf: (name: string) => string = (name) => headUrl.slice(0, headUrl.lastIndexOf('/') + 1) + name,
): CorpusSource {
  const url = (name: string) => (name === HEAD_FILE ? headUrl : urlOf(name));
  return {
    text: async (name, signal) => (await fetchOk(url(name), signal)).text(),
    bytes: async (name, signal) => (await fetchOk(url(name), signal)).arrayBuffer(),
  };
}

export function networkError(error: unknown): CorpusLoadError {
  const status = error instanceof HttpError ? error.status : undefined;
  return { kind: 'network', message: messageOf(error), ...(status ? { status } : {}) };
}

/** A file that is not what it should be, named with what is wrong. */
export function fileProblem(file: string, message: string): CorpusLoadError {
  return { kind: 'schema', issues: [{ path: file, message }], issueCount: 1 };
}
