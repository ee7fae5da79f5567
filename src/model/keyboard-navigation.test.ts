import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { FIVE_EVENTS, skeletonEvent } from '../../tests/skeleton-events.ts';
import { toDayNumber } from './calendar-date.ts';
import { buildEventIndex } from './index-events.ts';
import {
  centreDomainOn,
  commandOfKey,
  eventBeyond,
  itemOfEvent,
  stepShown,
  walkItems,
  zoomDomainAbout,
  type WalkPart,
} from './keyboard-navigation.ts';
import { buildLanes, groupEvents } from './lane-groups.ts';
import { layoutLanes } from './lane-layout.ts';
import { MIN_SPAN_DAYS } from './time-scale.ts';

const index = FIVE_EVENTS;
const at = (id: string) => index.ids.positionOf(id)!;
const all = () => new Uint8Array(index.count).fill(1);

describe('commandOfKey', () => {
  test.each([
    ['ArrowLeft', false, 'earlier'],
    ['ArrowRight', false, 'later'],
    ['ArrowLeft', true, 'later'],
    ['ArrowRight', true, 'earlier'],
    ['ArrowUp', true, 'earlier'],
    ['ArrowDown', false, 'later'],
    ['Home', true, 'first'],
    ['End', false, 'last'],
  ] as const)('%s (right to left: %s) moves to the %s event', (key, rtl, to) => {
    expect(commandOfKey(key, rtl)).toEqual({ kind: 'move', to });
  });

  test.each([
    ['+', { kind: 'zoom', factor: 2 }],
    ['=', { kind: 'zoom', factor: 2 }],
    ['-', { kind: 'zoom', factor: 0.5 }],
    ['0', { kind: 'fit' }],
    ['a', null],
    ['Enter', null],
  ] as const)('%s gives %j', (key, command) => {
    expect(commandOfKey(key, false)).toEqual(command);
  });

  test('leaves keys held with Ctrl, Alt or Meta to the browser', () => {
    expect(commandOfKey('0', false, { ctrlKey: true })).toBeNull();
    expect(commandOfKey('ArrowLeft', false, { altKey: true })).toBeNull();
    expect(commandOfKey('+', false, { metaKey: true })).toBeNull();
  });
});

describe('stepShown', () => {
  test('stepShown visits every shown position exactly once, in order', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 40 }), (flags) => {
        const shown = Uint8Array.from(flags, Number);
        const visited: number[] = [];
        for (let i = stepShown(shown, -1, 1); i !== undefined; i = stepShown(shown, i, 1)) visited.push(i);
        expect(visited).toEqual(flags.flatMap((on, i) => (on ? [i] : [])));
        const back: number[] = [];
        for (let i = stepShown(shown, shown.length, -1); i !== undefined; i = stepShown(shown, i, -1)) back.push(i);
        expect(back).toEqual([...visited].reverse());
      }),
    );
  });
});

describe('domains for moving to an event', () => {
  test('centreDomainOn keeps the span', () => {
    expect(centreDomainOn({ start: 0, end: 10 }, 100)).toEqual({ start: 95, end: 105 });
  });

  test('zoomDomainAbout keeps the day at its place on screen', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1000, noNaN: true }),
        fc.double({ min: 3, max: 500, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom(2, 0.5),
        (start, span, share, factor) => {
          const domain = { start, end: start + span };
          const day = start + share * span;
          const next = zoomDomainAbout(domain, day, factor);
          const nextSpan = next.end - next.start;
          expect(nextSpan).toBeCloseTo(Math.max(MIN_SPAN_DAYS, span / factor), 6);
          expect((day - next.start) / nextSpan).toBeCloseTo(share, 6);
        },
      ),
    );
  });
});

describe('the walk over the drawn items', () => {
  const viewport = { width: 800, rtl: false };
  const partsAt = (domain: { start: number; end: number }, shown = all()): WalkPart[] => {
    const lanes = buildLanes(groupEvents(index, 'country'), shown, (key) => key, 'en').lanes;
    return [{ layout: layoutLanes({ index, lanes, domain, viewport }), lanes }];
  };
  const WINTER = { start: toDayNumber('2024-12-20'), end: toDayNumber('2025-03-01') };

  test('visits each drawn event once, in time order, at its topmost mark', () => {
    const items = walkItems(index, partsAt(WINTER));
    expect(items.map((item) => index.ids.at(item.position))).toEqual(['visit', 'call', 'talk', 'remark']);
    expect(items.find((item) => item.position === at('call'))!.key).toBe('RU|call');
  });

  test('visits a count where its first event falls, and finds it as the item of any of its events', () => {
    const crowded = buildEventIndex({
      events: Array.from({ length: 30 }, (_, i) => skeletonEvent(`e${i}`, 'call', '2025-02-12', '2025-02-12', ['SY'])),
    });
    const lanes = buildLanes(groupEvents(crowded, 'country'), new Uint8Array(30).fill(1), (key) => key, 'en').lanes;
    const parts = [{ layout: layoutLanes({ index: crowded, lanes, domain: WINTER, viewport }), lanes }];
    const items = walkItems(crowded, parts);
    const count = items.find((item) => item.kind === 'count')!;
    expect(count).toBeDefined();
    expect(items.at(-1)).toBe(count);
    const hidden = [...Array(30).keys()].find((p) => !items.some((item) => item.position === p))!;
    expect(itemOfEvent(crowded, parts, items, hidden, WINTER, viewport)).toBe(count);
  });

  test('finds no item for an event out of view, and the event a walk goes to past either edge', () => {
    const february = { start: toDayNumber('2025-02-10'), end: toDayNumber('2025-02-15') };
    const parts = partsAt(february);
    const items = walkItems(index, parts);
    expect(items.map((item) => index.ids.at(item.position))).toEqual(['call', 'talk']);
    expect(itemOfEvent(index, parts, items, at('remark'), february, viewport)).toBeNull();
    expect(eventBeyond(index, all(), february, 'later')).toBe(at('remark'));
    expect(eventBeyond(index, all(), february, 'earlier')).toBe(at('visit'));
    expect(
      eventBeyond(index, all(), { start: toDayNumber('2025-03-01'), end: toDayNumber('2025-04-01') }, 'later'),
    ).toBeUndefined();
  });
});
