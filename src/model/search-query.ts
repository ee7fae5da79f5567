import { bisectRight } from 'd3-array';
import type { EventIndex } from './event-index.ts';
import { BITSET, type SearchPart } from './search-files.ts';
import type { SearchIndex } from './search-index.ts';
import { queryWords } from './text-normalize.ts';

/** For each word of the query, the index's words it occurs in (by number). */
export function matchedWords(search: SearchIndex, q: string): number[][] {
  return queryWords(q).map((word) => including(search.words, word));
}

/** The numbers of the texts that hold the word. */
function including(texts: readonly string[], word: string): number[] {
  const found: number[] = [];
  texts.forEach((text, k) => {
    if (text.includes(word)) found.push(k);
  });
  return found;
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

/** The events that refer to each person (or country), by its number: `events[from[g]]` to `events[from[g + 1] - 1]`, in order. */
export interface RefEvents {
  from: Uint32Array;
  events: Uint32Array;
}

/** Whose names a query finds: people, or countries. */
export type NameKind = 'people' | 'countries';

/**
 * The events that refer to each person (or each country), which a query that finds their names
 * marks: made once for an index, so that a query marks only the events of the names it finds,
 * rather than reading every event's refs. Written in steps (`fill`, the next so many events), so
 * that the page can spread the work over bursts in the background: at a million events it is a
 * pass over millions of refs. `events` is whole once `done`.
 */
export function eventsOfNames(
  index: EventIndex,
  kind: NameKind,
): RefEvents & { fill: (count: number) => void; readonly done: boolean } {
  const n = index.count;
  const [start, refs, names] =
    kind === 'people'
      ? [index.personStart, index.personRefs, index.personIds.length]
      : [index.countryStart, index.countryRefs, index.countryCodes.length];
  const from = new Uint32Array(names + 1);
  for (let k = start[0]!; k < start[n]!; k++) from[refs[k]! + 1]!++;
  for (let g = 0; g < names; g++) from[g + 1]! += from[g]!;
  const next = from.slice(0, names);
  const events = new Uint32Array(from[names]!);
  let filled = 0;
  return {
    from,
    events,
    fill(count: number) {
      const end = Math.min(n, filled + count);
      for (let i = filled; i < end; i++) for (let k = start[i]!; k < start[i + 1]!; k++) events[next[refs[k]!]!++] = i;
      filled = end;
    },
    get done() {
      return filled === n;
    },
  };
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
  named: (kind: NameKind) => RefEvents,
): Uint8Array {
  const n = index.count;
  const size = Math.ceil(n / 32);
  const words = queryWords(q);
  let all: Uint32Array | null = null;
  for (const [w, word] of words.entries()) {
    const hits = new Uint32Array(size);
    for (const k of matched[w] ?? []) addWord(hits, part(partOfWord(search, k)), k);
    const people = including(search.personText, word);
    if (people.length) addNames(hits, people, named('people'));
    const countries = including(search.countryText, word);
    if (countries.length) addNames(hits, countries, named('countries'));
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

/** Marks the events that refer to any of the names. */
function addNames(hits: Uint32Array, names: readonly number[], { from, events }: RefEvents): void {
  for (const g of names) addEvents(hits, events, from[g]!, from[g + 1]!);
}

/**
 * Marks `events[start]` to `events[end - 1]`. A function of its own, not a loop nested in
 * addNames's: V8's code for an inner loop compiled while it runs is thrown away when the loop
 * ends, so a query naming several people ran its marking unoptimized (docs/performance.md).
 */
function addEvents(hits: Uint32Array, events: Uint32Array, start: number, end: number): void {
  for (let j = start; j < end; j++) {
    const i = events[j]!;
    hits[i >>> 5]! |= 1 << (i & 31);
  }
}
