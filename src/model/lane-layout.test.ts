import { skeletonsOf } from '../../tests/index-helpers.ts';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { FIVE_EVENTS, skeletonEvent } from '../../tests/skeleton-events.ts';
import { fromDayNumber, toDayNumber } from './calendar-date.ts';
import { denseLayout } from './crowded-lane.ts';
import type { EventIndex } from './event-index.ts';
import { buildEventIndex } from './index-events.ts';
import { buildLanes, groupEvents, type Lane, type LaneMode, type LaneSet } from './lane-groups.ts';
import {
  DEFAULT_LAYOUT,
  eventsOfCount,
  laneHeight,
  layoutLanes,
  type LaneLayout,
  type LayoutInput,
} from './lane-layout.ts';
import { domainOfWindow, fitWindow, type DayDomain, type Viewport } from './time-scale.ts';

const nameOf = (key: string) => key;
const all = (index: EventIndex) => new Uint8Array(index.count).fill(1);
const LTR: Viewport = { width: 600, rtl: false };
const RTL: Viewport = { width: 600, rtl: true };
const FEBRUARY = domainOfWindow({ from: '2025-02-01', to: '2025-02-28' });

const corpus = FIVE_EVENTS;

function lanes(index: EventIndex, mode: LaneMode, shown = all(index)): LaneSet {
  return buildLanes(groupEvents(index, mode), shown, nameOf, 'en');
}

function lay(index: EventIndex, domain: DayDomain, viewport = LTR, extra: Partial<LayoutInput> = {}): LaneLayout {
  return layoutLanes({ index, lanes: lanes(index, 'country').lanes, domain, viewport, ...extra });
}

const idOf = (index: EventIndex, position: number) => index.ids.at(position);
function idsIn(layout: LaneLayout, index: EventIndex, lane: number): string[] {
  return layout.marks.filter((m) => m.lane === lane).map((m) => idOf(index, m.position));
}

