import { afterEach, describe, expect, test, vi } from 'vitest';
import { corpusFileMap, smallCorpus, smallCorpusText, splitSource } from '../../tests/corpus-fixture.ts';
import { skeletonsOf } from '../../tests/index-helpers.ts';
import { syntheticFilesInput } from '../bench/synthetic-corpus.ts';
import { corpusFiles } from '../model/corpus-files.ts';
import {
  HEAD_FILE,
  SEARCH_WORDS_FILE,
  searchPartFileName,
  SHARD_SIZE,
  shardFileName,
  SKELETON_FILE,
  type CorpusHead,
} from '../model/corpus-parts.ts';
import type { RestShard, WordsShard } from '../model/shard-shapes.ts';
import type { Language } from '../model/corpus-vocabulary.ts';
import { decodeCorpus } from '../model/decode-corpus-file.ts';
import { MAX_ISSUES, formatIssuePath } from '../model/decode-corpus.ts';
import { sortEvents } from '../model/event-order.ts';
import type { EventTexts } from '../model/event-texts.ts';
import { fetchCorpusSource, type CorpusSource } from './corpus-source.ts';
import { searchStoreCodeInHand } from './search-store-code.ts';
import { loadCorpus } from './load-corpus.ts';
import { memoryCorpusSource } from './memory-corpus-source.ts';

const signal = new AbortController().signal;

describe('formatIssuePath', () => {
  test.each([
    [[], ''],
    [['events'], 'events'],
    [['events', 2, 'date', 'start'], 'events[2].date.start'],
    [['people', 0, 'roles', 1, 'attestedBy', 3], 'people[0].roles[1].attestedBy[3]'],
    [['after-event'], '["after-event"]'],
  ] as const)('%j is written %j', (path, expected) => {
    expect(formatIssuePath(path)).toBe(expected);
  });
});

describe('decodeCorpus (a whole corpus in one file)', () => {
  test('a valid corpus is ready, with its events', async () => {
    const result = await decodeCorpus(smallCorpusText());
    expect(result.status).toBe('ready');
    if (result.status === 'ready') expect(result.corpus.events).toHaveLength(3);
  });

  test('text that is not JSON is a json error carrying the parser message', async () => {
    const result = await decodeCorpus('{"schemaVersion": 1,');
    expect(result).toMatchObject({ status: 'error', error: { kind: 'json' } });
    if (result.status === 'error' && result.error.kind === 'json') expect(result.error.message).not.toBe('');
  });

  test('a schema error names the path of the bad value', async () => {
    const corpus = smallCorpus();
    const event = corpus.events[2];
    if (!event) throw new Error('fixture has three events');
    event.date.start = '2025-13-01';
    const result = await decodeCorpus(JSON.stringify(corpus));
    expect(result.status).toBe('error');
    if (result.status !== 'error' || result.error.kind !== 'schema') throw new Error('expected a schema error');
    expect(result.error.issues.map((issue) => issue.path)).toContain('events[2].date.start');
  });

  test(`a schema error keeps the first ${MAX_ISSUES} issues and counts them all`, async () => {
    const corpus = { ...smallCorpus(), people: Array.from({ length: 30 }, () => ({ id: 'Not A Slug' })) };
    const result = await decodeCorpus(JSON.stringify(corpus));
    if (result.status !== 'error' || result.error.kind !== 'schema') throw new Error('expected a schema error');
    expect(result.error.issues).toHaveLength(MAX_ISSUES);
    expect(result.error.issueCount).toBeGreaterThan(MAX_ISSUES);
  });
});

async function loaded(source: CorpusSource, lang?: Language) {
  const result = await loadCorpus(source, signal, lang ? { lang } : {});
  if (result.status !== 'ready') throw new Error(`expected a corpus: ${JSON.stringify(result.error)}`);
  return result.corpus;
}

/** A source serving `files`, with some of them changed. */
function sourceWith(files: Map<string, string | Uint8Array>, changes: Record<string, string | Uint8Array> = {}) {
  return memoryCorpusSource(new Map([...files, ...Object.entries(changes)]));
}

/** Resolves once the texts of `position` in `lang` are in or have failed. */
function textsSettled(texts: EventTexts, position: number, lang: Language): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (texts.state(position, lang) === 'loading') return;
      stop();
      resolve();
    };
    const stop = texts.subscribe(check);
    texts.want(position, lang);
    check();
  });
}

const sorted = sortEvents(smallCorpus().events);

