import { bisectRight } from 'd3-array';
import type { EventIndex } from './event-index.ts';
import { BITSET, type SearchPart } from './search-files.ts';
import type { SearchIndex } from './search-index.ts';
import { queryWords } from './text-normalize.ts';

/** For each word of the query, the index's words it occurs in (by number). */
export function matchedWords(search: SearchIndex, q: string): number[][] {
  return queryWords(q).map((word) => {
    const found: number[] = [];
    search.words.forEach((text, k) => {
      if (text.includes(word)) found.push(k);
    });
    return found;
  });
}

/** The part that holds word `k`'s events. */
export function partOfWord(search: SearchIndex, k: number): number {
  return bisectRight(search.partStart, k) - 1;
}

/** The parts a query needs, each once, in order. */
export function partsOfQuery(search: SearchIndex, matched: readonly (readonly number[])[]): number[] {
  const parts = new Set<number>();
  for (const words of matched) for (const k of words) parts.add(partOfWord(search, k));
  return [...parts].sort((a, b) => a - b);
}

/**
 * passes[i] is 1 when every word of the query occurs in event i's texts or in the name of a
 * person or country it refers to. `matched` is matchedWords(search, q); `part(p)` must give every
 * part of partsOfQuery. Each query word's events are gathered in a bitset (a word's kept as a
 * bitset are OR-ed 32 events at a time), and the bitsets of the query's words are AND-ed.
 */
export function matchQuery(
  index: EventIndex,
  search: SearchIndex,
  matched: readonly (readonly number[])[],
  q: string,
  part: (p: number) => SearchPart,
): Uint8Array {
  const n = index.count;
  const size = Math.ceil(n / 32);
  const words = queryWords(q);
  let all: Uint32Array | null = null;
  for (const [w, word] of words.entries()) {
    const hits = new Uint32Array(size);
    for (const k of matched[w] ?? []) addWord(hits, part(partOfWord(search, k)), k);
    addNames(
      index,
      hits,
      Uint8Array.from(search.personText, (text) => +text.includes(word)),
      index.personStart,
      index.personRefs,
    );
    addNames(
      index,
      hits,
      Uint8Array.from(search.countryText, (text) => +text.includes(word)),
      index.countryStart,
      index.countryRefs,
    );
    if (!all) all = hits;
    else for (let x = 0; x < size; x++) all[x]! &= hits[x]!;
  }
  const passes = new Uint8Array(n);
  const bits = all;
  if (!bits) return passes.fill(1);
  for (let x = 0; x < size; x++) {
    let word = bits[x]!;
    while (word !== 0) {
      const low = word & -word;
      passes[x * 32 + 31 - Math.clz32(low)] = 1;
      word ^= low;
    }
  }
  return passes;
}

function addWord(hits: Uint32Array, part: SearchPart, k: number): void {
  const j = k - part.first;
  const from = part.offsets[j]!;
  const to = part.offsets[j + 1]!;
  if (part.kinds[j] === BITSET) {
    const bits = part.words32;
    for (let x = 0, w = from / 4; x < hits.length; x++, w++) hits[x]! |= bits[w]!;
    return;
  }
  const bytes = part.bytes;
  let position = -1;
  for (let at = from; at < to && bytes[at] !== 0;) {
    let gap = 0;
    let shift = 0;
    for (;;) {
      const b = bytes[at++]!;
      gap += (b & 0x7f) * 2 ** shift;
      shift += 7;
      if (b < 0x80) break;
    }
    position += gap;
    hits[position >>> 5]! |= 1 << (position & 31);
  }
}

/**
 * Marks the events that refer to a person (or country) whose name holds the word, 32 events to a
 * word of bits: every ref is read, with no test that stops early, since most events have one or
 * two refs and a loop that ends at random is mispredicted once an event.
 */
function addNames(
  index: EventIndex,
  hits: Uint32Array,
  named: Uint8Array,
  start: Uint32Array,
  refs: Uint32Array,
): void {
  if (!named.includes(1)) return;
  const n = index.count;
  let k = start[0]!;
  for (let x = 0; x < hits.length; x++) {
    let bits = 0;
    const events = Math.min(32, n - x * 32);
    for (let b = 0; b < events; b++) {
      const to = start[x * 32 + b + 1]!;
      let any = 0;
      for (; k < to; k++) any |= named[refs[k]!]!;
      bits |= any << b;
    }
    hits[x]! |= bits;
  }
}
