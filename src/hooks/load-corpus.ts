import { decodeHead, decodeShard, messageOf, type CorpusLoadError } from '../model/decode-corpus.ts';
import { buildEventIndex } from '../model/event-index.ts';
import { shardedTexts, type EventTexts, type ShardResult } from '../model/event-texts.ts';
import type { LoadedCorpus } from '../model/loaded-corpus.ts';
import { gestureWait } from './gesture-quiet.ts';

/**
 * Where a split corpus (corpus-parts.ts) comes from: its head, then its shards by file name. The
 * app fetches its bundled assets; tests serve text from memory. Rejects when the text cannot be
 * had (that is a 'network' error).
 */
export interface CorpusSource {
  head(signal: AbortSignal): Promise<string>;
  shard(file: string, signal: AbortSignal): Promise<string>;
}

/** The outcome of loading a corpus's head: ready to explore (its texts still coming), or why not. */
export type CorpusLoadResult = { status: 'ready'; corpus: LoadedCorpus } | { status: 'error'; error: CorpusLoadError };

class HttpError extends Error {
  constructor(
    readonly status: number,
    statusText: string,
  ) {
    super(`HTTP ${status} ${statusText}`.trim());
  }
}

async function fetchText(url: string, signal: AbortSignal): Promise<string> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new HttpError(response.status, response.statusText);
  return response.text();
}

/**
 * A source that fetches the head from `headUrl` and each shard from `shardUrl(file)` (by default
 * beside the head). Same origin only: the page's CSP allows nothing else.
 */
export function fetchCorpusSource(
  headUrl: string,
  shardUrl: (file: string) => string = (file) => new URL(file, new URL(headUrl, globalThis.location?.href)).href,
): CorpusSource {
  return {
    head: (signal) => fetchText(headUrl, signal),
    shard: (file, signal) => fetchText(shardUrl(file), signal),
  };
}

function networkError(error: unknown): CorpusLoadError {
  const status = error instanceof HttpError ? error.status : undefined;
  return { kind: 'network', message: messageOf(error), ...(status ? { status } : {}) };
}

/** Resolves once no gesture is under way: parsing a shard must not take a zoom's frames. */
function quiet(): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      const wait = gestureWait();
      if (wait > 0) setTimeout(check, wait);
      else resolve();
    };
    check();
  });
}

/** Resolves once every shard is in or one has failed. */
export function settled(texts: EventTexts): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      const { loaded, total, failed } = texts.progress();
      if (loaded === total || failed.length > 0) {
        stop();
        resolve();
      }
    };
    const stop = texts.subscribe(check);
    check();
  });
}

/**
 * Loads the head and lays its events out; the shards follow in the background (EventTexts).
 * Never throws.
 */
export async function loadCorpus(source: CorpusSource, signal: AbortSignal): Promise<CorpusLoadResult> {
  let text: string;
  try {
    text = await source.head(signal);
  } catch (error) {
    return { status: 'error', error: networkError(error) };
  }
  const decoded = await decodeHead(text);
  if (decoded.status === 'error') return decoded;
  const head = decoded.value;
  const index = buildEventIndex(head);
  const knownIds = { has: (id: string) => index.positionOf.has(id) };
  const loadShard = async (k: number, stop: AbortSignal): Promise<ShardResult> => {
    let shardText: string;
    try {
      shardText = await source.shard(head.shards[k]!.file, stop);
    } catch (error) {
      return { status: 'error', error: networkError(error) };
    }
    await quiet();
    // Related events may be in any shard: their ids are checked against the head's (whose map of
    // ids is made only if an event names one: 50 ms for 100,000).
    return decodeShard(shardText, head, k, knownIds);
  };
  const texts = shardedTexts(head.shards, loadShard);
  signal.addEventListener('abort', () => texts.dispose(), { once: true });
  // A corpus of one shard (the bundled one, so far) is shown whole: its shard, preloaded beside
  // the head, is as quick to have, and the first view then needs no "texts to come" state.
  if (head.shards.length === 1) await settled(texts);
  const { schemaVersion, articles, people, countries } = head;
  return { status: 'ready', corpus: { schemaVersion, articles, people, countries, index, texts } };
}
