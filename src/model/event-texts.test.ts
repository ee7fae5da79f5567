import { describe, expect, test } from 'vitest';
import { corpusFileMap } from '../../tests/corpus-fixture.ts';
import { generateSyntheticCorpus } from '../bench/synthetic-corpus.ts';
import { HEAD_FILE, shardFileName, SKELETON_FILE, type CorpusHead } from './corpus-parts.ts';
import type { RestShard, WordsShard } from './shard-shapes.ts';
import type { Language } from './corpus-vocabulary.ts';
import { CACHED_FILES, shardedTexts, type ShardResult } from './event-texts.ts';
import { completeTexts } from './loaded-corpus.ts';
import { sortEvents } from './event-order.ts';
import { decodeSkeleton } from './skeleton-file.ts';

const corpus = generateSyntheticCorpus(10);
const sorted = sortEvents(corpus.events);
const files = corpusFileMap(corpus, 2);
const head = JSON.parse(files.get(HEAD_FILE) as string) as CorpusHead;
const skeleton = decodeSkeleton((files.get(SKELETON_FILE) as Uint8Array).slice().buffer, head);
if ('problem' in skeleton) throw new Error(skeleton.problem);
const { index } = skeleton;
const fileOf = (k: number, lang: Language | null) => shardFileName(k, lang ?? undefined);

/** A shard file as the loader gives it, read. */
function shardFile(k: number, lang: Language | null): ShardResult {
  const data = JSON.parse(files.get(fileOf(k, lang)) as string) as RestShard | WordsShard;
  return {
    status: 'ready',
    value: lang ? { words: (data as WordsShard).events } : { rest: (data as RestShard).events },
  };
}

/** A loader whose files arrive when the test says, recording what was asked for and in what order. */
function controlledLoader() {
  const asked: string[] = [];
  const pending = new Map<string, (result: ShardResult) => void>();
  const load = (k: number, lang: Language | null) => {
    const name = fileOf(k, lang);
    asked.push(name);
    return new Promise<ShardResult>((resolve) => pending.set(name, resolve));
  };
  const arrive = async (k: number, lang: Language | null, result: ShardResult = shardFile(k, lang)) => {
    pending.get(fileOf(k, lang))!(result);
    pending.delete(fileOf(k, lang));
    // The store takes the result in a microtask.
    for (let i = 0; i < 4; i++) await Promise.resolve();
  };
  return { asked, load, arrive, waiting: () => [...pending.keys()] };
}

const texts = (load: ReturnType<typeof controlledLoader>['load']) => shardedTexts(index, head.shards, load, fileOf);