describe('layoutLanes', () => {
  test('an event between two countries has a mark in each of their lanes, tied by a link', () => {
    const set = lanes(corpus, 'country');
    const layout = layoutLanes({ index: corpus, lanes: set.lanes, domain: FEBRUARY, viewport: LTR });
    const lane = (code: string) => set.lanes.findIndex((l) => l.key === code);
    expect(idsIn(layout, corpus, lane('RU'))).toContain('call');
    expect(idsIn(layout, corpus, lane('SY'))).toContain('call');
    const call = corpus.ids.positionOf('call');
    const links = layout.links.filter((l) => l.position === call);
    expect(links).toHaveLength(1);
    expect([links[0]!.from.lane, links[0]!.to.lane]).toEqual([lane('RU'), lane('SY')]);
    // A three-country event links its topmost and bottommost marks.
    const talk = layout.links.find((l) => l.position === corpus.ids.positionOf('talk'))!;
    expect([talk.from.lane, talk.to.lane]).toEqual([lane('SY'), lane('US')]);
    const xs = layout.marks.filter((m) => idOf(corpus, m.position) === 'call').map((m) => m.x);
    expect(new Set(xs).size).toBe(1);
  });

  test('a hidden event has no mark', () => {
    const shown = Uint8Array.from(skeletonsOf(corpus), (e) => (e.id === 'call' ? 0 : 1));
    const layout = layoutLanes({
      index: corpus,
      lanes: lanes(corpus, 'country', shown).lanes,
      domain: FEBRUARY,
      viewport: LTR,
    });
    expect(layout.marks.some((m) => idOf(corpus, m.position) === 'call')).toBe(false);
  });

  test('a month known only to the month is a bar across its days with no point on it, its label inside', () => {
    const january = domainOfWindow({ from: '2025-01-01', to: '2025-01-31' });
    const layout = lay(corpus, january, LTR, { labelWidth: () => 80 });
    const visit = layout.marks.find((m) => idOf(corpus, m.position) === 'visit')!;
    expect(visit.bar).toEqual({ x0: 0, x1: 600 });
    expect(visit.label).toMatchObject({ x0: DEFAULT_LAYOUT.labelPad, align: 'start' });
    // A day is a shape, and so is a month narrower than one: at that zoom it is no wider than a day's mark.
    expect(lay(corpus, FEBRUARY).marks.find((m) => idOf(corpus, m.position) === 'call')!.bar).toBeNull();
    const decade = { start: toDayNumber('2020-01-01'), end: toDayNumber('2030-01-01') };
    expect(lay(corpus, decade).marks.find((m) => idOf(corpus, m.position) === 'visit')!.bar).toBeNull();
  });

  test('in right-to-left time every mark is mirrored, so earlier events sit to the right', () => {
    const ltr = lay(corpus, FEBRUARY, LTR);
    const rtl = lay(corpus, FEBRUARY, RTL);
    expect(rtl.marks.map((m) => m.key)).toEqual(ltr.marks.map((m) => m.key));
    rtl.marks.forEach((m, i) => {
      expect(m.x).toBeCloseTo(600 - ltr.marks[i]!.x, 9);
      expect(m.row).toBe(ltr.marks[i]!.row);
    });
    const x = (id: string) => rtl.marks.find((m) => idOf(corpus, m.position) === id)!.x;
    expect(x('call')).toBeGreaterThan(x('remark'));
  });

  test('milestones are not in the lanes; laid out as a lane of their own, they are', () => {
    const december = domainOfWindow({ from: '2024-12-01', to: '2025-01-31' });
    const set = lanes(corpus, 'country');
    expect(lay(corpus, december).marks.some((m) => skeletonsOf(corpus)[m.position]!.type === 'milestone')).toBe(false);
    const strip: Lane = { key: 'milestones', count: 1, positions: set.milestones };
    const layout = layoutLanes({ index: corpus, lanes: [strip], domain: december, viewport: LTR });
    expect(layout.marks.map((m) => idOf(corpus, m.position))).toEqual(['fall']);
  });

  test('each lane is as tall as the rows it uses, one under the other', () => {
    const crowded = buildEventIndex({
      events: [
        ...['a', 'b', 'c', 'd'].map((id) => skeletonEvent(id, 'call', '2025-02-12', '2025-02-12', ['SY'])),
        skeletonEvent('e', 'call', '2025-02-12', '2025-02-12', ['RU']),
      ],
    });
    const layout = lay(crowded, FEBRUARY);
    expect(layout.lanes.map((l) => [l.key, l.rows])).toEqual([
      ['SY', 4],
      ['RU', 1],
    ]);
    expect(layout.lanes.map((l) => [l.top, l.height])).toEqual([
      [0, laneHeight(4)],
      [laneHeight(4), laneHeight(1)],
    ]);
    expect(layout.height).toBe(laneHeight(4) + laneHeight(1));
  });

  test('keeps the rows it is told to while the view moves', () => {
    const layout = lay(corpus, FEBRUARY, LTR, { frozenRows: new Map([['SY', 5]]) });
    expect(layout.lanes.find((l) => l.key === 'SY')!.rows).toBe(5);
  });
});

/** Events on the given days, in the given countries by turns. */
function crowd(days: number[], countries: string[][]): EventIndex {
  return buildEventIndex({
    events: days.map((d, i) =>
      skeletonEvent(
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
  labels: fc.boolean(),
});

function build({ offsets, months, countries }: { offsets: number[]; months: number[]; countries: string[][] }) {
  const index = crowd(
    offsets.map((o) => BASE + o),
    countries,
  );
  // Add month-precision events, which are bars and take room across a whole month.
  const events = [
    ...skeletonsOf(index),
    ...months.map((m, i) => {
      const start = `2025-0${m + 1}-01`;
      const end = fromDayNumber(toDayNumber(`2025-0${m + 2}-01`) - 1);
      return skeletonEvent(`m${i}`, 'meeting', start, end, countries[i % countries.length]!);
    }),
  ];
  return buildEventIndex({ events });
}

type Params = Parameters<typeof build>[0] & { span: number; from: number; rtl: boolean; labels: boolean };

function inputOf(input: Params): LayoutInput {
  const index = build(input);
  return {
    index,
    lanes: lanes(index, 'country').lanes,
    domain: { start: BASE + input.from, end: BASE + input.from + input.span },
    viewport: { width: 500, rtl: input.rtl },
    ...(input.labels ? { labelWidth: (position: number) => 40 + (position % 7) * 20 } : {}),
  };
}

/** Far more events than rows could hold (laid out bin by bin, crowded-lane.ts), a narrow view. */
const dense = fc.record({
  offsets: fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 1500, maxLength: 2500 }),
  months: fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 40 }),
  countries: fc.array(fc.subarray(['RU', 'SY'], { minLength: 1 }), { minLength: 1, maxLength: 3 }),
  span: fc.integer({ min: 20, max: 200 }),
  from: fc.integer({ min: -30, max: 30 }),
  rtl: fc.boolean(),
  labels: fc.constant(false),
  forced: fc.nat(),
});

