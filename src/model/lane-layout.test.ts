import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fromDayNumber, toDayNumber } from './calendar-date.ts';
import type { CorpusEvent, EventType } from './corpus-schema.ts';
import { buildEventIndex, type EventIndex } from './event-index.ts';
import {
  DEFAULT_LAYOUT,
  buildLanes,
  groupEvents,
  orderLanes,
  layoutLanes,
  layoutMilestones,
  type LaneLayout,
  type LaneMode,
  type LaneSet,
} from './lane-layout.ts';
import { domainOfWindow, type DayDomain, type Viewport } from './time-scale.ts';

/** Just what the index reads of an event. */
function event(id: string, type: EventType, start: string, end: string, countries: string[], people: string[] = []) {
  return { id, type, date: { start, end }, countries, people } as unknown as CorpusEvent;
}

const NAMES: Record<string, string> = { RU: 'Russia', SY: 'Syria', US: 'United States', TR: 'Turkey', IR: 'Iran' };
const nameOf = (key: string) => NAMES[key] ?? key;
const all = (index: EventIndex) => new Uint8Array(index.events.length).fill(1);
const LTR: Viewport = { width: 600, rtl: false };
const RTL: Viewport = { width: 600, rtl: true };
const FEBRUARY = domainOfWindow({ from: '2025-02-01', to: '2025-02-28' });
const EVERYTHING = { first: 0, last: Infinity };

const corpus = buildEventIndex({
  events: [
    event('call', 'call', '2025-02-12', '2025-02-12', ['RU', 'SY'], ['putin', 'sharaa']),
    event('visit', 'meeting', '2025-01-01', '2025-01-31', ['RU', 'SY'], ['bogdanov']),
    event('talk', 'statement', '2025-02-13', '2025-02-13', ['US', 'TR', 'SY'], []),
    event('remark', 'statement', '2025-02-20', '2025-02-20', ['RU'], ['peskov']),
    event('fall', 'milestone', '2024-12-01', '2024-12-31', ['SY'], ['assad']),
  ],
});

function lanes(index: EventIndex, mode: LaneMode, shown = all(index)): LaneSet {
  return buildLanes(index, shown, mode, nameOf, 'en');
}

function idsIn(layout: LaneLayout, index: EventIndex, lane: number): string[] {
  return layout.marks.filter((m) => m.lane === lane).map((m) => index.events[m.position]!.id);
}

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
    const shown = Uint8Array.from(corpus.events, (e) => (e.id === 'remark' || e.id === 'call' ? 1 : 0));
    expect(lanes(corpus, 'country', shown).lanes).toMatchObject([
      { key: 'RU', count: 2 },
      { key: 'SY', count: 1 },
    ]);
  });

  test('re-orders for another language without regrouping the events', () => {
    const groups = groupEvents(corpus, all(corpus), 'country');
    const arabic = orderLanes(groups, (k) => ({ TR: 'تركيا', US: 'الولايات المتحدة' })[k] ?? k, 'ar');
    expect(arabic.groups).toBe(groups);
    expect(arabic.lanes.map((l) => l.key)).toEqual(['RU', 'SY', 'US', 'TR']);
  });

  test('breaks ties by the name in the UI language, not by the code', () => {
    const index = buildEventIndex({
      events: [
        event('a', 'call', '2025-02-12', '2025-02-12', ['SY']),
        event('b', 'call', '2025-02-12', '2025-02-12', ['IR']),
      ],
    });
    const arabic = { SY: 'سوريا', IR: 'إيران' } as Record<string, string>;
    expect(buildLanes(index, all(index), 'country', nameOf, 'en').lanes.map((l) => l.key)).toEqual(['IR', 'SY']);
    expect(buildLanes(index, all(index), 'country', (k) => arabic[k]!, 'ar').lanes.map((l) => l.key)).toEqual([
      'IR',
      'SY',
    ]);
  });
});