describe('loadCorpus (the head and the skeleton, then texts as views ask)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  test('a head that cannot be had is a network error', async () => {
    const source = { ...splitSource(), text: () => Promise.reject(new TypeError('Failed to fetch')) };
    const result = await loadCorpus(source, signal);
    expect(result).toEqual({ status: 'error', error: { kind: 'network', message: 'Failed to fetch' } });
  });

  test('a head answered 404 is a network error with the status', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('missing', { status: 404, statusText: 'Not Found' })),
    );
    const result = await loadCorpus(fetchCorpusSource('/assets/head.json'), signal);
    expect(result).toEqual({ status: 'error', error: { kind: 'network', message: 'HTTP 404 Not Found', status: 404 } });
  });

  test('is ready with every event laid out; texts come when asked, the search index’s words (and its only part) with a corpus of many shards', async () => {
    const files = corpusFileMap(smallCorpus(), 2);
    expect((JSON.parse(files.get(HEAD_FILE) as string) as CorpusHead).searchParts).toBe(1);
    const url = (name: string) => `http://localhost:3000/assets/${name}`;
    const fetch = vi.fn(async (address: string) => {
      const name = address.slice(address.lastIndexOf('/') + 1);
      const file = files.get(name);
      return new Response((file ?? 'missing') as BodyInit, { status: file === undefined ? 404 : 200 });
    });
    vi.stubGlobal('fetch', fetch);
    const corpus = await loaded(fetchCorpusSource(url(HEAD_FILE)));
    expect(skeletonsOf(corpus.index).map((e) => e.id)).toEqual(sorted.map((e) => e.id));
    expect(corpus.people).toEqual(smallCorpus().people);
    // The search's code is in before the corpus is ready: its first view makes its store at once.
    expect(searchStoreCodeInHand()).toBeDefined();
    const words = await corpus.search.words(signal, () => undefined);
    if (words.status !== 'ready') throw new Error('expected the words of the search index');
    expect((await corpus.search.part(0, words.value, signal)).status).toBe('ready');
    // No texts until a view asks; the search index's words and its one part once, however many ask.
    expect(fetch.mock.calls.map(([address]) => address).sort()).toEqual(
      [url(HEAD_FILE), url(SEARCH_WORDS_FILE), url(searchPartFileName(0)), url(SKELETON_FILE)].sort(),
    );
    await textsSettled(corpus.texts, 2, 'ru');
    expect(corpus.texts.at(2, 'ru')?.title).toEqual({ ru: sorted[2]!.title.ru });
    expect(fetch).toHaveBeenCalledWith(url(shardFileName(1)), expect.anything());
    expect(fetch).toHaveBeenCalledWith(url(shardFileName(1, 'ru')), expect.anything());
  });

  test('a corpus of one shard asks for its search index’s words and only part when first searched, at once and once each', async () => {
    const files = corpusFileMap(smallCorpus());
    const served = memoryCorpusSource(files);
    const asked: string[] = [];
    const source: CorpusSource = {
      text: (name, stop) => (asked.push(name), served.text(name, stop)),
      bytes: (name, stop) => (asked.push(name), served.bytes(name, stop)),
    };
    const corpus = await loaded(source);
    const before = asked.length;
    expect(asked).not.toContain(SEARCH_WORDS_FILE);
    const words$ = corpus.search.words(signal, () => undefined);
    // Both before the code that reads them is in: the search waits for one round trip, not three.
    expect(asked.slice(before).sort()).toEqual([SEARCH_WORDS_FILE, searchPartFileName(0)].sort());
    const words = await words$;
    if (words.status !== 'ready') throw new Error('expected the words of the search index');
    expect((await corpus.search.part(0, words.value, signal)).status).toBe('ready');
    await corpus.search.words(signal, () => undefined);
    expect(asked.slice(before).sort()).toEqual([SEARCH_WORDS_FILE, searchPartFileName(0)].sort());
    // Asked for again (a retry), a part is fetched anew, not taken from what was held.
    expect((await corpus.search.part(0, words.value, signal)).status).toBe('ready');
    expect(asked.filter((name) => name === searchPartFileName(0))).toHaveLength(2);
  });

  test('a corpus of more than a shard’s events comes with the layout of crowded lanes, a smaller one without', async () => {
    const large = await loaded(memoryCorpusSource(new Map(corpusFiles(syntheticFilesInput(SHARD_SIZE + 1)))));
    expect(large.dense?.layoutCrowdedLane).toBeTypeOf('function');
    const small = await loaded(splitSource(smallCorpus()));
    expect(small.dense).toBeUndefined();
  });

  test('a corpus of one shard brings its texts in the language asked before it is ready', async () => {
    const corpus = await loaded(splitSource(smallCorpus()), 'ar');
    expect(corpus.texts.at(0, 'ar')?.title.ar).toBe(sorted[0]!.title.ar);
  });

  test('a head whose tables break the format is refused, saying where', async () => {
    const files = corpusFileMap(smallCorpus());
    const head = JSON.parse(files.get(HEAD_FILE) as string) as CorpusHead;
    head.people[0]!.country = 'ZZ';
    const result = await loadCorpus(sourceWith(files, { [HEAD_FILE]: JSON.stringify(head) }), signal);
    if (result.status !== 'error' || result.error.kind !== 'schema') throw new Error('expected a schema error');
    expect(result.error.issues).toContainEqual({ path: 'people[0].country', message: 'unknown country "ZZ"' });
  });

  test('an empty head says that the file is empty', async () => {
    const result = await loadCorpus(sourceWith(corpusFileMap(smallCorpus()), { [HEAD_FILE]: '' }), signal);
    expect(result).toEqual({ status: 'error', error: { kind: 'empty' } });
  });

  test('a head with no event says that the corpus has none', async () => {
    const result = await loadCorpus(splitSource({ ...smallCorpus(), events: [] }), signal);
    expect(result).toEqual({ status: 'error', error: { kind: 'no-events' } });
  });

  test('a head whose shards do not add up to its events is refused', async () => {
    const files = corpusFileMap(smallCorpus());
    const head = JSON.parse(files.get(HEAD_FILE) as string) as CorpusHead;
    head.shards[0] = 2;
    const result = await loadCorpus(sourceWith(files, { [HEAD_FILE]: JSON.stringify(head) }), signal);
    if (result.status !== 'error' || result.error.kind !== 'schema') throw new Error('expected a schema error');
    expect(result.error.issues).toContainEqual({ path: 'shards', message: 'the shards hold 2 events, the head 3' });
  });

  test('a skeleton that is not its head’s is refused, naming the file', async () => {
    const files = corpusFileMap(smallCorpus());
    const skeleton = (files.get(SKELETON_FILE) as Uint8Array).slice(0, 40);
    const result = await loadCorpus(sourceWith(files, { [SKELETON_FILE]: skeleton }), signal);
    expect(result).toMatchObject({ status: 'error', error: { kind: 'schema', issues: [{ path: SKELETON_FILE }] } });
  });

  test('a bad shard leaves the rest usable, says which file and where, and is read again on retry', async () => {
    const corpus = smallCorpus();
    const files = corpusFileMap(corpus, 2);
    const broken = JSON.parse(files.get(shardFileName(1, 'en')) as string) as WordsShard;
    broken.events[0]!.title = '';
    let fixed = false;
    const good = memoryCorpusSource(files);
    const source: CorpusSource = {
      ...good,
      text: (name, stop) =>
        name === shardFileName(1, 'en') && !fixed ? Promise.resolve(JSON.stringify(broken)) : good.text(name, stop),
    };
    const { texts } = await loaded(source);
    await textsSettled(texts, 0, 'en');
    await textsSettled(texts, 2, 'en');
    expect(texts.at(0, 'en')?.id).toBe(sorted[0]!.id);
    expect(texts.at(2, 'en')).toBeUndefined();
    expect(texts.failures()).toEqual([
      {
        file: shardFileName(1, 'en'),
        error: { kind: 'schema', issueCount: 1, issues: [{ path: 'events[0].title', message: 'must not be empty' }] },
      },
    ]);
    fixed = true;
    texts.retry();
    await textsSettled(texts, 2, 'en');
    expect(texts.at(2, 'en')?.id).toBe(sorted[2]!.id);
  });

  test('a shard of another corpus is refused', async () => {
    const files = corpusFileMap(smallCorpus());
    const rest = JSON.parse(files.get(shardFileName(0)) as string) as RestShard;
    rest.version = '0123456789abcdef';
    const { texts } = await loaded(sourceWith(files, { [shardFileName(0)]: JSON.stringify(rest) }));
    await textsSettled(texts, 0, 'en');
    expect(texts.failures()[0]?.error).toMatchObject({
      kind: 'schema',
      issues: [{ path: 'version', message: expect.stringMatching(/the version of the corpus's head$/) }],
    });
  });
});
