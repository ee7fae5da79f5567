import { describe, expect, test } from 'vitest';
import { generateSyntheticCorpus } from '../bench/synthetic-corpus.ts';
import { splitCorpus, type CorpusShard } from './corpus-parts.ts';
import { completeTexts, shardedTexts, type ShardResult } from './event-texts.ts';

const { head, shards } = splitCorpus(generateSyntheticCorpus(10), 2);

/** A loader whose shards arrive when the test says, recording what was asked for and in what order. */
function controlledLoader() {
  const asked: number[] = [];
  const pending = new Map<number, (result: ShardResult) => void>();
  const load = (k: number) => {
    asked.push(k);
    return new Promise<ShardResult>((resolve) => pending.set(k, resolve));
  };
  const arrive = async (k: number, result: ShardResult = { status: 'ready', value: shards[k] as CorpusShard }) => {
    pending.get(k)!(result);
    pending.delete(k);
    // The store takes the result in a microtask.
    await Promise.resolve();
    await Promise.resolve();
  };
  return { asked, load, arrive, inFlight: () => [...pending.keys()] };
}

describe('shardedTexts', () => {
  test('fetches three shards at a time, in time order, and has each event once its shard is in', async () => {
    const { asked, load, arrive } = controlledLoader();
    const texts = shardedTexts(head.shards, load);
    expect(asked).toEqual([0, 1, 2]);
    expect(texts.progress()).toEqual({ loaded: 0, total: 10, failed: [] });
    expect(texts.at(2)).toBeUndefined();

    await arrive(1);
    expect(asked).toEqual([0, 1, 2, 3]);
    expect(texts.at(2)?.id).toBe(head.events[2]!.id);
    expect(texts.at(2)?.title).toEqual(shards[1]!.events[0]!.title);
    expect(texts.at(0)).toBeUndefined();
    expect(texts.progress().loaded).toBe(2);
    expect(texts.all()).toBeUndefined();
  });

  test('an event asked for jumps the queue', async () => {
    const { asked, load, arrive } = controlledLoader();
    const texts = shardedTexts(head.shards, load);
    texts.want(9); // shard 4, the last
    texts.want(1); // shard 0, already on its way: nothing more
    await arrive(0);
    expect(asked).toEqual([0, 1, 2, 4]);
  });

  test('tells its listeners on every shard, and has every event in order once all are in', async () => {
    const { load, arrive } = controlledLoader();
    const texts = shardedTexts(head.shards, load);
    let calls = 0;
    const stop = texts.subscribe(() => calls++);
    for (let k = 0; k < shards.length; k++) await arrive(k);
    expect(calls).toBe(5);
    expect(texts.all()?.map((e) => e.id)).toEqual(head.events.map((e) => e.id));
    stop();
  });

  test('keeps a failure, with the file, until retry fetches that shard again', async () => {
    const { asked, load, arrive } = controlledLoader();
    const texts = shardedTexts(head.shards, load);
    const error = { kind: 'network' as const, message: 'HTTP 503 Service Unavailable', status: 503 };
    await arrive(0, { status: 'error', error });
    expect(texts.progress().failed).toEqual([{ file: 'shard-000.json', error }]);
    for (const k of [1, 2, 3, 4]) await arrive(k);
    expect(texts.progress()).toMatchObject({ loaded: 8, total: 10 });
    expect(texts.all()).toBeUndefined();

    texts.retry();
    expect(texts.progress().failed).toEqual([]);
    expect(asked.at(-1)).toBe(0);
    await arrive(0);
    expect(texts.all()).toHaveLength(10);
  });

  test('a loader that throws counts as a failed shard, not a lost one', async () => {
    const texts = shardedTexts(head.shards.slice(0, 1), () => Promise.reject(new Error('boom')));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(texts.progress().failed).toEqual([
      { file: 'shard-000.json', error: { kind: 'network', message: 'Error: boom' } },
    ]);
  });

  test('once disposed, asks for nothing more and ignores what arrives', async () => {
    const { asked, load, arrive } = controlledLoader();
    const texts = shardedTexts(head.shards, load);
    texts.dispose();
    await arrive(0);
    expect(asked).toEqual([0, 1, 2]);
    expect(texts.progress().loaded).toBe(0);
  });

  test('a corpus with no events is complete at once', () => {
    const texts = shardedTexts([], () => Promise.reject(new Error('never asked')));
    expect(texts.all()).toEqual([]);
    expect(texts.progress()).toEqual({ loaded: 0, total: 0, failed: [] });
  });
});

describe('completeTexts', () => {
  test('has every event from the start', () => {
    const events = shards.flatMap((shard) => shard.events);
    const texts = completeTexts(events);
    expect(texts.at(3)).toBe(events[3]);
    expect(texts.all()).toBe(events);
    expect(texts.progress()).toEqual({ loaded: 10, total: 10, failed: [] });
  });
});
