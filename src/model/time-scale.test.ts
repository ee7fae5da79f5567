import { skeletonsOf } from '../../tests/index-helpers.ts';
import { zoomIdentity } from 'd3-zoom';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { smallCorpus } from '../../tests/corpus-fixture.ts';
import { toDayNumber } from './calendar-date.ts';
import { buildEventIndex } from './index-events.ts';
import { syntheticFilesInput } from '../bench/synthetic-corpus.ts';
import {
  extentOf,
  MAX_SPAN_DAYS,
  MIN_SPAN_DAYS,
  centreWindowOn,
  chooseTickStep,
  clampDomain,
  constrainTransform,
  domainOfTransform,
  domainOfWindow,
  fitWindow,
  panBounds,
  scaleOfDomain,
  ticksOf,
  transformOfDomain,
  windowOfDomain,
  type Viewport,
} from './time-scale.ts';

const LTR: Viewport = { width: 800, rtl: false };
const RTL: Viewport = { width: 800, rtl: true };
const day = toDayNumber;

describe('windows and domains', () => {
  test.each([
    [
      { from: '2025-02-12', to: '2025-02-12' },
      { start: day('2025-02-12'), end: day('2025-02-13') },
    ],
    [
      { from: '2025-01-01', to: '2025-01-31' },
      { start: day('2025-01-01'), end: day('2025-02-01') },
    ],
    [
      { from: '2024-12-31', to: '2025-01-01' },
      { start: day('2024-12-31'), end: day('2025-01-02') },
    ],
  ])('window %j covers the domain %j and back', (window, domain) => {
    expect(domainOfWindow(window)).toEqual(domain);
    expect(windowOfDomain(domain)).toEqual(window);
  });

  test('a fractional domain reports every day it touches', () => {
    const start = day('2025-02-10');
    expect(windowOfDomain({ start: start + 0.4, end: start + 2.2 })).toEqual({ from: '2025-02-10', to: '2025-02-12' });
  });

  test('float noise from zooming does not add a day', () => {
    const start = day('2025-02-10');
    expect(windowOfDomain({ start: start - 1e-9, end: start + 3 + 1e-9 })).toEqual({
      from: '2025-02-10',
      to: '2025-02-12',
    });
  });
});

describe('transforms', () => {
  const domains = fc.record({
    start: fc.double({ min: 0, max: 30_000, noNaN: true }),
    span: fc.double({ min: MIN_SPAN_DAYS, max: MAX_SPAN_DAYS, noNaN: true }),
  });

  test.each([LTR, RTL])('transformOfDomain and domainOfTransform are inverses (%j)', (viewport) => {
    fc.assert(
      fc.property(domains, ({ start, span }) => {
        const back = domainOfTransform(transformOfDomain({ start, end: start + span }, viewport), viewport);
        expect(back.start).toBeCloseTo(start, 6);
        expect(back.end).toBeCloseTo(start + span, 6);
      }),
    );
  });

  test('in Arabic an earlier day is to the right of a later one', () => {
    const domain = domainOfWindow({ from: '2025-02-01', to: '2025-02-28' });
    const rtl = scaleOfDomain(domain, RTL);
    const ltr = scaleOfDomain(domain, LTR);
    expect(rtl(day('2025-02-03'))).toBeGreaterThan(rtl(day('2025-02-20')));
    expect(ltr(day('2025-02-03'))).toBeLessThan(ltr(day('2025-02-20')));
    expect(rtl(day('2025-02-03'))).toBeCloseTo(800 - ltr(day('2025-02-03')), 9);
  });

  test('zooming around the pointer keeps the day under the pointer (rescaleX on the base scale)', () => {
    const domain = domainOfWindow({ from: '2025-01-01', to: '2025-12-31' });
    const t = transformOfDomain(domain, RTL);
    const pointer = 200;
    const before = domainOfTransform(t, RTL);
    const dayAt = (d: typeof before) => scaleOfDomain(d, RTL).invert(pointer);
    // What d3-zoom does on a wheel event at `pointer`: scale by k, then translate the point back.
    const world = t.invertX(pointer);
    const zoomed = zoomIdentity.translate(pointer - world * t.k * 2, 0).scale(t.k * 2);
    expect(dayAt(domainOfTransform(zoomed, RTL))).toBeCloseTo(dayAt(before), 6);
  });

  test('the constraint keeps panning inside the bounds and y at 0', () => {
    const t = zoomIdentity.translate(5_000, 40).scale(2);
    const out = constrainTransform(
      t,
      [
        [0, 0],
        [800, 300],
      ],
      [
        [0, -Infinity],
        [10_000, Infinity],
      ],
    );
    expect(out.y).toBe(0);
    expect(out.invertX(0)).toBeCloseTo(0, 9);
  });
});

