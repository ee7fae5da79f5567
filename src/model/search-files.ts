import { SCHEMA_VERSION } from './corpus-vocabulary.ts';
import { versionShape } from './corpus-shape.ts';
import { integer, list, literal, object, rule, text, type Infer } from './shape.ts';

/*
 * The search index as files, made by `npm run corpus` beside the corpus's other parts:
 *
 * - search-words.json: every distinct folded word of the events' texts, sorted, and the first
 *   word of each part (a query scans these words, then fetches the parts of those it matched);
 * - search-NNN.bin: the events of a run of words. A header of four 32-bit words (MAGIC, FORMAT,
 *   first word, words), the byte offset of each word's events (and of their end), one byte per
 *   word saying how they are kept, then each word's events from a multiple of four bytes: as the
 *   gaps between their positions in LEB128, or, where that would take more room, as a bitset of
 *   every event (bit i of 32-bit word i >> 5).
 *
 * The same parts are made in the page for a corpus loaded whole (a file the reader opens), so
 * that one query runs on both.
 */

export const wordsFileShape = object(
  {
    schemaVersion: literal(SCHEMA_VERSION),
    version: versionShape,
    events: integer(0),
    words: list(text()),
    /** The first word of each part, from 0, rising. */
    partStart: list(integer(0)),
  },
  rule(['words'], (file) =>
    file.words.every((word, i) => i === 0 || file.words[i - 1]! < word)
      ? null
      : { path: ['words'], message: 'must be sorted, each once' },
  ),
  rule(['words', 'partStart'], (file) =>
    file.partStart.every((first, p) => (p === 0 ? first === 0 : first > file.partStart[p - 1]!)) &&
    (file.partStart.at(-1) ?? 0) <= Math.max(0, file.words.length - 1)
      ? null
      : { path: ['partStart'], message: 'must rise from 0 within the words' },
  ),
);
export type SearchWordsFile = Infer<typeof wordsFileShape>;

export const MAGIC = 0x49534b54; // "TKSI"
export const FORMAT = 1;
export const POSTINGS = 0;
export const BITSET = 1;
/** Bytes of events a part holds before the next part begins (a word's are never split). */
export const PART_BYTES = 1 << 16;

/** One part, read: word `first + j`'s events are bytes[offsets[j] .. offsets[j + 1]), kept as kinds[j] says. */
export interface SearchPart {
  first: number;
  offsets: Uint32Array;
  kinds: Uint8Array;
  bytes: Uint8Array;
  /** The same bytes as 32-bit words, for bitsets. */
  words32: Uint32Array;
}

export function align4(n: number): number {
  return Math.ceil(n / 4) * 4;
}

/**
 * Reads part `k` of the index whose words are `file`, and checks it whole: its header and
 * offsets, each bitset's size, and each word's events rising and within the corpus. A part
 * that fails says why.
 */
export function decodeSearchPart(
  buffer: ArrayBuffer,
  file: SearchWordsFile,
  k: number,
): SearchPart | { problem: string } {
  const first = file.partStart[k];
  if (first === undefined) return { problem: `the index has no part ${k}` };
  const count = (file.partStart[k + 1] ?? file.words.length) - first;
  if (buffer.byteLength < 16) return { problem: 'it is too short for a part of the search index' };
  const [magic, format, partFirst, partCount] = new Uint32Array(buffer, 0, 4);
  if (magic !== MAGIC || format !== FORMAT) return { problem: 'it is not a part of the search index of this format' };
  if (partFirst !== first || partCount !== count)
    return { problem: `it holds words ${partFirst}.. (${partCount}); the index says ${first}.. (${count})` };
  const head = 16 + 4 * (count + 1) + align4(count);
  if (buffer.byteLength < head) return { problem: 'it is shorter than its header says' };
  const offsets = new Uint32Array(buffer, 16, count + 1);
  const kinds = new Uint8Array(buffer, 16 + 4 * (count + 1), count);
  const bytes = new Uint8Array(buffer, head);
  if (offsets[count] !== bytes.length)
    return { problem: `it is ${buffer.byteLength} bytes long; its offsets make it ${head + offsets[count]!}` };
  const bitsetBytes = Math.ceil(file.events / 32) * 4;
  const words32 = new Uint32Array(buffer, head, bytes.length / 4);
  // Bits past the last event, in a bitset's last word, must be clear.
  const tail = file.events % 32 === 0 ? 0 : ~((1 << (file.events % 32)) - 1);
  for (let j = 0; j < count; j++) {
    const from = offsets[j]!;
    const to = offsets[j + 1]!;
    if (from % 4 !== 0 || to < from) return { problem: `word ${first + j}'s events are out of place` };
    if (kinds[j] === BITSET) {
      if (to - from !== bitsetBytes || (to > from && (words32[to / 4 - 1]! & tail) !== 0))
        return { problem: `word ${first + j}'s bitset is not one bit per event` };
    } else if (kinds[j] !== POSTINGS || !postingsFit(bytes, from, to, file.events)) {
      return { problem: `word ${first + j}'s events are not rising positions within the corpus` };
    }
  }
  return { first, offsets, kinds, bytes, words32 };
}

/** The gaps from `from` decode to rising positions below `n`, ending before `to` (padding aside). */
function postingsFit(bytes: Uint8Array, from: number, to: number, n: number): boolean {
  let position = -1;
  let at = from;
  while (at < to) {
    if (bytes[at] === 0 && position >= 0) break; // padding: a gap is never 0
    let gap = 0;
    let shift = 0;
    for (;;) {
      if (at >= to || shift > 28) return false;
      const b = bytes[at++]!;
      gap += (b & 0x7f) * 2 ** shift;
      shift += 7;
      if (b < 0x80) break;
    }
    if (gap === 0) return false;
    position += gap;
    if (position >= n) return false;
  }
  for (; at < to; at++) if (bytes[at] !== 0) return false;
  return true;
}
