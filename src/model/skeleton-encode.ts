import type { EventIndex } from './event-index.ts';
import { FORMAT, HEADER_WORDS, layoutOf, MAGIC, viewsOf } from './skeleton-file.ts';

/** The bytes of `index`'s skeleton file. */
export function encodeSkeleton(index: EventIndex): Uint8Array {
  const n = index.count;
  const refBytes = Math.max(index.countryCodes.length, index.personIds.length) > 0xffff ? 4 : 2;
  const layout = layoutOf(
    n,
    index.countryRefs.length,
    index.personRefs.length,
    index.ids.bytes.length,
    index.relations.length / 2,
    refBytes,
  );
  const buffer = new ArrayBuffer(layout.size);
  new Uint32Array(buffer, 0, HEADER_WORDS).set([
    MAGIC,
    FORMAT,
    n,
    index.countryRefs.length,
    index.personRefs.length,
    index.ids.bytes.length,
    index.relations.length / 2,
    refBytes,
  ]);
  const views = viewsOf(buffer, layout);
  views.start.set(index.start);
  views.end.set(index.end);
  views.relations.set(index.relations);
  views.countryRefs.set(index.countryRefs);
  views.personRefs.set(index.personRefs);
  for (let i = 0; i < n; i++) {
    views.countries[i] = index.countryStart[i + 1]! - index.countryStart[i]!;
    views.people[i] = index.personStart[i + 1]! - index.personStart[i]!;
    views.idLength[i] = index.ids.offsets[i + 1]! - index.ids.offsets[i]!;
  }
  views.type.set(index.type);
  views.precision.set(index.precision);
  views.ids.set(index.ids.bytes);
  return new Uint8Array(buffer);
}
