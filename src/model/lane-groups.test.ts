import { skeletonsOf } from '../../tests/index-helpers.ts';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { FIVE_EVENTS, skeletonEvent } from '../../tests/skeleton-events.ts';
import { EVENT_TYPES } from './corpus-vocabulary.ts';
import type { EventIndex } from './event-index.ts';
import { buildEventIndex } from './index-events.ts';
import { buildLanes, groupEvents, MAX_LANES, OTHER_LANE, type LaneMode } from './lane-groups.ts';

const NAMES: Record<string, string> = { RU: 'Russia', SY: 'Syria', US: 'United States', TR: 'Turkey', IR: 'Iran' };
const nameOf = (key: string) => NAMES[key] ?? key;
const all = (index: EventIndex) => new Uint8Array(index.count).fill(1);
const ids = (index: EventIndex, positions: Uint32Array) => [...positions].map((i) => index.ids.at(i));

const corpus = FIVE_EVENTS;

const lanes = (index: EventIndex, mode: LaneMode, shown = all(index)) =>
  buildLanes(groupEvents(index, mode), shown, nameOf, 'en');

describe('buildLanes', () => {
  test.each([
    ['country', ['RU', 'SY', 'TR', 'US']],
    ['person', ['bogdanov', 'peskov', 'putin', 'sharaa', '']],
    ['none', ['']],
  ] as const)(
    'by %s: lanes with shown events only, busiest first, then by name, milestones aside',
    (mode, expected) => {
      expect(lanes(corpus, mode).lanes.map((l) => l.key)).toEqual(expected);
    },
  );

  test('counts the shown events in each lane and drops lanes left empty by the filters', () => {
    const shown = Uint8Array.from(skeletonsOf(corpus), (e) => (e.id === 'remark' || e.id === 'call' ? 1 : 0));
    expect(lanes(corpus, 'country', shown).lanes).toMatchObject([
      { key: 'RU', count: 2 },
      { key: 'SY', count: 1 },
    ]);
  });

  test('orders lanes of equal count by their names in the UI language', () => {
    const arabic = buildLanes(
      groupEvents(corpus, 'country'),
      all(corpus),
      (k) => ({ TR: 'تركيا', US: 'الولايات المتحدة' })[k] ?? k,
      'ar',
    );
    expect(arabic.lanes.map((l) => l.key)).toEqual(['RU', 'SY', 'US', 'TR']);
  });

  test('keeps each lane’s events in time order, once each, milestones apart', () => {
    const set = lanes(corpus, 'country');
    expect(ids(corpus, set.lanes.find((l) => l.key === 'SY')!.positions)).toEqual(['visit', 'call', 'talk']);
    expect(ids(corpus, set.milestones)).toEqual(['fall']);
    const twice = buildEventIndex({
      events: [skeletonEvent('twice', 'call', '2025-02-12', '2025-02-12', ['SY', 'SY'])],
    });
    expect(lanes(twice, 'country').lanes).toMatchObject([{ key: 'SY', count: 1 }]);
  });
});

describe('folding the quietest lanes into "other"', () => {
  // Sixty countries: country k has 60 - k events, so the order is known.
  const codes = Array.from(
    { length: 60 },
    (_, k) => `${String.fromCharCode(65 + Math.floor(k / 26))}${String.fromCharCode(65 + (k % 26))}`,
  );
  const many = buildEventIndex({
    events: codes.flatMap((code, k) =>
      Array.from({ length: 60 - k }, (_, i) =>
        // Every tenth event of a quiet country also names the busiest one: it is in both lanes.
        skeletonEvent(
          `${code}-${i}`,
          'call',
          '2025-02-01',
          '2025-02-01',
          i % 10 === 0 && k > 0 ? [code, 'AA'] : [code],
        ),
      ),
    ),
  });

  test('shows the busiest lanes and one "other" lane for the rest, each of their events once', () => {
    const set = lanes(many, 'country');
    expect(set.lanes).toHaveLength(MAX_LANES);
    expect(set.lanes.slice(0, MAX_LANES - 1).map((l) => l.key)).toEqual(codes.slice(0, MAX_LANES - 1));
    const other = set.lanes.at(-1)!;
    expect(other).toMatchObject({ key: OTHER_LANE, folded: 60 - (MAX_LANES - 1) });
    expect(set.folded).toBe(60 - (MAX_LANES - 1));
    const expected = codes.slice(MAX_LANES - 1).reduce((sum, _, k) => sum + (60 - (MAX_LANES - 1 + k)), 0);
    expect(other.count).toBe(expected);
    expect(new Set(other.positions).size).toBe(other.positions.length);
    expect([...other.positions]).toEqual([...other.positions].sort((a, b) => a - b));
  });

  test('unfolded, shows every lane', () => {
    const set = buildLanes(groupEvents(many, 'country'), all(many), nameOf, 'en', { unfolded: true });
    expect(set.lanes.map((l) => l.key)).toEqual(codes);
    expect(set.folded).toBe(0);
  });

  test('folds the events naming nobody like any quiet lane, and lists an event of two folded lanes once', () => {
    const set = buildLanes(groupEvents(corpus, 'person'), all(corpus), nameOf, 'en', { maxLanes: 3 });
    expect(set.lanes.map((l) => l.key)).toEqual(['bogdanov', 'peskov', OTHER_LANE]);
    expect(set.lanes[2]).toMatchObject({ count: 2, folded: 3 });
    expect(ids(corpus, set.lanes[2]!.positions)).toEqual(['call', 'talk']);
  });

  test('folds nothing up to the limit', () => {
    expect(lanes(corpus, 'country').folded).toBe(0);
  });
});

