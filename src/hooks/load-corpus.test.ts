import { afterEach, describe, expect, test, vi } from 'vitest';
import { smallCorpus, smallCorpusText } from '../../tests/corpus-fixture.ts';
import { MAX_ISSUES, decodeCorpus, formatIssuePath } from '../model/decode-corpus.ts';
import { fetchCorpusSource, loadCorpus } from './load-corpus.ts';

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

describe('decodeCorpus', () => {
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

describe('loadCorpus', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  test('a source that rejects is a network error', async () => {
    const result = await loadCorpus(() => Promise.reject(new TypeError('Failed to fetch')), signal);
    expect(result).toEqual({ status: 'error', error: { kind: 'network', message: 'Failed to fetch' } });
  });

  test('a fetch answered 404 is a network error with the status', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('missing', { status: 404, statusText: 'Not Found' })),
    );
    const result = await loadCorpus(fetchCorpusSource('/assets/corpus.json'), signal);
    expect(result).toEqual({ status: 'error', error: { kind: 'network', message: 'HTTP 404 Not Found', status: 404 } });
  });

  test('a fetched corpus is decoded and validated', async () => {
    const fetch = vi.fn(async () => new Response(smallCorpusText(), { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    const result = await loadCorpus(fetchCorpusSource('/assets/corpus-abc123.json'), signal);
    expect(result.status).toBe('ready');
    expect(fetch).toHaveBeenCalledWith('/assets/corpus-abc123.json', { signal });
  });
});
