import { fromDayNumber, spanOf, toDayNumber } from './calendar-date.ts';
import type { CorpusHead } from './corpus-parts.ts';
import { EVENT_TYPES } from './corpus-vocabulary.ts';
import { EventIds } from './event-ids.ts';
import { columnIndex, PRECISIONS, RANGE, type EventIndex } from './event-index.ts';

/*
 * skeleton.bin: every event's skeleton as columns (EventIndex), little-endian, read into typed
 * arrays over the fetched bytes with no parse. A header of eight 32-bit words (MAGIC, FORMAT,
 * events, country refs, person refs, id bytes, related pairs, bytes per ref), then:
 *
 *   Int32 start[n], end[n]         first and last day, as day numbers (calendar-date.ts)
 *   Uint32 related[2 * pairs]      event related[2k] names related[2k + 1]
 *   Uint16|32 countryRefs, personRefs   into the head's countryCodes and personIds
 *   Uint16 countries[n], people[n], idLength[n]   how many of each per event
 *   Uint8 type[n], precision[n], ids   (ids as ASCII bytes, one after another)
 *
 * Each column starts at a multiple of its width. The page checks every value before it draws.
 */

export const MAGIC = 0x4b534b54; // "TKSK"
export const FORMAT = 1;
export const HEADER_WORDS = 8;

/** The index in a skeleton file, or what is wrong with it (for a reader, with the file's name). */
export type DecodedSkeleton = { index: EventIndex } | { problem: string };

const FIRST_DAY = toDayNumber('1000-01-01');
const LAST_DAY = toDayNumber('9999-12-31');

/**
 * Reads a skeleton file of `head`'s corpus and checks every value: the header, the size, days
 * real and in time order (start, end, then id), types, precisions and spans, references, ids
 * (slugs, each once) and related events. Milliseconds for a million events.
 */
export function decodeSkeleton(buffer: ArrayBuffer, head: CorpusHead): DecodedSkeleton {
  const [magic, format, n, countryRefCount, personRefCount, idBytes, pairs, refBytes] =
    buffer.byteLength < HEADER_WORDS * 4 ? [] : new Uint32Array(buffer, 0, HEADER_WORDS);
  if (magic !== MAGIC || format !== FORMAT || (refBytes !== 2 && refBytes !== 4))
    return { problem: `it is not a skeleton file of format ${FORMAT}` };
  if (n !== head.events) return { problem: `it holds ${n} events; the head says ${head.events}` };
  const layout = layoutOf(n, countryRefCount!, personRefCount!, idBytes!, pairs!, refBytes);
  const v = layout.size === buffer.byteLength ? viewsOf(buffer, layout) : null;
  if (!v) return { problem: `it is ${buffer.byteLength} bytes long; its header makes it ${layout.size}` };

  const countryStart = prefixSums(v.countries);
  const personStart = prefixSums(v.people);
  const idOffsets = prefixSums(v.idLength);
  const ids = new EventIds(v.ids, idOffsets);
  if (countryStart[n] !== countryRefCount || personStart[n] !== personRefCount || idOffsets[n] !== idBytes)
    return { problem: 'its counts do not add up to its references and ids' };

  const spans = new SpanCheck();
  for (let i = 0; i < n; i++) {
    const start = v.start[i]!;
    const end = v.end[i]!;
    const precision = v.precision[i]!;
    const valid =
      start >= FIRST_DAY &&
      end <= LAST_DAY &&
      start <= end &&
      v.type[i]! < EVENT_TYPES.length &&
      (precision & 3) < PRECISIONS.length &&
      precision <= RANGE + 3 &&
      ((precision & RANGE) !== 0 || spans.isExact(start, end, precision & 3)) &&
      v.countries[i]! > 0;
    if (!valid) return { problem: `event ${i}'s days, type, precision or countries are not valid` };
    if (i > 0 && (v.start[i - 1]! - start || v.end[i - 1]! - end || ids.compare(i - 1, i)) >= 0)
      return { problem: `event ${i} does not come after event ${i - 1} (by start, end, then id)` };
  }
  if (
    !allBelow(v.countryRefs, head.countryCodes.length) ||
    !allBelow(v.personRefs, head.personIds.length) ||
    !allBelow(v.relations, n)
  )
    return { problem: 'a reference is out of range' };
  if (!ids.areValid()) return { problem: 'an id is not a slug, or two events share one' };

  return {
    index: columnIndex({
      start: v.start,
      end: v.end,
      type: v.type,
      precision: v.precision,
      countryCodes: head.countryCodes,
      personIds: head.personIds,
      countryStart,
      countryRefs: v.countryRefs instanceof Uint32Array ? v.countryRefs : new Uint32Array(v.countryRefs),
      personStart,
      personRefs: v.personRefs instanceof Uint32Array ? v.personRefs : new Uint32Array(v.personRefs),
      ids,
      relations: v.relations,
    }),
  };
}