/** The lane's events whose shape shows in a view `width` pixels wide. */
function shownIn(input: LayoutInput, positions: Iterable<number>, width: number): number[] {
  const { start, end } = input.domain;
  const perDay = width / (end - start);
  const half = DEFAULT_LAYOUT.markSize / 2;
  return [...positions].filter((i) => {
    const u0 = (input.index.start[i]! - start) * perDay;
    const u1 = (input.index.end[i]! + 1 - start) * perDay;
    const days = input.index.end[i]! + 1 - input.index.start[i]!;
    const bar = days > 1 && u1 - u0 >= DEFAULT_LAYOUT.markSize;
    const [a, b] = bar ? [u0, u1] : [(u0 + u1) / 2 - half, (u0 + u1) / 2 + half];
    return b >= 0 && a <= width;
  });
}

describe('layoutLanes in lanes far too dense for rows, laid out bin by bin', () => {
  test('draws no two marks or counts over each other, adds up to the events in view, and lists each count’s own in time order', () => {
    fc.assert(
      fc.property(dense, ({ forced, ...params }) => {
        const base = inputOf(params);
        const input: LayoutInput = {
          ...base,
          viewport: { width: 200, rtl: params.rtl },
          forced: [forced % base.index.count],
          dense: denseLayout,
        };
        const layout = layoutLanes(input);
        const half = DEFAULT_LAYOUT.markSize / 2;
        input.lanes.forEach((lane, l) => {
          const rows = new Map<number, [number, number][]>();
          for (const m of layout.marks.filter((mark) => mark.lane === l)) {
            const box: [number, number] = m.bar ? [m.bar.x0, m.bar.x1] : [m.x - half, m.x + half];
            rows.set(m.row, [...(rows.get(m.row) ?? []), box]);
          }
          for (const row of rows.values()) {
            row.sort((p, q) => p[0] - q[0]);
            for (let i = 1; i < row.length; i++) expect(row[i]![0]).toBeGreaterThanOrEqual(row[i - 1]![1] - 1e-9);
          }
          const drawn = layout.marks.filter((m) => m.lane === l).map((m) => m.position);
          const counts = layout.counts.filter((c) => c.lane === l);
          const lists = counts.map((c) => eventsOfCount(input, c));
          // Each count lists its events in time order.
          for (const list of lists) expect(list).toEqual([...list].sort((a, b) => a - b));
          const listed = lists.flat();
          expect(listed.length).toBe(counts.reduce((sum, c) => sum + c.count, 0));
          expect([...drawn, ...listed].sort((a, b) => a - b)).toEqual(
            shownIn(input, lane.positions, 200).sort((a, b) => a - b),
          );
        });
        // The selected event is drawn, if it shows at all.
        const selected = input.forced![0]!;
        if (shownIn(input, [selected], 200).length > 0)
          expect(layout.marks.some((m) => m.position === selected)).toBe(true);
      }),
      { numRuns: 30 },
    );
  });
  test('zoomed in past a day a pixel, still draws or counts a period that begins in view and is centred past it', () => {
    // Thousands of events on one day make the lane crowded; the two-day event begins 800 pixels
    // into a 1,000-pixel view of a day, and its middle lies past the view's end.
    const pile = Array.from({ length: 4000 }, (_, i) =>
      skeletonEvent(`d${i}`, 'call', fromDayNumber(BASE), fromDayNumber(BASE), ['SY']),
    );
    const wide = skeletonEvent('wide', 'meeting', fromDayNumber(BASE + 1), fromDayNumber(BASE + 2), ['SY']);
    const index = buildEventIndex({ events: [...pile, wide] });
    const input: LayoutInput = {
      index,
      lanes: lanes(index, 'country').lanes,
      domain: { start: BASE + 0.2, end: BASE + 1.2 },
      viewport: { width: 1000, rtl: false },
      dense: denseLayout,
    };
    const layout = layoutLanes(input);
    expect(layout.lanes[0]).toMatchObject({ crowded: true });
    const position = index.ids.positionOf('wide')!;
    const drawn = layout.marks.some((mark) => mark.position === position);
    const counted = layout.counts.some((count) => eventsOfCount(input, count).includes(position));
    expect(drawn || counted).toBe(true);
  });
});

