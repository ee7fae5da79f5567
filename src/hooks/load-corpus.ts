import { corpusChecks } from '../model/check-corpus.ts';
import {
  HEAD_FILE,
  SEARCH_WORDS_FILE,
  searchPartFileName,
  SHARD_SIZE,
  shardFileName,
  SKELETON_FILE,
} from '../model/corpus-parts.ts';
import type { Language } from '../model/corpus-vocabulary.ts';
import { decodeHead, type CorpusLoadError } from '../model/decode-corpus.ts';
import { shardedTexts, type ShardResult } from '../model/event-texts.ts';
import type { LoadedCorpus } from '../model/loaded-corpus.ts';
import { shardReader } from '../model/read-shard.ts';
import type { SearchSource } from '../model/search-source.ts';
import { decodeSkeleton } from '../model/skeleton-file.ts';
import { fileProblem, networkError, type CorpusSource } from './corpus-source.ts';
import { gestureWait } from './gesture-quiet.ts';
import { loadOnce } from './load-once.ts';
import { loadSearchStoreCode } from './search-store-code.ts';

/** The outcome of loading a corpus: ready to explore (its texts come as views ask), or why not. */
export type CorpusLoadResult = { status: 'ready'; corpus: LoadedCorpus } | { status: 'error'; error: CorpusLoadError };

/** Resolves once no gesture is under way: reading a shard must not take a zoom's frames. */
export function quiet(): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      const wait = gestureWait();
      if (wait > 0) setTimeout(check, wait);
      else resolve();
    };
    check();
  });
}

/**
 * Loads a corpus's head and skeleton, checks them and lays the events out: the explorer opens
 * on that. Texts and the search index come later, as views ask (EventTexts, SearchSource). A
 * corpus of one shard (the bundled one) also brings that shard's texts in `lang` first, so that
 * its first view is whole. Never throws.
 */
export async function loadCorpus(
  source: CorpusSource,
  signal: AbortSignal,
  { lang }: { lang?: Language } = {},
): Promise<CorpusLoadResult> {
  const head$ = source.text(HEAD_FILE, signal);
  const skeleton$ = source.bytes(SKELETON_FILE, signal);
  // Both are asked for at once; a failure of either is the corpus's, never unhandled.
  skeleton$.catch(() => undefined);
  let headText: string;
  let skeletonBytes: ArrayBuffer;
  try {
    headText = await head$;
  } catch (error) {
    return { status: 'error', error: networkError(error) };
  }
  const checks = corpusChecks();
  const decoded = await decodeHead(headText, checks);
  if (decoded.status === 'error') return decoded;
  const head = decoded.value;
  // The search index's files are read by a chunk of their own (made once; again after a failure).
  // Its first files are asked for beside that chunk, not after it.
  const ahead = heldFiles(source, signal);
  const reader = loadOnce(() =>
    import('./search-files-source.ts').then((m) => m.searchFilesSource(ahead.source, head)),
  );
  const files = reader.get;
  // The index's words, and its part when it has only one (every query needs that one), once.
  let fetchedAhead = false;
  const fetchAhead = () => {
    if (fetchedAhead) return;
    fetchedAhead = true;
    ahead.text(SEARCH_WORDS_FILE);
    if (head.searchParts === 1) ahead.bytes(searchPartFileName(0));
  };
  // Code that could not be had is a network error like a file's: the search says so, never waits.
  const failed = (error: unknown) => ({ status: 'error', error: networkError(error) }) as const;
  const search: SearchSource = {
    words: (stop, background) => {
      fetchAhead();
      return files().then((r) => r.words(stop, background), failed);
    },
    // With the reader in hand, a query's parts are asked for in the task that wants them.
    part: (k, words, stop) => {
      const inHand = reader.current();
      return inHand ? inHand.part(k, words, stop) : files().then((r) => r.part(k, words, stop), failed);
    },
  };
  // A corpus of many shards has its search index's words and code fetched beside its skeleton: a
  // few kilobytes against megabytes, and a search asked at once (a link's, or a keystroke's as the
  // first view shows) then waits only for its parts. Code that came while that view is drawn (a
  // long task at this size) would be compiled only after it, and the first query would wait for it.
  const searchCode =
    head.shards.length > 1
      ? (fetchAhead(), Promise.all([files(), loadSearchStoreCode()]).catch(() => undefined))
      : undefined;
  // A large corpus's layout of crowded lanes comes while its skeleton does; without it (it could
  // not be had) its lanes are laid out event by event, as a small corpus's are.
  const dense =
    head.events > SHARD_SIZE
      ? import('../model/crowded-lane.ts').then((m) => m.denseLayout).catch(() => undefined)
      : undefined;
  try {
    skeletonBytes = await skeleton$;
  } catch (error) {
    return { status: 'error', error: networkError(error) };
  }
  const skeleton = decodeSkeleton(skeletonBytes, head);
  if ('problem' in skeleton) return { status: 'error', error: fileProblem(SKELETON_FILE, skeleton.problem) };
  const { index } = skeleton;
  const known = checks.tableIds(head)!;

  const read = shardReader(head, known);
  const loadShard = async (k: number, shardLang: Language | null, stop: AbortSignal): Promise<ShardResult> => {
    let text: string;
    try {
      text = await source.text(shardFileName(k, shardLang ?? undefined), stop);
    } catch (error) {
      return { status: 'error', error: networkError(error) };
    }
    await quiet();
    return read(text, k, shardLang);
  };
  const texts = shardedTexts(index, head.shards, loadShard, (k, shardLang) => shardFileName(k, shardLang ?? undefined));
  signal.addEventListener('abort', () => texts.dispose(), { once: true });

  if (head.shards.length === 1 && lang) {
    await new Promise<void>((resolve) => {
      const check = () => {
        if (texts.state(0, lang) === 'loading') return;
        stop();
        resolve();
      };
      const stop = texts.subscribe(check);
      texts.want(0, lang);
      check();
    });
  }
  const { schemaVersion, articles, people, countries } = head;
  const corpus: LoadedCorpus = { schemaVersion, articles, people, countries, index, texts, search };
  const [layout] = await Promise.all([dense, searchCode]);
  if (layout) corpus.dense = layout;
  return { status: 'ready', corpus };
}

/**
 * Files of `source` asked for ahead of the code that reads them: `source` then gives each the
 * first time it is asked for (and lets it go), and fetches it anew after that.
 */
function heldFiles(source: CorpusSource, signal: AbortSignal) {
  const texts = new Map<string, Promise<string>>();
  const bytes = new Map<string, Promise<ArrayBuffer>>();
  const hold = <T>(held: Map<string, Promise<T>>, name: string, fetch: Promise<T>) => {
    fetch.catch(() => undefined); // its reader hears of a failure
    held.set(name, fetch);
  };
  const take = <T>(held: Map<string, Promise<T>>, name: string) => {
    const fetch = held.get(name);
    held.delete(name);
    return fetch;
  };
  return {
    text: (name: string) => hold(texts, name, source.text(name, signal)),
    bytes: (name: string) => hold(bytes, name, source.bytes(name, signal)),
    source: {
      text: (name, stop) => take(texts, name) ?? source.text(name, stop),
      bytes: (name, stop) => take(bytes, name) ?? source.bytes(name, stop),
    } satisfies CorpusSource,
  };
}