interface Layout {
  n: number;
  countryRefs: number;
  personRefs: number;
  idBytes: number;
  pairs: number;
  refBytes: 2 | 4;
  offsets: Record<'start' | 'end' | 'relations' | 'countryRefs' | 'personRefs' | 'counts' | 'bytes', number>;
  size: number;
}

export function layoutOf(
  n: number,
  countryRefs: number,
  personRefs: number,
  idBytes: number,
  pairs: number,
  refBytes: 2 | 4,
): Layout {
  let at = HEADER_WORDS * 4;
  const take = (bytes: number, align: number) => {
    at = Math.ceil(at / align) * align;
    const offset = at;
    at += bytes;
    return offset;
  };
  const offsets = {
    start: take(4 * n, 4),
    end: take(4 * n, 4),
    relations: take(8 * pairs, 4),
    countryRefs: take(refBytes * countryRefs, refBytes),
    personRefs: take(refBytes * personRefs, refBytes),
    counts: take(6 * n, 2),
    bytes: take(2 * n + idBytes, 1),
  };
  return { n, countryRefs, personRefs, idBytes, pairs, refBytes, offsets, size: at };
}

export function viewsOf(
  buffer: ArrayBuffer,
  { n, countryRefs, personRefs, idBytes, pairs, refBytes, offsets }: Layout,
) {
  const Refs = refBytes === 4 ? Uint32Array : Uint16Array;
  return {
    start: new Int32Array(buffer, offsets.start, n),
    end: new Int32Array(buffer, offsets.end, n),
    relations: new Uint32Array(buffer, offsets.relations, 2 * pairs),
    countryRefs: new Refs(buffer, offsets.countryRefs, countryRefs),
    personRefs: new Refs(buffer, offsets.personRefs, personRefs),
    countries: new Uint16Array(buffer, offsets.counts, n),
    people: new Uint16Array(buffer, offsets.counts + 2 * n, n),
    idLength: new Uint16Array(buffer, offsets.counts + 4 * n, n),
    type: new Uint8Array(buffer, offsets.bytes, n),
    precision: new Uint8Array(buffer, offsets.bytes + n, n),
    ids: new Uint8Array(buffer, offsets.bytes + 2 * n, idBytes),
  };
}

function prefixSums(counts: Uint16Array): Uint32Array {
  const sums = new Uint32Array(counts.length + 1);
  for (let i = 0; i < counts.length; i++) sums[i + 1] = sums[i]! + counts[i]!;
  return sums;
}

function allBelow(values: Uint16Array | Uint32Array, limit: number): boolean {
  for (let k = 0; k < values.length; k++) if (values[k]! >= limit) return false;
  return true;
}

/** Whether days start..end are exactly one day, month or year: worked out once per start day. */
class SpanCheck {
  private readonly ends = new Map<number, [month: number, year: number]>();

  isExact(start: number, end: number, precision: number): boolean {
    if (precision === 0) return start === end;
    let known = this.ends.get(start);
    if (!known) {
      const date = fromDayNumber(start);
      const month = spanOf(date, 'month');
      const year = spanOf(date, 'year');
      known = [month.start === date ? toDayNumber(month.end) : -1, year.start === date ? toDayNumber(year.end) : -1];
      this.ends.set(start, known);
    }
    return end === known[precision === 1 ? 0 : 1];
  }
}
