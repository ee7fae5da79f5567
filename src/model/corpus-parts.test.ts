import { describe, expect, test } from 'vitest';
import { corpusFileMap, smallCorpus } from '../../tests/corpus-fixture.ts';
import { generateSyntheticCorpus } from '../bench/synthetic-corpus.ts';
import { corpusChecks } from './check-corpus.ts';
import { restOf, skeletonOf, wordsOf } from './corpus-files.ts';
import {
  HEAD_FILE,
  joinEvent,
  SEARCH_WORDS_FILE,
  searchPartFileName,
  shardFileName,
  SKELETON_FILE,
  wordsFit,
  type CorpusHead,
} from './corpus-parts.ts';
import type { RestShard, WordsShard } from './shard-shapes.ts';
import { LANGUAGES, type Corpus } from './corpus-schema.ts';
import { sortEvents } from './event-order.ts';
import { relatedNamedBy } from './event-index.ts';
import { decodeSkeleton } from './skeleton-file.ts';

describe('corpusFiles', () => {
  const corpus = generateSyntheticCorpus(25);
  const files = corpusFileMap(corpus, 10);
  const json = <T>(name: string) => JSON.parse(files.get(name) as string) as T;
  const head = json<CorpusHead>(HEAD_FILE);

  test('writes a head, a skeleton, each shard’s rests and words in every language, and the search index', () => {
    expect([...files.keys()].sort()).toEqual(
      [
        HEAD_FILE,
        SKELETON_FILE,
        SEARCH_WORDS_FILE,
        ...Array.from({ length: head.searchParts }, (_, p) => searchPartFileName(p)),
        ...[0, 1, 2].flatMap((k) => [shardFileName(k), ...LANGUAGES.map((lang) => shardFileName(k, lang))]),
      ].sort(),
    );
    expect(head.shards).toEqual([10, 10, 5]);
    expect(head.events).toBe(25);
    expect(head.people).toEqual(corpus.people);
    expect(corpusChecks().head(head)).toBe(true);
  });

  test('its skeleton holds every event in time order, and its shards their parts in the same order', () => {
    const bytes = files.get(SKELETON_FILE) as Uint8Array;
    const skeleton = decodeSkeleton(bytes.slice().buffer, head);
    if ('problem' in skeleton) throw new Error(skeleton.problem);
    const sorted = sortEvents(corpus.events);
    expect(Array.from({ length: skeleton.index.count }, (_, i) => skeleton.index.ids.at(i))).toEqual(
      sorted.map((e) => e.id),
    );
    const rests = [0, 1, 2].flatMap((k) => json<RestShard>(shardFileName(k)).events);
    expect(rests).toEqual(sorted.map(restOf));
    const words = [0, 1, 2].flatMap((k) => json<WordsShard>(shardFileName(k, 'ar')).events);
    expect(words).toEqual(sorted.map((e) => wordsOf(e, 'ar')));
    expect([0, 1, 2].map((k) => json<RestShard>(shardFileName(k)).first)).toEqual([0, 10, 20]);
  });

  test('shard files are numbered to sort in order, a language after the number', () => {
    expect([12, 3, 100].map((k) => shardFileName(k))).toEqual(['texts-012.json', 'texts-003.json', 'texts-100.json']);
    expect(shardFileName(3, 'ru')).toBe('texts-003.ru.json');
  });
});

describe('joinEvent', () => {
  test('makes an event whole again from its skeleton, its related events, its rest and its words', () => {
    const corpus: Corpus = smallCorpus();
    for (const event of corpus.events) {
      const words = Object.fromEntries(LANGUAGES.map((lang) => [lang, wordsOf(event, lang)]));
      expect(joinEvent(skeletonOf(event), event.related ?? [], restOf(event), words)).toEqual(event);
    }
  });

  test('with the words of one language, gives that language only', () => {
    const event = smallCorpus().events.find((e) => e.location)!;
    const joined = joinEvent(skeletonOf(event), [], restOf(event), { en: wordsOf(event, 'en') });
    expect(joined.title).toEqual({ en: event.title.en });
    expect(joined.location?.name).toEqual({ en: event.location!.name.en });
    expect(joined.sources.map((s) => s.attribution)).toEqual(event.sources.map((s) => ({ en: s.attribution.en })));
  });

  test('the related events come from the skeleton, in the order the event names them', () => {
    const files = corpusFileMap(smallCorpus());
    const head = JSON.parse(files.get(HEAD_FILE) as string) as CorpusHead;
    const skeleton = decodeSkeleton((files.get(SKELETON_FILE) as Uint8Array).slice().buffer, head);
    if ('problem' in skeleton) throw new Error(skeleton.problem);
    const { index } = skeleton;
    for (const event of smallCorpus().events) {
      const position = index.ids.positionOf(event.id)!;
      expect(relatedNamedBy(index, position).map((p) => index.ids.at(p))).toEqual(event.related ?? []);
    }
  });

  test('words fit their rest when both have a place, or neither, and an attribution per source', () => {
    const event = smallCorpus().events.find((e) => e.location)!;
    const rest = restOf(event);
    expect(wordsFit(rest, wordsOf(event, 'ar'))).toBe(true);
    expect(wordsFit(rest, { ...wordsOf(event, 'ar'), place: undefined })).toBe(false);
    expect(wordsFit(rest, { ...wordsOf(event, 'ar'), attributions: [] })).toBe(false);
  });
});
