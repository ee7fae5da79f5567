import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corpusFileMap, smallCorpus } from '../../tests/corpus-fixture.ts';
import { generateSyntheticCorpus } from '../bench/synthetic-corpus.ts';
import { isValidCorpus } from './decode-corpus-file.ts';
import { corpusChecks } from './check-corpus.ts';
import { shardChecks } from './check-shards.ts';
import { HEAD_FILE, shardFileName, type CorpusHead } from './corpus-parts.ts';
import { corpusSchema, LANGUAGES, type Corpus } from './corpus-schema.ts';
import { explainHead, explainRestShard, explainWordsShard } from './explain-corpus.ts';
import { mutate, mutation, sameJson, type Json } from '../../tests/json-mutations.ts';

// One description of the format (corpus-shape.ts, event-shape.ts, corpus-parts.ts, shard-shapes.ts), read two ways: zod's schemas
// (which say where and why) and the compiled fast checks (check-shape.ts: fast, and their yes
// means the value can be used as is). These tests hold the two to the same answers.

/** isValidCorpus says yes exactly when zod accepts the value and gives it back unchanged. */
function agree(value: Json): void {
  const parsed = corpusSchema.safeParse(value);
  // zod trims texts: a text with white space at either end is valid, but comes out changed.
  expect(isValidCorpus(value)).toBe(parsed.success && sameJson(parsed.data, value));
}

/** A synthetic corpus with only the people and countries its events name: changes land in events. */
function compactSynthetic(n: number): Json {
  const corpus = generateSyntheticCorpus(n);
  const people = new Set(corpus.events.flatMap((e) => e.people));
  const countries = new Set(corpus.events.flatMap((e) => e.countries));
  corpus.people = corpus.people.filter((p) => people.has(p.id));
  for (const person of corpus.people) countries.add(person.country);
  corpus.countries = corpus.countries.filter((c) => countries.has(c.code));
  corpus.articles = corpus.articles.filter((a) => corpus.events.some((e) => e.sources[0]!.article === a.id));
  return JSON.parse(JSON.stringify(corpus)) as Json;
}

const BASES: Json[] = [structuredClone(smallCorpus()) as unknown as Json, compactSynthetic(3)];

describe('isValidCorpus and corpusSchema give the same answer', () => {
  it('on the valid corpora themselves', () => {
    for (const base of BASES) {
      expect(isValidCorpus(base)).toBe(true);
      agree(base);
    }
  });

  it.each(BASES.map((base, i) => [i === 0 ? 'the small corpus' : 'a synthetic corpus', base] as const))(
    'on %s with one to three changes anywhere in it',
    (_, base) => {
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
          const changed = mutations.reduce((corpus, m) => mutate(corpus, m), structuredClone(base));
          // Only what JSON can carry: the fast path is for parsed text.
          agree(JSON.parse(JSON.stringify(changed)) as Json);
        }),
        { numRuns: 2500 },
      );
    },
  );

  it('on values that are not corpora at all', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        agree(value as Json);
      }),
      { numRuns: 300 },
    );
  });

  it('rejects what only the cross-checks catch: a duplicate id, a dangling reference', () => {
    const duplicate = structuredClone(BASES[1]) as { events: Json[] };
    duplicate.events.push(structuredClone(duplicate.events[0]!));
    expect(isValidCorpus(duplicate)).toBe(false);
    const dangling = structuredClone(BASES[0]) as { events: { related?: string[] }[] };
    dangling.events[0]!.related = ['no-such-event'];
    expect(isValidCorpus(dangling)).toBe(false);
    expect(corpusSchema.safeParse(dangling).success).toBe(false);
  });
});

// The parts the app loads (corpus-parts.ts): the same two readings, the fast checks and what
// explain-corpus.ts makes of them with zod.
describe('the checks of a corpus’s parts agree with their zod explanations', () => {
  const parts = BASES.map((base) => {
    const files = corpusFileMap(base as unknown as Corpus, 2);
    const json = (name: string) => JSON.parse(files.get(name) as string) as Json;
    const head = json(HEAD_FILE) as unknown as CorpusHead;
    return { files, json, head, shards: head.shards.length };
  });
  const checks = { ...corpusChecks(), ...shardChecks() };

  function agreeHead(value: Json): void {
    const explained = explainHead(value);
    expect(checks.head(value)).toBe(explained.success && sameJson(explained.value, value));
  }

  function agreeRest(value: Json, head: CorpusHead, k: number): void {
    const explained = explainRestShard(value, head, k);
    expect(checks.restShard(value, head, k, checks.tableIds(head as unknown as Record<string, unknown>)!)).toBe(
      explained.success && sameJson(explained.value, value),
    );
  }

  function agreeWords(value: Json, head: CorpusHead, k: number, lang: (typeof LANGUAGES)[number]): void {
    const explained = explainWordsShard(value, head, k, lang);
    expect(checks.wordsShard(value, head, k, lang)).toBe(explained.success && sameJson(explained.value, value));
  }

  it('on the parts of the valid corpora', () => {
    for (const { json, head, shards } of parts) {
      expect(checks.head(head)).toBe(true);
      agreeHead(head as unknown as Json);
      for (let k = 0; k < shards; k++) {
        agreeRest(json(shardFileName(k)), head, k);
        for (const lang of LANGUAGES) agreeWords(json(shardFileName(k, lang)), head, k, lang);
      }
    }
  });

  it.each(parts.map((part, i) => [i === 0 ? 'the small corpus' : 'a synthetic corpus', part] as const))(
    'on the parts of %s with one to three changes anywhere in them',
    (_, { json, head, shards }) => {
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.nat(), (mutations, pick) => {
          const changed = (value: Json) =>
            JSON.parse(JSON.stringify(mutations.reduce((v, m) => mutate(v, m), structuredClone(value)))) as Json;
          agreeHead(changed(head as unknown as Json));
          const k = pick % shards;
          agreeRest(changed(json(shardFileName(k))), head, k);
          const lang = LANGUAGES[pick % LANGUAGES.length]!;
          agreeWords(changed(json(shardFileName(k, lang))), head, k, lang);
        }),
        { numRuns: 800 },
      );
    },
  );

  it('refuses a shard in the wrong place, of another corpus or in another language', () => {
    const { json, head } = parts[0]!;
    const known = checks.tableIds(head as unknown as Record<string, unknown>)!;
    expect(checks.restShard(json(shardFileName(1)), head, 0, known)).toBe(false);
    const other = json(shardFileName(0)) as { version: string };
    other.version = 'f'.repeat(16);
    expect(checks.restShard(other, head, 0, known)).toBe(false);
    expect(explainRestShard(other, head, 0)).toMatchObject({
      success: false,
      issues: [{ path: ['version'], message: `must be ${head.version}, the version of the corpus's head` }],
    });
    expect(checks.wordsShard(json(shardFileName(0, 'ar')), head, 0, 'en')).toBe(false);
  });
});