describe('clampDomain', () => {
  test.each([
    ['a day widens to the narrowest zoom about its centre', { start: 100, end: 101 }, { start: 99.5, end: 101.5 }],
    ['a century narrows to the widest zoom', { start: 0, end: 36_525 }, { start: 18_262.5 - MAX_SPAN_DAYS / 2 }],
    ['a window within the limits stays as it is', { start: 10, end: 40 }, { start: 10, end: 40 }],
  ])('%s', (_, domain, expected) => {
    expect(clampDomain(domain)).toMatchObject(expected);
  });

  test('never goes before year 1000, which calendar dates cannot name', () => {
    const out = clampDomain({ start: day('1000-01-01') - 400, end: day('1000-01-01') + 10 });
    expect(windowOfDomain(out).from).toBe('1000-01-01');
  });
});

describe('fitWindow', () => {
  const index = buildEventIndex(smallCorpus());
  const all = new Uint8Array(index.count).fill(1);

  test('shows every shown event with a few days of margin on each side', () => {
    // The fixture runs from January 2025 (a month-precision milestone) to 13 February 2025.
    expect(fitWindow(index, all)).toEqual({ from: '2024-12-29', to: '2025-02-16' });
  });

  test('fits only the shown events', () => {
    const shown = Uint8Array.from(skeletonsOf(index), (e) => (e.type === 'call' ? 1 : 0));
    expect(fitWindow(index, shown)).toEqual({ from: '2025-02-09', to: '2025-02-15' });
  });

  test('falls back to all events when nothing is shown', () => {
    expect(fitWindow(index, new Uint8Array(index.count))).toEqual(fitWindow(index, all));
  });

  test('takes 5% of a long span as margin', () => {
    const long = smallCorpus();
    long.events[0]!.date = { start: '2015-01-01', end: '2015-12-31', precision: 'year', rule: 'explicit' };
    const fitted = domainOfWindow(fitWindow(buildEventIndex(long), all));
    const span = day('2025-02-14') - day('2015-01-01');
    expect(day('2015-01-01') - fitted.start).toBe(Math.ceil(span * 0.05));
  });
});

describe('centreWindowOn', () => {
  const index = buildEventIndex(smallCorpus());

  test('centres a span on a day event', () => {
    const call = index.ids.positionOf('putin-sharaa-call-2025-02-12')!;
    const window = centreWindowOn(index, call, 31);
    const domain = domainOfWindow(window);
    expect((domain.start + domain.end) / 2).toBeCloseTo(day('2025-02-12') + 0.5, 0);
    expect(domain.end - domain.start).toBeGreaterThanOrEqual(31);
  });

  test('widens the span to show the whole of a month-precision event', () => {
    const milestone = index.ids.positionOf('sharaa-named-transitional-president-2025-01')!;
    const domain = domainOfWindow(centreWindowOn(index, milestone, 7));
    expect(domain.start).toBeLessThanOrEqual(day('2025-01-01'));
    expect(domain.end).toBeGreaterThanOrEqual(day('2025-02-01'));
  });
});

