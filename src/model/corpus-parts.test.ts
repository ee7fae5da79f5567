import { describe, expect, test } from 'vitest';
import { smallCorpus } from '../../tests/corpus-fixture.ts';
import { generateSyntheticCorpus } from '../bench/synthetic-corpus.ts';
import { isValidHead, isValidShard } from './check-corpus.ts';
import { shardFileName, skeletonOf, splitCorpus } from './corpus-parts.ts';
import { sortEvents } from './event-order.ts';

describe('splitCorpus', () => {
  const corpus = generateSyntheticCorpus(25);
  const { head, shards } = splitCorpus(corpus, 10);

  test('the head keeps the tables and every event’s skeleton, in time order', () => {
    const sorted = sortEvents(corpus.events);
    expect(head.events).toEqual(sorted.map(skeletonOf));
    expect(head.people).toBe(corpus.people);
    expect(head.countries).toBe(corpus.countries);
    expect(head.articles).toBe(corpus.articles);
    expect(isValidHead(head)).toBe(true);
  });

  test('the shards hold the complete events in the same order, each once, and say where they start', () => {
    expect(shards.map((s) => [s.first, s.events.length])).toEqual([
      [0, 10],
      [10, 10],
      [20, 5],
    ]);
    expect(shards.flatMap((s) => s.events)).toEqual(sortEvents(corpus.events));
    expect(head.shards).toEqual([
      { file: 'shard-000.json', count: 10 },
      { file: 'shard-001.json', count: 10 },
      { file: 'shard-002.json', count: 5 },
    ]);
    const ids = new Set(head.events.map((e) => e.id));
    shards.forEach((shard, k) => expect(isValidShard(shard, head, k, ids)).toBe(true));
  });

  test('a skeleton keeps only what every view reads, and an unknown day’s range', () => {
    // Said on one of two days, the article does not say which (as the Kremlin's readout).
    const statement = smallCorpus().events[2]!;
    statement.date = { start: '2025-02-12', end: '2025-02-13', precision: 'day', range: true, rule: 'explicit' };
    expect(skeletonOf(statement)).toEqual({
      id: statement.id,
      type: statement.type,
      date: { start: '2025-02-12', end: '2025-02-13', precision: 'day', range: true },
      people: statement.people,
      countries: statement.countries,
    });
    expect(skeletonOf(smallCorpus().events[0]!).date).not.toHaveProperty('range');
  });

  test('shard files are numbered to sort in order', () => {
    expect([12, 3, 100].map(shardFileName)).toEqual(['shard-012.json', 'shard-003.json', 'shard-100.json']);
  });
});
