import type { EventIndex } from './event-index.ts';
import type { DayDomain, Viewport } from './time-scale.ts';

/**
 * The slice of `extent` each event's period centres on, of `binCount` equal slices (events
 * outside it in the end slices): made once for a corpus and a width, so that a filter only counts
 * (countBins).
 */
export function eventBins(index: EventIndex, extent: DayDomain, binCount: number): Uint16Array {
  const bins = new Uint16Array(index.count);
  const span = extent.end - extent.start;
  const last = Math.min(binCount, 0x10000) - 1;
  if (last < 0 || !(span > 0)) return bins;
  for (let i = 0; i < index.count; i++) {
    const centre = (index.start[i]! + index.end[i]! + 1) / 2;
    const bin = Math.floor(((centre - extent.start) / span) * binCount);
    bins[i] = bin < 0 ? 0 : bin > last ? last : bin;
  }
  return bins;
}

/** How many shown events each slice holds, from eventBins: one pass over typed arrays. */
export function countBins(binOf: Uint16Array, shown: Uint8Array, binCount: number): Uint32Array {
  const bins = new Uint32Array(Math.max(0, binCount));
  if (binCount <= 0) return bins;
  for (let i = 0; i < binOf.length; i++) if (shown[i]) bins[binOf[i]!]!++;
  return bins;
}

/**
 * The histogram as one SVG path of bars (bin 0 is the earliest, drawn at the start of time's
 * direction), so the overview costs one DOM node however many bins it has. Heights follow the
 * square root of the count, so a quiet month next to a busy one still shows.
 */
export function histogramPath(bins: Uint32Array, { width, rtl }: Viewport, height: number): string {
  let max = 0;
  for (const count of bins) max = Math.max(max, count);
  if (!max || !bins.length) return '';
  const barWidth = width / bins.length;
  const parts: string[] = [];
  bins.forEach((count, bin) => {
    if (!count) return;
    const h = Math.max(1, (Math.sqrt(count) / Math.sqrt(max)) * height);
    const x = rtl ? width - (bin + 1) * barWidth : bin * barWidth;
    parts.push(`M${round(x)},${height}V${round(height - h)}H${round(x + barWidth)}V${height}Z`);
  });
  return parts.join('');
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