describe('layoutLanes in crowded periods', () => {
  test('never puts two marks, labels or counts on top of each other', () => {
    fc.assert(
      fc.property(crowds, (params) => {
        const input = inputOf(params);
        const layout = layoutLanes(input);
        const half = DEFAULT_LAYOUT.markSize / 2;
        const boxes = new Map<string, [number, number][]>();
        const add = (key: string, box: [number, number]) => boxes.set(key, [...(boxes.get(key) ?? []), box]);
        for (const m of layout.marks) {
          add(`${m.lane}:${m.row}`, m.bar ? [m.bar.x0, m.bar.x1] : [m.x - half, m.x + half]);
          // A label lies inside its bar, or beside its mark (or a bar too narrow to hold it).
          const inside = m.label && m.bar && m.label.x0 >= m.bar.x0 && m.label.x1 <= m.bar.x1;
          if (m.label && !inside) add(`${m.lane}:${m.row}`, [m.label.x0, m.label.x1]);
        }
        for (const c of layout.counts) add(`${c.lane}:counts`, [c.x - c.width / 2, c.x + c.width / 2]);
        for (const row of boxes.values()) {
          row.sort((p, q) => p[0] - q[0]);
          for (let i = 1; i < row.length; i++) expect(row[i]![0]).toBeGreaterThanOrEqual(row[i - 1]![1] - 1e-9);
        }
      }),
    );
  });

  test('marks and counts in a lane add up to the lane’s events in view, and a count lists exactly its events', () => {
    fc.assert(
      fc.property(crowds, (params) => {
        const input = inputOf(params);
        const layout = layoutLanes(input);
        const { start, end } = input.domain;
        const perDay = 500 / (end - start);
        input.lanes.forEach((lane, l) => {
          const inView = [...lane.positions].filter((i) => {
            const u0 = (input.index.start[i]! - start) * perDay;
            const u1 = (input.index.end[i]! + 1 - start) * perDay;
            const half = DEFAULT_LAYOUT.markSize / 2;
            const days = input.index.end[i]! + 1 - input.index.start[i]!;
            const bar = days > 1 && u1 - u0 >= DEFAULT_LAYOUT.markSize;
            const [a, b] = bar ? [u0, u1] : [(u0 + u1) / 2 - half, (u0 + u1) / 2 + half];
            return b >= 0 && a <= 500;
          });
          const drawn = layout.marks.filter((m) => m.lane === l).map((m) => m.position);
          const counts = layout.counts.filter((c) => c.lane === l);
          const listed = counts.flatMap((c) => eventsOfCount(input, c));
          expect(listed.length).toBe(counts.reduce((sum, c) => sum + c.count, 0));
          expect([...drawn, ...listed].sort((a, b) => a - b)).toEqual(inView.sort((a, b) => a - b));
        });
      }),
    );
  });

  test('counts only where the lane has no row left: a lane with a count uses all the rows it may', () => {
    fc.assert(
      fc.property(crowds, (params) => {
        const layout = layoutLanes(inputOf(params));
        for (const c of layout.counts) {
          const lane = layout.lanes[c.lane]!;
          expect(lane.rows).toBe(lane.crowded ? DEFAULT_LAYOUT.crowdedRows : DEFAULT_LAYOUT.maxRows);
        }
      }),
    );
  });

  test('a crowded lane keeps a few rows, a few marks a bin, and no labels', () => {
    const index = crowd(
      Array.from({ length: 3000 }, (_, i) => BASE + (i % 60)),
      [['SY']],
    );
    const domain = { start: BASE, end: BASE + 60 };
    const layout = layoutLanes({
      index,
      lanes: lanes(index, 'country').lanes,
      domain,
      viewport: LTR,
      labelWidth: () => 50,
    });
    expect(layout.lanes[0]).toMatchObject({ crowded: true, rows: DEFAULT_LAYOUT.crowdedRows });
    const bins = Math.ceil(600 / DEFAULT_LAYOUT.binSize) + 2;
    expect(layout.marks.length).toBeLessThanOrEqual(bins * DEFAULT_LAYOUT.crowdedPerBin);
    expect(layout.marks.some((m) => m.label)).toBe(false);
    expect(layout.marks.length + layout.counts.reduce((sum, c) => sum + c.count, 0)).toBe(3000);
  });

  test('past the budget of marks, crowds every lane above its share, and none below the budget', () => {
    // Ten lanes of 150 events spread over two months: 1,500 in view, past the budget of 1,000.
    const codes = ['AA', 'BB', 'CC', 'DD', 'EE', 'FF', 'GG', 'HH', 'II', 'JJ'];
    const many = crowd(
      Array.from({ length: 1500 }, (_, i) => BASE + (Math.floor(i / 10) % 60)),
      codes.map((code) => [code]),
    );
    const domain = { start: BASE, end: BASE + 60 };
    const wide = { width: 1200, rtl: false };
    const all10 = layoutLanes({ index: many, lanes: lanes(many, 'country').lanes, domain, viewport: wide });
    expect(all10.lanes.every((lane) => lane.crowded)).toBe(true);
    // Five of them, 750 events: each is drawn one by one.
    const five = lanes(many, 'country').lanes.slice(0, 5);
    const layout = layoutLanes({ index: many, lanes: five, domain, viewport: wide });
    expect(layout.lanes.some((lane) => lane.crowded)).toBe(false);
    expect(layout.marks).toHaveLength(750);
  });

  test('always draws the selected event as its own mark, however crowded its day', () => {
    const index = crowd(Array<number>(40).fill(BASE + 40), [['SY']]);
    const selected = index.ids.positionOf('e17')!;
    const layout = lay(index, FEBRUARY, LTR, { forced: [selected] });
    expect(layout.marks.filter((m) => m.position === selected)).toHaveLength(1);
    expect(layout.counts.length).toBeGreaterThan(0);
  });

  test('panning does not regroup counts: bins are fixed in time', () => {
    const index = crowd(Array<number>(40).fill(BASE + 40), [['SY']]);
    const a = lay(index, FEBRUARY);
    const b = lay(index, { start: FEBRUARY.start + 3, end: FEBRUARY.end + 3 });
    expect(b.counts.map((c) => [c.key, c.count])).toEqual(a.counts.map((c) => [c.key, c.count]));
  });

  test('is deterministic: the same input gives the same marks', () => {
    fc.assert(
      fc.property(crowds, (params) => {
        const input = inputOf(params);
        expect(layoutLanes(input)).toEqual(layoutLanes(input));
      }),
      { numRuns: 30 },
    );
  });
});

