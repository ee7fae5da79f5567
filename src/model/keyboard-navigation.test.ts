import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { toDayNumber } from './calendar-date.ts';
import type { CorpusEvent, EventType } from './corpus-schema.ts';
import { buildEventIndex } from './event-index.ts';
import {
  centreDomainOn,
  commandOfKey,
  eventInView,
  lanesOfEvent,
  positionAroundDay,
  stepShown,
  targetOfMove,
  zoomDomainAbout,
} from './keyboard-navigation.ts';
import { buildLanes } from './lane-layout.ts';
import { MIN_SPAN_DAYS } from './time-scale.ts';

/** Just what the index reads of an event. */
function event(id: string, type: EventType, start: string, end: string, countries: string[]) {
  return { id, type, date: { start, end }, countries, people: [] } as unknown as CorpusEvent;
}

const index = buildEventIndex({
  events: [
    event('call', 'call', '2025-02-12', '2025-02-12', ['RU', 'SY']),
    event('visit', 'meeting', '2025-01-01', '2025-01-31', ['RU', 'SY']),
    event('talk', 'statement', '2025-02-13', '2025-02-13', ['US']),
    event('remark', 'statement', '2025-02-20', '2025-02-20', ['RU']),
    event('fall', 'milestone', '2024-12-01', '2024-12-31', ['SY']),
  ],
});
const at = (id: string) => index.positionOf.get(id)!;
const all = () => new Uint8Array(index.events.length).fill(1);

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

describe('moving among the shown events', () => {
  test('goes to the next and previous shown event in time order, skipping hidden ones', () => {
    const shown = all();
    shown[at('call')] = 0;
    // Time order: fall (Dec), visit (Jan), call (12 Feb, hidden), talk (13 Feb), remark (20 Feb).
    expect(targetOfMove(shown, at('visit'), 'later')).toBe(at('talk'));
    expect(targetOfMove(shown, at('talk'), 'earlier')).toBe(at('visit'));
    expect(targetOfMove(shown, at('visit'), 'first')).toBe(at('fall'));
    expect(targetOfMove(shown, at('visit'), 'last')).toBe(at('remark'));
  });

  test('stops at either end', () => {
    expect(targetOfMove(all(), at('fall'), 'earlier')).toBeUndefined();
    expect(targetOfMove(all(), at('remark'), 'later')).toBeUndefined();
  });

  test('with nothing active, starts at the first event going later and the last going earlier', () => {
    expect(targetOfMove(all(), undefined, 'later')).toBe(at('fall'));
    expect(targetOfMove(all(), undefined, 'earlier')).toBe(at('remark'));
  });

  test('finds nothing when nothing is shown', () => {
    const none = new Uint8Array(index.events.length);
    for (const to of ['earlier', 'later', 'first', 'last'] as const) expect(targetOfMove(none, 2, to)).toBeUndefined();
  });

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

describe('positionAroundDay (moving out of a count)', () => {
  test('moving later enters the count at its first event; moving earlier leaves it', () => {
    const february = toDayNumber('2025-02-01');
    expect(positionAroundDay(index, all(), february, 'later')).toBe(at('call'));
    expect(positionAroundDay(index, all(), february, 'earlier')).toBe(at('visit'));
  });
});

describe('lanesOfEvent', () => {
  const lanes = buildLanes(index, all(), 'country', (key) => key, 'en');
  const keysOf = (id: string) => lanesOfEvent(lanes, at(id)).map((lane) => lanes.lanes[lane]!.key);

  test('names every lane an event is drawn in', () => {
    expect(keysOf('call').sort()).toEqual(['RU', 'SY']);
    expect(keysOf('talk')).toEqual(['US']);
  });

  test('names none for a milestone (it has a strip of its own) or a hidden event', () => {
    expect(keysOf('fall')).toEqual([]);
    const shown = all();
    shown[at('talk')] = 0;
    const filtered = buildLanes(index, shown, 'country', (key) => key, 'en');
    expect(lanesOfEvent(filtered, at('talk'))).toEqual([]);
  });
});

describe('domains for revealing an event', () => {
  test('eventInView counts a period that overlaps the domain at all', () => {
    const visit = at('visit');
    const january = { start: toDayNumber('2025-01-01'), end: toDayNumber('2025-02-01') };
    expect(eventInView(index, visit, january)).toBe(true);
    expect(eventInView(index, visit, { start: january.end, end: january.end + 10 })).toBe(false);
    expect(eventInView(index, visit, { start: january.start - 10, end: january.start + 0.5 })).toBe(true);
  });

  test('eventInView counts a single day only when its middle is in the domain', () => {
    const call = toDayNumber('2025-02-12');
    expect(eventInView(index, at('call'), { start: call - 5, end: call + 0.6 })).toBe(true);
    // The domain ends a little into the day: its mark (drawn on the middle) is off screen.
    expect(eventInView(index, at('call'), { start: call - 5, end: call + 0.2 })).toBe(false);
  });

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
