import { skeletonsOf } from '../../tests/index-helpers.ts';
import { describe, expect, test } from 'vitest';
import { smallCorpus } from '../../tests/corpus-fixture.ts';
import { buildEventIndex } from './index-events.ts';
import { countBins, eventBins, histogramPath } from './density.ts';
import { domainOfWindow, type DayDomain } from './time-scale.ts';

const index = buildEventIndex(smallCorpus());
const all = new Uint8Array(index.count).fill(1);
const extent = domainOfWindow({ from: '2025-01-01', to: '2025-02-28' });
const densityBins = (shown: Uint8Array, within: DayDomain, binCount: number) =>
  countBins(eventBins(index, within, binCount), shown, binCount);

describe('eventBins and countBins', () => {
  test('counts every shown event once, in the bin of its centre', () => {
    const bins = densityBins(all, extent, 59);
    expect(bins.reduce((a, b) => a + b, 0)).toBe(index.count);
    // The January milestone's centre is mid-January; the call and the statement are 12 and 13 February.
    expect(bins[15]).toBe(1);
    expect(bins[42]).toBe(1);
    expect(bins[43]).toBe(1);
  });

  test('counts only the shown events', () => {
    const shown = Uint8Array.from(skeletonsOf(index), (e) => (e.type === 'call' ? 1 : 0));
    expect(densityBins(shown, extent, 10).reduce((a, b) => a + b, 0)).toBe(1);
  });

  test('keeps events outside the extent in the end bins rather than losing them', () => {
    const narrow = domainOfWindow({ from: '2025-02-12', to: '2025-02-12' });
    // January's milestone before it, the call inside it (its centre is noon), the statement after it.
    expect([...densityBins(all, narrow, 4)]).toEqual([1, 0, 1, 1]);
  });
});

describe('histogramPath', () => {
  test('draws one bar per non-empty bin, earliest at the start of time’s direction', () => {
    const bins = Uint32Array.from([4, 0, 1]);
    expect(histogramPath(bins, { width: 30, rtl: false }, 20)).toBe('M0,20V0H10V20ZM20,20V10H30V20Z');
    expect(histogramPath(bins, { width: 30, rtl: true }, 20)).toBe('M20,20V0H30V20ZM0,20V10H10V20Z');
  });

  test('is empty when nothing is counted', () => {
    expect(histogramPath(new Uint32Array(5), { width: 30, rtl: false }, 20)).toBe('');
  });
});
