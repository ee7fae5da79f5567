import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { smallCorpus } from '../../tests/corpus-fixture.ts';
import { generateSyntheticCorpus } from '../bench/synthetic-corpus.ts';
import { isValidCorpus } from './decode-corpus-file.ts';
import { isValidHead, isValidShard } from './check-corpus.ts';
import { splitCorpus, type CorpusHead } from './corpus-parts.ts';
import { corpusSchema, type Corpus } from './corpus-schema.ts';
import { explainHead, explainShard } from './explain-corpus.ts';

// One schema, two implementations: zod's corpusSchema (which says where and why) and the
// hand-written isValidCorpus (which is fast, and whose yes means the value can be used as is).

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

function pathsOf(value: Json, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...path, i], out));
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) pathsOf(item, [...path, key], out);
  return out;
}

function at(value: Json, path: Path): Json {
  return path.reduce<Json>((node, key) => (node as Record<string | number, Json>)[key]!, value);
}

// Values that probe each rule: types, blanks and edge white space, ids, codes, dates (real and
// not), enum members, numbers at the edges of the integer rules.
const PROBES: Json[] = [
  null,
  true,
  0,
  -1,
  1,
  1.5,
  2 ** 53,
  '',
  ' ',
  'x',
  ' x',
  'x ',
  'x\n',
  'RU',
  'ZZ',
  'no-one',
  'ru',
  'R',
  'a-b',
  'A-b',
  'a--b',
  '2025-02-28',
  '2025-02-01',
  '2024-02-29',
  '2025-02-29',
  '2025-02',
  '0999-01-01',
  'call',
  'milestone',
  'participant',
  'day',
  'month',
  'year',
  'explicit',
  'weekday',
  'https://example.com/a',
  'HTTPS://EXAMPLE.COM',
  'http:example.com',
  'ftp://example.com',
  'https://exa mple.com',
  '2025',
  '2025-1',
  'stated',
  'ar',
  [],
  {},
  ['x'],
  { ar: 'a', en: 'b', ru: 'c' },
];

type Mutation =
  | { kind: 'set'; target: number; probe: number }
  | { kind: 'sibling'; target: number; from: number }
  | { kind: 'copy'; target: number; from: number }
  | { kind: 'delete'; target: number }
  | { kind: 'extra-key'; target: number }
  | { kind: 'duplicate'; target: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), target: fc.nat(), probe: fc.nat(PROBES.length - 1) }),
  fc.record({ kind: fc.constant('copy' as const), target: fc.nat(), from: fc.nat() }),
  fc.record({ kind: fc.constant('sibling' as const), target: fc.nat(), from: fc.nat() }),
  fc.record({ kind: fc.constant('delete' as const), target: fc.nat() }),
  fc.record({ kind: fc.constant('extra-key' as const), target: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), target: fc.nat() }),
);

function mutate(corpus: Json, m: Mutation): Json {
  const paths = pathsOf(corpus);
  const path = paths[m.target % paths.length]!;
  if (path.length === 0) return m.kind === 'set' ? structuredClone(PROBES[m.probe]!) : corpus;
  const parent = at(corpus, path.slice(0, -1)) as Record<string | number, Json>;
  const key = path.at(-1)!;
  switch (m.kind) {
    case 'set':
      parent[key] = structuredClone(PROBES[m.probe]!);
      break;
    case 'copy':
      parent[key] = structuredClone(at(corpus, paths[m.from % paths.length]!));
      break;
    case 'sibling': {
      // Another field of the same object: end := start, person := country, title := summary…
      const keys = Object.keys(parent);
      parent[key] = structuredClone(parent[keys[m.from % keys.length]!]!);
      break;
    }
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      break;
    case 'extra-key': {
      const node = parent[key];
      if (node && typeof node === 'object' && !Array.isArray(node)) node.note = 'x';
      break;
    }
    case 'duplicate':
      if (Array.isArray(parent)) parent.push(structuredClone(parent[key as number]!));
      break;
  }
  return corpus;
}

/** Deep equality of JSON values (key order aside). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every(
    (key) => key in b && sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

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

// The head and shards the app loads (corpus-parts.ts): the same two implementations, the
// hand-written checks and what explain-corpus.ts makes of them with zod.
describe('isValidHead and isValidShard agree with their zod explanations', () => {
  const splits = BASES.map((base) => splitCorpus(base as unknown as Corpus, 2));

  function agreeHead(value: Json): void {
    const explained = explainHead(value);
    expect(isValidHead(value)).toBe(explained.success && sameJson(explained.value, value));
  }

  function agreeShard(value: Json, head: CorpusHead, k: number): void {
    const ids = new Set(head.events.map((e) => e.id));
    const explained = explainShard(value, head, k, ids);
    expect(isValidShard(value, head, k, ids)).toBe(explained.success && sameJson(explained.value, value));
  }

  it('on the heads and shards of the valid corpora', () => {
    for (const { head, shards } of splits) {
      expect(isValidHead(head)).toBe(true);
      agreeHead(head as unknown as Json);
      shards.forEach((shard, k) => {
        expect(isValidShard(shard, head, k, new Set(head.events.map((e) => e.id)))).toBe(true);
        agreeShard(shard as unknown as Json, head, k);
      });
    }
  });

  it.each(splits.map((split, i) => [i === 0 ? 'the small corpus' : 'a synthetic corpus', split] as const))(
    'on the head and shards of %s with one to three changes anywhere in them',
    (_, { head, shards }) => {
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.nat(), (mutations, pick) => {
          const changedHead = mutations.reduce(
            (value, m) => mutate(value, m),
            structuredClone(head) as unknown as Json,
          );
          agreeHead(JSON.parse(JSON.stringify(changedHead)) as Json);
          const k = pick % shards.length;
          const changedShard = mutations.reduce(
            (value, m) => mutate(value, m),
            structuredClone(shards[k]) as unknown as Json,
          );
          agreeShard(JSON.parse(JSON.stringify(changedShard)) as Json, head, k);
        }),
        { numRuns: 1500 },
      );
    },
  );

  it('refuses a shard in the wrong place, or whose event differs from its skeleton', () => {
    const { head, shards } = splits[0]!;
    const ids = new Set(head.events.map((e) => e.id));
    expect(isValidShard(shards[1], head, 0, ids)).toBe(false);
    const retyped = structuredClone(shards[0]!);
    retyped.events[0]!.type = retyped.events[0]!.type === 'call' ? 'meeting' : 'call';
    expect(isValidShard(retyped, head, 0, ids)).toBe(false);
    expect(explainShard(retyped, head, 0, ids)).toMatchObject({
      success: false,
      issues: [{ path: ['events', 0], message: `does not match the head's event 0 ("${head.events[0]!.id}")` }],
    });
  });
});
