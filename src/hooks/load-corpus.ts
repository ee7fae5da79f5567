import { decodeCorpus, messageOf, type CorpusResult } from '../model/decode-corpus.ts';

/**
 * Where the corpus text comes from. The app fetches its bundled asset; a later source can read a
 * file the user opens. Rejects when the text cannot be had (that is a 'network' error).
 */
export type CorpusSource = (signal: AbortSignal) => Promise<string>;

class HttpError extends Error {
  constructor(
    readonly status: number,
    statusText: string,
  ) {
    super(`HTTP ${status} ${statusText}`.trim());
  }
}

/** A source that fetches the corpus from `url` (same origin; preloaded by index.html). */
export function fetchCorpusSource(url: string): CorpusSource {
  return async (signal) => {
    const response = await fetch(url, { signal });
    if (!response.ok) throw new HttpError(response.status, response.statusText);
    return response.text();
  };
}

/** Reads the source and decodes it. Never throws. */
export async function loadCorpus(source: CorpusSource, signal: AbortSignal): Promise<CorpusResult> {
  let text: string;
  try {
    text = await source(signal);
  } catch (error) {
    const status = error instanceof HttpError ? error.status : undefined;
    return { status: 'error', error: { kind: 'network', message: messageOf(error), ...(status ? { status } : {}) } };
  }
  return decodeCorpus(text);
}