describe('a corpus of a few dozen events is drawn whole at the fitted view', () => {
  // Written for these tests: events spread as news of one busy week, or of one month, spread.
  const week = buildEventIndex({
    events: Array.from({ length: 50 }, (_, i) =>
      skeletonEvent(
        `w${i}`,
        (['call', 'meeting', 'statement'] as const)[i % 3]!,
        fromDayNumber(BASE + (i % 7)),
        fromDayNumber(BASE + (i % 7)),
        [['RU', 'SY'], ['SY'], ['TR', 'SY'], ['US']][i % 4]!,
      ),
    ),
  });
  const month = buildEventIndex({
    events: Array.from({ length: 200 }, (_, i) =>
      skeletonEvent(
        `m${i}`,
        (['call', 'meeting', 'statement'] as const)[i % 3]!,
        fromDayNumber(BASE + ((i * 7) % 30)),
        fromDayNumber(BASE + ((i * 7) % 30)),
        [['RU', 'SY'], ['SY'], ['TR', 'SY'], ['US'], ['IR'], ['AE', 'SY']][i % 6]!,
      ),
    ),
  });

  test.each([
    ['fifty events in a week, on a laptop', week, 1000],
    ['fifty events in a week, on a phone', week, 330],
    ['two hundred events in a month, on a laptop', month, 1000],
  ] as const)('%s: every event has a mark of its own, and there is no count', (_, index, width) => {
    for (const mode of ['country', 'person', 'none'] as const) {
      const domain = domainOfWindow(fitWindow(index, all(index)));
      const layout = layoutLanes({ index, lanes: lanes(index, mode).lanes, domain, viewport: { width, rtl: false } });
      expect(new Set(layout.marks.map((m) => m.position)).size).toBe(index.count);
      expect(layout.counts).toEqual([]);
    }
  });

  test('two hundred events in a month, on a phone: counts only beside the marks that fill every row', () => {
    const domain = domainOfWindow(fitWindow(month, all(month)));
    const layout = layoutLanes({
      index: month,
      lanes: lanes(month, 'country').lanes,
      domain,
      viewport: { width: 330, rtl: false },
    });
    const drawn = new Set(layout.marks.map((m) => m.position)).size;
    expect(drawn).toBeGreaterThan(150);
    for (const count of layout.counts) {
      expect(layout.marks.some((m) => m.lane === count.lane)).toBe(true);
    }
  });
});