describe('shardedTexts', () => {
  test('fetches nothing until a view asks, then the shard’s rests and its words in that language only', async () => {
    const { asked, load, arrive } = controlledLoader();
    const store = texts(load);
    expect(asked).toEqual([]);
    expect(store.at(2, 'en')).toBeUndefined();
    expect(store.state(2, 'en')).toBe('loading');
    store.want(2, 'en');
    expect(asked.sort()).toEqual(['texts-001.en.json', 'texts-001.json']);
    await arrive(1, null);
    expect(store.at(2, 'en')).toBeUndefined();
    await arrive(1, 'en');
    const event = store.at(2, 'en')!;
    expect(store.state(2, 'en')).toBe('ready');
    // The event as the corpus has it, with its words in English alone.
    expect(event.id).toBe(sorted[2]!.id);
    expect(event.title).toEqual({ en: sorted[2]!.title.en });
    expect(event.participants).toEqual(sorted[2]!.participants);
    expect(event.sources[0]!.quote).toBe(sorted[2]!.sources[0]!.quote);
    expect(store.at(3, 'en')?.id).toBe(sorted[3]!.id);
    expect(store.at(2, 'ar')).toBeUndefined();
  });

  test('fetches four files at once, and of the asks still waiting, the latest goes first', async () => {
    const { asked, load, arrive } = controlledLoader();
    const store = texts(load);
    for (const position of [0, 2, 4, 6, 8]) store.want(position, 'ru');
    expect(asked).toEqual(['texts-000.ru.json', 'texts-000.json', 'texts-001.ru.json', 'texts-001.json']);
    await arrive(0, null);
    await arrive(0, 'ru');
    expect(asked.slice(4)).toEqual(['texts-004.ru.json', 'texts-004.json']);
  });

  test('tells its listeners as files come, and keeps a failure, with the file, until retry', async () => {
    const { asked, load, arrive } = controlledLoader();
    const store = texts(load);
    let calls = 0;
    store.subscribe(() => calls++);
    store.want(0, 'en');
    const error = { kind: 'network' as const, message: 'HTTP 503 Service Unavailable', status: 503 };
    await arrive(0, null);
    await arrive(0, 'en', { status: 'error', error });
    expect(calls).toBe(2);
    expect(store.failures()).toEqual([{ file: 'texts-000.en.json', error }]);
    expect(store.state(0, 'en')).toBe('failed');

    store.retry();
    expect(store.failures()).toEqual([]);
    store.want(0, 'en');
    expect(asked.at(-1)).toBe('texts-000.en.json');
    await arrive(0, 'en');
    expect(store.at(0, 'en')?.id).toBe(sorted[0]!.id);
  });

  test('refuses words that do not fit their events, and a shard of another size', async () => {
    const { load, arrive } = controlledLoader();
    const store = texts(load);
    store.want(0, 'en');
    store.want(2, 'en');
    const file = shardFile(0, 'en');
    const words = file.status === 'ready' && 'words' in file.value ? file.value.words : [];
    await arrive(0, null);
    await arrive(0, 'en', { status: 'ready', value: { words: words.map((w) => ({ ...w, attributions: [] })) } });
    expect(store.at(0, 'en')).toBeUndefined();
    await Promise.resolve();
    expect(store.failures().map((f) => f.file)).toContain('texts-000.en.json');
    await arrive(1, null, { status: 'ready', value: { rest: [] } });
    expect(store.failures().map((f) => f.file)).toContain('texts-001.json');
  });

  test('a loader that throws counts as a failed file, not a lost one', async () => {
    const store = shardedTexts(index, head.shards, () => Promise.reject(new Error('boom')), fileOf);
    store.want(0, 'en');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store.failures()).toContainEqual({
      file: 'texts-000.json',
      error: { kind: 'network', message: 'Error: boom' },
    });
  });

  test('keeps the files used last and drops older ones, which are fetched again when asked', async () => {
    const big = generateSyntheticCorpus(CACHED_FILES * 2);
    const bigFiles = corpusFileMap(big, 1);
    const bigHead = JSON.parse(bigFiles.get(HEAD_FILE) as string) as CorpusHead;
    const bigSkeleton = decodeSkeleton((bigFiles.get(SKELETON_FILE) as Uint8Array).slice().buffer, bigHead);
    if ('problem' in bigSkeleton) throw new Error(bigSkeleton.problem);
    const asked: string[] = [];
    const load = (k: number, lang: Language | null): Promise<ShardResult> => {
      asked.push(fileOf(k, lang));
      const data = JSON.parse(bigFiles.get(fileOf(k, lang)) as string) as RestShard | WordsShard;
      return Promise.resolve({
        status: 'ready',
        value: lang ? { words: (data as WordsShard).events } : { rest: (data as RestShard).events },
      });
    };
    const store = shardedTexts(bigSkeleton.index, bigHead.shards, load, fileOf);
    for (let position = 0; position < bigSkeleton.index.count; position++) {
      store.want(position, 'en');
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    expect(store.at(bigSkeleton.index.count - 1, 'en')).toBeDefined();
    expect(store.at(0, 'en')).toBeUndefined();
    asked.length = 0;
    store.want(0, 'en');
    expect(asked.sort()).toEqual(['texts-000.en.json', 'texts-000.json']);
  });

  test('loads many events shard by shard, in order, with every language asked for, and says how far it is', async () => {
    const { load, arrive, waiting } = controlledLoader();
    const store = texts(load);
    const seen: string[] = [];
    const progress: number[] = [];
    const done = store.load(
      [1, 4, 5, 9],
      ['en', 'ar'],
      (event) => seen.push(`${event.id}:${Object.keys(event.title).join('+')}`),
      {
        onProgress: (at) => progress.push(at),
      },
    );
    let finished = false;
    void done.then(() => (finished = true));
    while (!finished) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      const [name] = waiting();
      if (!name) continue;
      const match = /texts-(\d+)(?:\.(\w+))?\.json/.exec(name)!;
      await arrive(Number(match[1]), (match[2] as Language | undefined) ?? null);
    }
    expect(await done).toBeNull();
    expect(seen).toEqual([1, 4, 5, 9].map((p) => `${sorted[p]!.id}:ar+en`));
    expect(progress).toEqual([0, 1, 2, 3]);
    expect(store.shardsOf([1, 4, 5, 9])).toBe(3);
  });

  test('once disposed, asks for nothing more and ignores what arrives', async () => {
    const { asked, load, arrive } = controlledLoader();
    const store = texts(load);
    store.want(0, 'en');
    store.dispose();
    await arrive(0, null);
    store.want(2, 'en');
    expect(asked).toHaveLength(2);
    expect(store.at(0, 'en')).toBeUndefined();
  });
});

describe('completeTexts', () => {
  test('has every event, in every language, from the start', async () => {
    const store = completeTexts(sorted);
    expect(store.at(3, 'ar')).toBe(sorted[3]);
    expect(store.state(3, 'ar')).toBe('ready');
    const seen: number[] = [];
    expect(await store.load([2, 7], ['en'], (_, position) => seen.push(position))).toBeNull();
    expect(seen).toEqual([2, 7]);
  });
});