describe('layoutLanes', () => {
  test('an event between two countries has a mark in each of their lanes, tied by a link', () => {
    const set = lanes(corpus, 'country');
    const layout = layoutLanes(corpus, set, FEBRUARY, LTR, EVERYTHING);
    const lane = (code: string) => set.lanes.findIndex((l) => l.key === code);
    expect(idsIn(layout, corpus, lane('RU'))).toContain('call');
    expect(idsIn(layout, corpus, lane('SY'))).toContain('call');
    const call = corpus.positionOf.get('call');
    const links = layout.links.filter((l) => l.position === call);
    expect(links).toHaveLength(1);
    expect([links[0]!.from.lane, links[0]!.to.lane]).toEqual([lane('RU'), lane('SY')]);
    // A three-country event links its topmost and bottommost marks.
    const talk = layout.links.find((l) => l.position === corpus.positionOf.get('talk'))!;
    expect([talk.from.lane, talk.to.lane]).toEqual([lane('SY'), lane('US')]);
  });

  test('marks of one event share their x in every lane', () => {
    const layout = layoutLanes(corpus, lanes(corpus, 'country'), FEBRUARY, LTR, EVERYTHING);
    const xs = layout.marks.filter((m) => corpus.events[m.position]!.id === 'call').map((m) => m.x);
    expect(new Set(xs).size).toBe(1);
  });

  test('a hidden event has no mark', () => {
    const shown = Uint8Array.from(corpus.events, (e) => (e.id === 'call' ? 0 : 1));
    const layout = layoutLanes(corpus, lanes(corpus, 'country', shown), FEBRUARY, LTR, EVERYTHING);
    expect(layout.marks.some((m) => corpus.events[m.position]!.id === 'call')).toBe(false);
  });

  test('a month-precision event is a bar across its month, with its shape at the centre', () => {
    const january = domainOfWindow({ from: '2025-01-01', to: '2025-01-31' });
    const layout = layoutLanes(corpus, lanes(corpus, 'none'), january, LTR, EVERYTHING);
    const visit = layout.marks.find((m) => corpus.events[m.position]!.id === 'visit')!;
    expect(visit.bar).toEqual({ x0: 0, x1: 600 });
    expect(visit.x).toBe(300);
    const call = layoutLanes(corpus, lanes(corpus, 'none'), FEBRUARY, LTR, EVERYTHING).marks.find(
      (m) => corpus.events[m.position]!.id === 'call',
    )!;
    expect(call.bar).toBeNull();
  });

  test('a bar whose centre is out of view keeps its shape in view, on the bar', () => {
    const mid = domainOfWindow({ from: '2025-01-20', to: '2025-02-20' });
    const layout = layoutLanes(corpus, lanes(corpus, 'none'), mid, LTR, EVERYTHING);
    const visit = layout.marks.find((m) => corpus.events[m.position]!.id === 'visit')!;
    expect(visit.bar!.x0).toBeLessThan(0);
    expect(visit.x).toBeGreaterThan(0);
    expect(visit.x).toBeLessThanOrEqual(visit.bar!.x1);
  });

  test('in right-to-left time every mark is mirrored, so earlier events sit to the right', () => {
    const set = lanes(corpus, 'country');
    const ltr = layoutLanes(corpus, set, FEBRUARY, LTR, EVERYTHING);
    const rtl = layoutLanes(corpus, set, FEBRUARY, RTL, EVERYTHING);
    expect(rtl.marks.map((m) => m.key)).toEqual(ltr.marks.map((m) => m.key));
    rtl.marks.forEach((m, i) => {
      expect(m.x).toBeCloseTo(600 - ltr.marks[i]!.x, 9);
      expect(m.row).toBe(ltr.marks[i]!.row);
    });
    const x = (id: string) => rtl.marks.find((m) => corpus.events[m.position]!.id === id)!.x;
    expect(x('call')).toBeGreaterThan(x('remark'));
  });

  test('lays out only the lanes asked for, which is how lanes out of view cost nothing', () => {
    const set = lanes(corpus, 'country');
    const layout = layoutLanes(corpus, set, FEBRUARY, LTR, { first: 1, last: 2 });
    expect(new Set(layout.marks.map((m) => m.lane))).toEqual(new Set([1]));
  });

  test('milestones have their own strip and no lane marks', () => {
    const december = domainOfWindow({ from: '2024-12-01', to: '2025-01-31' });
    const layout = layoutLanes(corpus, lanes(corpus, 'country'), december, LTR, EVERYTHING);
    expect(layout.marks.some((m) => corpus.events[m.position]!.type === 'milestone')).toBe(false);
    const strip = layoutMilestones(corpus, lanes(corpus, 'country'), december, LTR);
    expect(strip.marks.map((m) => corpus.events[m.position]!.id)).toEqual(['fall']);
  });
});