describe('lanes after any filter', () => {
  // The lanes as a reader would make them by hand: each shown event, in time order, in the lane
  // of each country (or person) it names once, or in the lane of nobody; the busiest lanes kept
  // and the rest merged into "other".
  function byHand(index: EventIndex, mode: LaneMode, shown: Uint8Array, maxLanes: number) {
    const byKey = new Map<string, number[]>();
    const milestones: number[] = [];
    for (let i = 0; i < index.count; i++) {
      if (!shown[i]) continue;
      if (EVENT_TYPES[index.type[i]!] === 'milestone') {
        milestones.push(i);
        continue;
      }
      const [start, refs, keys] =
        mode === 'country'
          ? [index.countryStart, index.countryRefs, index.countryCodes]
          : [index.personStart, index.personRefs, index.personIds];
      const named = mode === 'none' ? [] : [...new Set(refs.subarray(start[i], start[i + 1]!))].map((r) => keys[r]!);
      for (const key of named.length ? named : ['']) byKey.set(key, [...(byKey.get(key) ?? []), i]);
    }
    const order = [...byKey.keys()]
      .filter((key) => key !== '')
      .sort(
        (a, b) =>
          byKey.get(b)!.length - byKey.get(a)!.length || nameOf(a).localeCompare(nameOf(b), 'en') || (a < b ? -1 : 1),
      );
    if (byKey.has('')) order.push('');
    const own = order.length > maxLanes ? order.slice(0, maxLanes - 1) : order;
    const lanes = own.map((key) => ({ key, positions: byKey.get(key)! }));
    if (own.length < order.length) {
      const other = [...new Set(order.slice(own.length).flatMap((key) => byKey.get(key)!))].sort((a, b) => a - b);
      lanes.push({ key: OTHER_LANE, positions: other });
    }
    return { lanes, milestones, folded: order.length - own.length };
  }

  const corpora = fc.record({
    events: fc.array(
      fc.record({
        day: fc.integer({ min: 0, max: 60 }),
        milestone: fc.boolean(),
        countries: fc.array(fc.constantFrom('RU', 'SY', 'US', 'TR', 'IR', 'EG'), { maxLength: 3 }),
        people: fc.array(fc.constantFrom('putin', 'sharaa', 'peskov', 'bogdanov'), { maxLength: 3 }),
        shown: fc.boolean(),
      }),
      { maxLength: 120 },
    ),
    mode: fc.constantFrom<LaneMode>('country', 'person', 'none'),
    maxLanes: fc.integer({ min: 1, max: 7 }),
  });

  test('hold each shown event once in each of its lanes, in time order, the quietest lanes merged into "other"', () => {
    fc.assert(
      fc.property(corpora, ({ events, mode, maxLanes }) => {
        const index = buildEventIndex({
          events: events.map((e, k) => {
            const day = `2025-01-${String(1 + (e.day % 28)).padStart(2, '0')}`;
            return skeletonEvent(`e${k}`, e.milestone ? 'milestone' : 'call', day, day, e.countries, e.people);
          }),
        });
        const shown = Uint8Array.from(skeletonsOf(index), (e) => (events[Number(e.id.slice(1))]!.shown ? 1 : 0));
        const set = buildLanes(groupEvents(index, mode), shown, nameOf, 'en', { maxLanes });
        const expected = byHand(index, mode, shown, maxLanes);
        expect(set.lanes.map((lane) => ({ key: lane.key, positions: [...lane.positions] }))).toEqual(expected.lanes);
        expect(set.lanes.every((lane) => lane.count === lane.positions.length)).toBe(true);
        expect([...set.milestones]).toEqual(expected.milestones);
        expect(set.folded).toBe(expected.folded);
      }),
    );
  });

  test('with every event shown, are the lanes of a filter that hides none', () => {
    fc.assert(
      fc.property(corpora, ({ events, mode, maxLanes }) => {
        const index = buildEventIndex({
          events: events.map((e, k) =>
            skeletonEvent(
              `e${k}`,
              e.milestone ? 'milestone' : 'call',
              '2025-01-01',
              '2025-01-02',
              e.countries,
              e.people,
            ),
          ),
        });
        const groups = groupEvents(index, mode);
        expect(buildLanes(groups, null, nameOf, 'en', { maxLanes })).toEqual(
          buildLanes(groups, all(index), nameOf, 'en', { maxLanes }),
        );
      }),
    );
  });
});