describe('ticks', () => {
  test.each([
    { what: 'two days', from: '2025-02-12', to: '2025-02-13', unit: 'day', step: 1 },
    { what: 'a month', from: '2025-02-01', to: '2025-02-28', unit: 'day', step: 7 },
    { what: 'half a year', from: '2025-01-01', to: '2025-06-30', unit: 'month', step: 1 },
    { what: 'a year', from: '2025-01-01', to: '2025-12-31', unit: 'month', step: 3 },
    { what: 'thirty years', from: '1996-01-01', to: '2025-12-31', unit: 'year', step: 5 },
  ])('at 800 px, $what get a tick every $step $unit', ({ from, to, unit, step }) => {
    expect(chooseTickStep(domainOfWindow({ from, to }), 800, 64)).toMatchObject({ unit, step });
  });

  test.each([
    ['2024-11-01', '2025-03-31'],
    ['2025-02-01', '2025-02-28'],
    ['1996-01-01', '2025-12-31'],
  ])('ticks from %s to %s stay at least the minimum spacing apart, in both directions', (from, to) => {
    const domain = domainOfWindow({ from, to });
    const ltr = ticksOf(domain, LTR, 64);
    const rtl = ticksOf(domain, RTL, 64);
    expect(ltr.length).toBeGreaterThan(1);
    for (let i = 1; i < ltr.length; i++) expect(ltr[i]!.x - ltr[i - 1]!.x).toBeGreaterThanOrEqual(64 - 1e-9);
    expect(rtl.map((t) => t.day)).toEqual(ltr.map((t) => t.day));
    rtl.forEach((t, i) => expect(t.x).toBeCloseTo(800 - ltr[i]!.x, 9));
  });

  test('a tick says the coarsest boundary it falls on: year, month or day', () => {
    const ticks = ticksOf(domainOfWindow({ from: '2024-12-25', to: '2025-01-10' }), LTR, 40);
    const levels = Object.fromEntries(ticks.map((t) => [t.day, t.level]));
    expect(levels[day('2025-01-01')]).toBe('year');
    expect(levels[day('2024-12-29')]).toBe('day');
    const months = ticksOf(domainOfWindow({ from: '2025-01-01', to: '2025-06-30' }), LTR, 64);
    expect(months.map((t) => t.level)).toEqual(['year', 'month', 'month', 'month', 'month', 'month']);
  });

  test('ticks fall on UTC day starts whatever the time zone', () => {
    const ticks = ticksOf(domainOfWindow({ from: '2025-03-01', to: '2025-03-03' }), LTR, 64);
    expect(ticks.map((t) => t.day)).toEqual([day('2025-03-01'), day('2025-03-02'), day('2025-03-03')]);
  });
});

describe('panBounds', () => {
  test('lets the widest zoom put the corpus anywhere in view', () => {
    const extent = domainOfWindow({ from: '2025-01-01', to: '2025-02-28' });
    const bounds = panBounds(extent);
    expect(extent.start - bounds.start).toBe(MAX_SPAN_DAYS / 2);
    expect(bounds.end - extent.end).toBe(MAX_SPAN_DAYS / 2);
  });

  test('stops at year 1000', () => {
    expect(windowOfDomain(panBounds(domainOfWindow({ from: '1001-01-01', to: '1001-12-31' }))).from).toBe('1000-01-01');
  });
});

describe('extentOf on thousands of events', () => {
  test('finds the first start and the last end of the shown events, however they are spread', () => {
    const { index } = syntheticFilesInput(3000);
    for (const keep of [1, 2, 7, 500, 2999]) {
      const shown = Uint8Array.from({ length: index.count }, (_, i) => (i % keep === keep - 1 ? 1 : 0));
      let start = Infinity;
      let end = -Infinity;
      for (let i = 0; i < index.count; i++) {
        if (!shown[i]) continue;
        start = Math.min(start, index.start[i]!);
        end = Math.max(end, index.end[i]! + 1);
      }
      expect(extentOf(index, shown)).toEqual({ start, end });
    }
    expect(extentOf(index, new Uint8Array(index.count))).toBeNull();
  });
});