/** The middle of a mark's period: where its bin is reckoned from. */
function centreOf(m: { x: number; bar: { x0: number; x1: number } | null }): number {
  return m.bar ? (m.bar.x0 + m.bar.x1) / 2 : m.x;
}

/** Many events on few days, so rows fill up and counts appear. */
function crowd(days: number[], countries: string[][]): EventIndex {
  return buildEventIndex({
    events: days.map((d, i) =>
      event(
        `e${i}`,
        (['call', 'meeting', 'statement'] as const)[i % 3]!,
        fromDayNumber(d),
        fromDayNumber(d),
        countries[i % countries.length]!,
      ),
    ),
  });
}

const BASE = toDayNumber('2025-01-01');
const crowds = fc.record({
  offsets: fc.array(fc.integer({ min: 0, max: 120 }), { minLength: 1, maxLength: 400 }),
  months: fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 20 }),
  countries: fc.array(fc.subarray(['RU', 'SY', 'US'], { minLength: 1 }), { minLength: 1, maxLength: 5 }),
  span: fc.integer({ min: 2, max: 400 }),
  from: fc.integer({ min: -30, max: 100 }),
  rtl: fc.boolean(),
});

function build({ offsets, months, countries }: { offsets: number[]; months: number[]; countries: string[][] }) {
  const index = crowd(
    offsets.map((o) => BASE + o),
    countries,
  );
  // Add month-precision events, which are bars and take room across a whole month.
  const events = [
    ...index.events,
    ...months.map((m, i) => {
      const start = `2025-0${m + 1}-01`;
      const end = fromDayNumber(toDayNumber(`2025-0${m + 2}-01`) - 1);
      return event(`m${i}`, 'meeting', start, end, countries[i % countries.length]!);
    }),
  ];
  return buildEventIndex({ events });
}

