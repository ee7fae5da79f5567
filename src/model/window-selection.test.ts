import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { smallCorpus } from '../../tests/corpus-fixture.ts';
import { buildEventIndex } from './index-events.ts';
import { applyFilters, NO_FILTERS } from './filter-events.ts';
import { positionsShownInWindow, shownPositions } from './window-selection.ts';

const index = buildEventIndex(smallCorpus());
const all = applyFilters(index, NO_FILTERS, null).shown;
const ids = (positions: number[]) => positions.map((i) => index.ids.at(i));

describe('positionsShownInWindow', () => {
  test.each([
    [
      '2025-01-01',
      '2025-12-31',
      [
        'sharaa-named-transitional-president-2025-01',
        'putin-sharaa-call-2025-02-12',
        'peskov-on-syria-call-2025-02-13',
      ],
    ],
    // A month-long event that began before the window still overlaps it.
    ['2025-01-31', '2025-02-12', ['sharaa-named-transitional-president-2025-01', 'putin-sharaa-call-2025-02-12']],
    ['2025-02-13', '2025-02-13', ['peskov-on-syria-call-2025-02-13']],
    ['2025-02-14', '2025-03-01', []],
  ])('%s..%s holds %j', (from, to, expected) =>
    expect(ids(positionsShownInWindow(index, all, { from, to }))).toEqual(expected),
  );

  test('leaves out what the filters hide', () => {
    const calls = applyFilters(index, { ...NO_FILTERS, types: ['call'] }, null).shown;
    expect(ids(positionsShownInWindow(index, calls, { from: '2025-01-01', to: '2025-12-31' }))).toEqual([
      'putin-sharaa-call-2025-02-12',
    ]);
  });

  test('without a window, holds every event the filters show, in time order', () => {
    const notCalls = applyFilters(index, { ...NO_FILTERS, types: ['milestone', 'statement'] }, null).shown;
    expect(ids(positionsShownInWindow(index, notCalls, undefined))).toEqual([
      'sharaa-named-transitional-president-2025-01',
      'peskov-on-syria-call-2025-02-13',
    ]);
  });
});

describe('shownPositions', () => {
  test('lists every shown event in order, however many, across the stretches it reads them in', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 70_000 }), fc.integer({ min: 1, max: 97 }), (n, step) => {
        const shown = new Uint8Array(n).map((_, i) => +(i % step === 0 || i === n - 1));
        const expected = [...shown.keys()].filter((i) => shown[i] === 1);
        expect([...shownPositions(shown)]).toEqual(expected);
      }),
      { numRuns: 25 },
    );
  });
});
