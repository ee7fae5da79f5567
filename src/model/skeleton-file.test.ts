import { describe, expect, test } from 'vitest';
import { corpusFileMap, smallCorpus } from '../../tests/corpus-fixture.ts';
import { skeletonsOf } from '../../tests/index-helpers.ts';
import { generateSyntheticCorpus } from '../bench/synthetic-corpus.ts';
import { HEAD_FILE, type CorpusHead } from './corpus-parts.ts';
import { buildEventIndex } from './index-events.ts';
import { encodeSkeleton } from './skeleton-encode.ts';
import { decodeSkeleton } from './skeleton-file.ts';

const corpus = generateSyntheticCorpus(3000);
const index = buildEventIndex(corpus);
const head = JSON.parse(corpusFileMap(corpus).get(HEAD_FILE) as string) as CorpusHead;
const bytes = encodeSkeleton(index);

/** The skeleton's bytes changed by `change` (a view of its 32-bit words, and of its bytes). */
function changed(change: (words: Int32Array, raw: Uint8Array) => void): ArrayBuffer {
  const copy = bytes.slice();
  change(new Int32Array(copy.buffer, 0, Math.floor(copy.length / 4)), copy);
  return copy.buffer;
}

function decoded(buffer: ArrayBuffer, against = head) {
  const result = decodeSkeleton(buffer, against);
  if ('problem' in result) throw new Error(result.problem);
  return result.index;
}

describe('the skeleton file', () => {
  test('reads back as the index it was written from, column for column', () => {
    const read = decoded(bytes.slice().buffer);
    expect(skeletonsOf(read)).toEqual(skeletonsOf(index));
    for (const column of [
      'start',
      'end',
      'type',
      'precision',
      'countryStart',
      'countryRefs',
      'personStart',
      'personRefs',
    ] as const)
      expect([...read[column]]).toEqual([...index[column]]);
    expect(read.maxSpan).toBe(index.maxSpan);
    expect(read.ids.positionOf('event-2999')).toBe(index.ids.positionOf('event-2999'));
  });

  test('keeps a range’s unknown day and an event’s related ones', () => {
    const small = smallCorpus();
    const files = corpusFileMap(small);
    const smallHead = JSON.parse(files.get(HEAD_FILE) as string) as CorpusHead;
    const read = decoded(encodeSkeleton(buildEventIndex(small)).slice().buffer, smallHead);
    expect(skeletonsOf(read)).toEqual(skeletonsOf(buildEventIndex(small)));
    expect(read.relations.length).toBeGreaterThan(0);
  });

  // Each way a file can be wrong is said, rather than drawn.
  test.each([
    ['too short', () => new ArrayBuffer(8), 'not a skeleton file'],
    ['of another format', () => changed((w) => (w[1] = 2)), 'not a skeleton file'],
    ['not a skeleton at all', () => changed((w) => (w[0] = 0)), 'not a skeleton file'],
    ['cut short', () => bytes.slice(0, bytes.length - 10).buffer, 'bytes long'],
    ['of another corpus size', () => changed((w) => (w[2] = 2999)), 'holds 2999 events'],
    [
      'out of time order',
      () =>
        changed((w) => {
          // A day-precision event moved before the one ahead of it.
          const i = [...index.precision].findIndex((p, k) => k > 0 && p === 0 && index.start[k - 1]! < index.start[k]!);
          w[8 + i] = w[8 + 3000 + i] = index.start[i - 1]! - 1;
        }),
      'does not come after',
    ],
    ['with days not one month', () => changed((w) => (w[8 + 3000] = w[8]! + 40)), 'not valid'],
    [
      'with an unknown type',
      () => changed((_, raw) => (raw[raw.length - index.ids.bytes.length - 6000] = 9)),
      'not valid',
    ],
  ])('refuses a file %s', (_, make, problem) => {
    const result = decodeSkeleton(make(), head);
    expect('problem' in result && result.problem).toContain(problem);
  });

  test('refuses references out of range, and ids that are not slugs or repeat', () => {
    const outOfRange = decodeSkeleton(bytes.slice().buffer, { ...head, countryCodes: head.countryCodes.slice(0, 3) });
    expect('problem' in outOfRange && outOfRange.problem).toBe('a reference is out of range');
    const ids = bytes.slice();
    const at = ids.length - index.ids.bytes.length;
    ids[at] = 'E'.charCodeAt(0);
    const notSlug = decodeSkeleton(ids.buffer, head);
    expect('problem' in notSlug && notSlug.problem).toContain('not a slug');
  });
});