describe('layoutLanes in crowded periods', () => {
  test('never puts two marks, bars or counts on top of each other', () => {
    fc.assert(
      fc.property(crowds, (input) => {
        const index = build(input);
        const domain: DayDomain = { start: BASE + input.from, end: BASE + input.from + input.span };
        const viewport = { width: 500, rtl: input.rtl };
        const layout = layoutLanes(index, lanes(index, 'country'), domain, viewport, EVERYTHING);
        const half = DEFAULT_LAYOUT.markSize / 2;
        const boxes = new Map<string, [number, number][]>();
        const add = (lane: number, row: number, box: [number, number]) => {
          const key = `${lane}:${row}`;
          boxes.set(key, [...(boxes.get(key) ?? []), box]);
        };
        for (const m of layout.marks) {
          // A bar takes its period (and room for its shape at its centre); its shape lies within.
          const c = centreOf(m);
          const [a, b] = m.bar ? [Math.min(m.bar.x0, c - half), Math.max(m.bar.x1, c + half)] : [c - half, c + half];
          expect(m.x - half).toBeGreaterThanOrEqual(a - 1e-9);
          expect(m.x + half).toBeLessThanOrEqual(b + 1e-9);
          add(m.lane, m.row, [a, b]);
        }
        for (const c of layout.counts) add(c.lane, c.row, [c.x - c.width / 2, c.x + c.width / 2]);
        for (const row of boxes.values()) {
          row.sort((p, q) => p[0] - q[0]);
          for (let i = 1; i < row.length; i++) expect(row[i]![0]).toBeGreaterThanOrEqual(row[i - 1]![1] - 1e-9);
        }
        for (const c of layout.counts) expect(c.row).toBe(DEFAULT_LAYOUT.rows);
      }),
    );
  });

  test('marks and counts in a lane add up to the shown events in view in that lane', () => {
    fc.assert(
      fc.property(crowds, (input) => {
        const index = build(input);
        const domain: DayDomain = { start: BASE + input.from, end: BASE + input.from + input.span };
        const set = lanes(index, 'country');
        const layout = layoutLanes(index, set, domain, { width: 500, rtl: input.rtl }, EVERYTHING);
        set.lanes.forEach((lane, l) => {
          const expected = index.events.filter((e, i) => {
            // In view: its shape or bar reaches into the window.
            const half = DEFAULT_LAYOUT.markSize / 2 / (500 / input.span);
            const start = index.start[i]!;
            const end = index.end[i]! + 1;
            const centre = (start + end) / 2;
            const a = end - start > 1 ? Math.min(start, centre - half) : centre - half;
            const b = end - start > 1 ? Math.max(end, centre + half) : centre + half;
            return e.countries.includes(lane.key) && b >= domain.start && a <= domain.end;
          }).length;
          const drawn = layout.marks.filter((m) => m.lane === l).length;
          const counted = layout.counts.filter((c) => c.lane === l).reduce((sum, c) => sum + c.count, 0);
          expect(drawn + counted).toBe(expected);
        });
      }),
    );
  });

  test('counts a crowded bin whole, and says which days to zoom to', () => {
    const index = crowd(Array<number>(10).fill(BASE + 40), [['SY']]);
    const layout = layoutLanes(index, lanes(index, 'country'), FEBRUARY, LTR, EVERYTHING);
    expect(layout.marks).toHaveLength(0);
    expect(layout.counts).toEqual([expect.objectContaining({ count: 10, row: 3, start: BASE + 40, end: BASE + 41 })]);
  });

  test.each([
    [3, 3, 0],
    [4, 0, 4],
  ])('a bin of %i events on one day shows %i marks and a count of %i', (events, marks, counted) => {
    const index = crowd(Array<number>(events).fill(BASE + 40), [['SY']]);
    const layout = layoutLanes(index, lanes(index, 'country'), FEBRUARY, LTR, EVERYTHING);
    expect(layout.marks).toHaveLength(marks);
    expect(layout.counts.reduce((sum, c) => sum + c.count, 0)).toBe(counted);
  });

  describe('one event that finds no row', () => {
    // The article's cluster: three events on 12 February and a statement dated 12–13 February.
    const TWO_DAYS = domainOfWindow({ from: '2025-02-12', to: '2025-02-13' });
    const cluster = (extra: CorpusEvent[] = []) =>
      buildEventIndex({
        events: [
          event('call', 'call', '2025-02-12', '2025-02-12', ['SY']),
          event('presidency', 'statement', '2025-02-12', '2025-02-12', ['SY']),
          event('minister', 'statement', '2025-02-12', '2025-02-12', ['SY']),
          event('kremlin', 'statement', '2025-02-12', '2025-02-13', ['SY']),
          ...extra,
        ],
      });

    test('is drawn in the count row rather than hidden behind a "+1"', () => {
      const index = cluster();
      const layout = layoutLanes(index, lanes(index, 'country'), TWO_DAYS, LTR, EVERYTHING);
      expect(layout.counts).toEqual([]);
      expect(idsIn(layout, index, 0).sort()).toEqual(['call', 'kremlin', 'minister', 'presidency']);
      expect(new Set(layout.marks.map((m) => m.row))).toEqual(new Set([0, 1, 2, DEFAULT_LAYOUT.rows]));
    });

    test('stays counted where drawing it would cover another count', () => {
      const busy = Array.from({ length: 10 }, (_, i) => event(`busy${i}`, 'call', '2025-02-13', '2025-02-13', ['SY']));
      const index = cluster(busy);
      const layout = layoutLanes(index, lanes(index, 'country'), TWO_DAYS, LTR, EVERYTHING);
      expect(layout.counts.map((c) => c.count).sort((a, b) => a - b)).toEqual([1, 10]);
      expect(idsIn(layout, index, 0)).not.toContain('kremlin');
    });
  });

  test('no bin shows more than its share of marks, nor marks beside its count', () => {
    fc.assert(
      fc.property(crowds, (input) => {
        const index = build(input);
        const domain: DayDomain = { start: BASE + input.from, end: BASE + input.from + input.span };
        const layout = layoutLanes(index, lanes(index, 'country'), domain, { width: 500, rtl: false }, EVERYTHING);
        const { binSize, perBin } = DEFAULT_LAYOUT;
        const perDay = 500 / input.span;
        const origin = domain.start * perDay;
        const firstBin = Math.floor(origin / binSize);
        const last = Math.ceil(500 / binSize) + 1;
        const binOf = (x: number) => Math.min(Math.max(Math.floor((x + origin) / binSize) - firstBin, 0), last);
        const shown = new Map<string, number>();
        for (const m of layout.marks) {
          const key = `${m.lane}:${binOf(centreOf(m))}`;
          shown.set(key, (shown.get(key) ?? 0) + 1);
        }
        for (const n of shown.values()) expect(n).toBeLessThanOrEqual(perBin);
        for (const c of layout.counts) expect(shown.has(`${c.lane}:${binOf(c.x)}`)).toBe(false);
      }),
    );
  });

  test('is deterministic: the same input gives the same marks', () => {
    fc.assert(
      fc.property(crowds, (input) => {
        const index = build(input);
        const domain: DayDomain = { start: BASE + input.from, end: BASE + input.from + input.span };
        const run = () => layoutLanes(index, lanes(index, 'country'), domain, LTR, EVERYTHING);
        expect(run()).toEqual(run());
      }),
      { numRuns: 30 },
    );
  });

  test('panning does not regroup counts: bins are fixed in time', () => {
    const index = crowd(Array<number>(12).fill(BASE + 40), [['SY']]);
    const set = lanes(index, 'country');
    const a = layoutLanes(index, set, FEBRUARY, LTR, EVERYTHING);
    const shifted = { start: FEBRUARY.start + 3, end: FEBRUARY.end + 3 };
    const b = layoutLanes(index, set, shifted, LTR, EVERYTHING);
    expect(b.counts.map((c) => [c.key, c.count])).toEqual(a.counts.map((c) => [c.key, c.count]));
  });
});

describe('buildLanes keeps each lane’s events', () => {
  test('in time order, once each, milestones apart', () => {
    const set = lanes(corpus, 'country');
    const { groupStart, positions, milestones } = set.groups;
    const ids = (g: number) =>
      [...positions.subarray(groupStart[g], groupStart[g + 1])].map((i) => corpus.events[i]!.id);
    expect(ids(set.lanes.find((l) => l.key === 'SY')!.group)).toEqual(['visit', 'call', 'talk']);
    expect([...milestones].map((i) => corpus.events[i]!.id)).toEqual(['fall']);
  });

  test('an event that names a country twice is one mark in its lane', () => {
    const index = buildEventIndex({ events: [event('twice', 'call', '2025-02-12', '2025-02-12', ['SY', 'SY'])] });
    const set = lanes(index, 'country');
    expect(set.lanes).toMatchObject([{ key: 'SY', count: 1 }]);
    expect(layoutLanes(index, set, FEBRUARY, LTR, EVERYTHING).marks).toHaveLength(1);
  });
});
