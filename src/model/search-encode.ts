import { align4, BITSET, FORMAT, MAGIC, PART_BYTES, POSTINGS } from './search-files.ts';
import type { EventWordLists } from './search-index.ts';

/** The words, sorted, and the events of each in parts. */
export interface SearchFiles {
  words: string[];
  partStart: number[];
  parts: Uint8Array[];
}

/** Encodes the words of every event (WordIndexer's result) as the index's files. */
export function encodeSearchFiles(lists: EventWordLists, partBytes = PART_BYTES): SearchFiles {
  const n = lists.eventCount;
  const order = lists.words.map((_, k) => k).sort((a, b) => compare(lists.words[a]!, lists.words[b]!));
  const payloads = order.map((k) =>
    encodeEvents(lists.wordEvents.subarray(lists.wordEventStart[k], lists.wordEventStart[k + 1]), n),
  );
  const partStart: number[] = [];
  const parts: Uint8Array[] = [];
  for (let first = 0; first < order.length;) {
    let last = first;
    let bytes = 0;
    while (last < order.length && (last === first || bytes + payloads[last]!.bytes.length <= partBytes))
      bytes += payloads[last++]!.bytes.length;
    partStart.push(first);
    parts.push(encodePart(first, payloads.slice(first, last)));
    first = last;
  }
  return { words: order.map((k) => lists.words[k]!), partStart, parts };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A word's events (positions, rising): as gaps in LEB128, or as a bitset where that is smaller. */
function encodeEvents(events: Uint32Array, n: number): { kind: number; bytes: Uint8Array } {
  const bitsetBytes = Math.ceil(n / 32) * 4;
  const gaps: number[] = [];
  let previous = -1;
  for (const position of events) {
    let gap = position - previous;
    previous = position;
    while (gap >= 0x80) {
      gaps.push((gap & 0x7f) | 0x80);
      gap >>>= 7;
    }
    gaps.push(gap);
    if (gaps.length > bitsetBytes) break;
  }
  if (gaps.length <= bitsetBytes) return { kind: POSTINGS, bytes: Uint8Array.from(gaps) };
  const bits = new Uint32Array(bitsetBytes / 4);
  for (const position of events) bits[position >>> 5]! |= 1 << (position & 31);
  return { kind: BITSET, bytes: new Uint8Array(bits.buffer) };
}

function encodePart(first: number, payloads: { kind: number; bytes: Uint8Array }[]): Uint8Array {
  const count = payloads.length;
  const head = 16 + 4 * (count + 1) + align4(count);
  const offsets = new Uint32Array(count + 1);
  let at = 0;
  payloads.forEach((payload, j) => {
    offsets[j] = at;
    at = align4(at + payload.bytes.length);
  });
  offsets[count] = at;
  const buffer = new ArrayBuffer(head + at);
  new Uint32Array(buffer, 0, 4).set([MAGIC, FORMAT, first, count]);
  new Uint32Array(buffer, 16, count + 1).set(offsets);
  const kinds = new Uint8Array(buffer, 16 + 4 * (count + 1), count);
  const body = new Uint8Array(buffer, head);
  payloads.forEach((payload, j) => {
    kinds[j] = payload.kind;
    body.set(payload.bytes, offsets[j]!);
  });
  return new Uint8Array(buffer);
}
