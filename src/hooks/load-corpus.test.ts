import { afterEach, describe, expect, test, vi } from 'vitest';
import { smallCorpus, smallCorpusText, splitSource } from '../../tests/corpus-fixture.ts';
import { shardFileName, splitCorpus } from '../model/corpus-parts.ts';
import { decodeCorpus } from '../model/decode-corpus-file.ts';
import { MAX_ISSUES, formatIssuePath } from '../model/decode-corpus.ts';
import { fetchCorpusSource, loadCorpus, settled, type CorpusSource } from './load-corpus.ts';

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

async function loaded(source: CorpusSource) {
  const result = await loadCorpus(source, signal);
  if (result.status !== 'ready') throw new Error(`expected a corpus: ${JSON.stringify(result.error)}`);
  return result.corpus;
}

describe('loadCorpus (the head, then the shards)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  test('a head that cannot be had is a network error', async () => {
    const source = { ...splitSource(), head: () => Promise.reject(new TypeError('Failed to fetch')) };
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

  test('the head is ready with every event laid out; the shards, fetched beside it, bring the texts', async () => {
    const { head, shards } = splitCorpus(smallCorpus(), 2);
    const bodies = new Map([
      ['http://localhost:3000/assets/head-1.json', JSON.stringify(head)],
      ...shards.map((shard, k) => [`http://localhost:3000/assets/${shardFileName(k)}`, JSON.stringify(shard)] as const),
    ]);
    const fetch = vi.fn(
      async (url: string) => new Response(bodies.get(url) ?? 'missing', { status: bodies.has(url) ? 200 : 404 }),
    );
    vi.stubGlobal('fetch', fetch);
    const corpus = await loaded(fetchCorpusSource('http://localhost:3000/assets/head-1.json'));
    expect(corpus.index.events.map((e) => e.id)).toEqual(head.events.map((e) => e.id));
    expect(corpus.people).toEqual(head.people);
    await settled(corpus.texts);
    expect(corpus.texts.progress()).toEqual({ loaded: 3, total: 3, failed: [] });
    expect(corpus.texts.all()?.map((e) => e.title.en)).toEqual(
      [...smallCorpus().events].sort((a, b) => a.date.start.localeCompare(b.date.start)).map((e) => e.title.en),
    );
    expect(fetch).toHaveBeenCalledWith('http://localhost:3000/assets/shard-000.json', expect.anything());
    expect(fetch).toHaveBeenCalledWith('http://localhost:3000/assets/shard-001.json', expect.anything());
  });

  test('a head whose events are out of time order is refused, at the event', async () => {
    const { head } = splitCorpus(smallCorpus());
    head.events.reverse();
    const result = await loadCorpus({ ...splitSource(), head: () => Promise.resolve(JSON.stringify(head)) }, signal);
    if (result.status !== 'error' || result.error.kind !== 'schema') throw new Error('expected a schema error');
    expect(result.error.issues).toContainEqual({
      path: 'events[1]',
      message: expect.stringMatching(/^must come after/),
    });
  });

  test('an empty head says that the file is empty', async () => {
    const result = await loadCorpus({ ...splitSource(), head: () => Promise.resolve('') }, signal);
    expect(result).toEqual({ status: 'error', error: { kind: 'empty' } });
  });

  test('a head with no event says that the corpus has none', async () => {
    const { head } = splitCorpus({ ...smallCorpus(), events: [] });
    const result = await loadCorpus({ ...splitSource(), head: () => Promise.resolve(JSON.stringify(head)) }, signal);
    expect(result).toEqual({ status: 'error', error: { kind: 'no-events' } });
  });

  test('a head whose shards do not add up to its events is refused', async () => {
    const { head } = splitCorpus(smallCorpus());
    head.shards[0]!.count = 2;
    const result = await loadCorpus({ ...splitSource(), head: () => Promise.resolve(JSON.stringify(head)) }, signal);
    if (result.status !== 'error' || result.error.kind !== 'schema') throw new Error('expected a schema error');
    expect(result.error.issues).toContainEqual({ path: 'shards', message: 'the shards hold 2 events, the head 3' });
  });

  test('a bad shard leaves the rest usable, says which file and where, and is read again on retry', async () => {
    const corpus = smallCorpus();
    const good = splitSource(corpus, 2);
    const { shards } = splitCorpus(corpus, 2);
    const broken = structuredClone(shards[1]!);
    broken.events[0]!.title.en = '';
    let fixed = false;
    const source: CorpusSource = {
      head: good.head,
      shard: (file, stop) =>
        file === 'shard-001.json' && !fixed ? Promise.resolve(JSON.stringify(broken)) : good.shard(file, stop),
    };
    const { texts } = await loaded(source);
    await settled(texts);
    const { loaded: count, failed } = texts.progress();
    expect(count).toBe(2);
    expect(texts.at(0)?.id).toBe(shards[0]!.events[0]!.id);
    expect(texts.at(2)).toBeUndefined();
    expect(texts.all()).toBeUndefined();
    expect(failed).toEqual([
      {
        file: 'shard-001.json',
        error: {
          kind: 'schema',
          issueCount: 1,
          issues: [{ path: 'events[0].title.en', message: 'must not be empty' }],
        },
      },
    ]);

    fixed = true;
    texts.retry();
    await settled(texts);
    expect(texts.progress()).toEqual({ loaded: 3, total: 3, failed: [] });
  });

  test('a shard that does not match its head is refused', async () => {
    const corpus = smallCorpus();
    const good = splitSource(corpus);
    const { shards } = splitCorpus(corpus);
    const moved = structuredClone(shards[0]!);
    moved.events[1]!.date = { ...moved.events[1]!.date, start: '2024-01-01', end: '2024-01-01', precision: 'day' };
    const { texts } = await loaded({ head: good.head, shard: () => Promise.resolve(JSON.stringify(moved)) });
    await settled(texts);
    expect(texts.progress().failed[0]?.error).toMatchObject({
      kind: 'schema',
      issues: [{ path: 'events[1]', message: `does not match the head's event 1 ("${shards[0]!.events[1]!.id}")` }],
    });
  });
});
