import { skeletonsOf } from '../../tests/index-helpers.ts';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { skeletonEvent } from '../../tests/skeleton-events.ts';
import { buildEventIndex } from './index-events.ts';
import { buildLanes, groupEvents, type LaneMode } from './lane-groups.ts';
import { domainOfWindow, fitWindow, type TimeWindow } from './time-scale.ts';
import { TimelineController, type TimelineData } from './timeline-controller.ts';

// Shaped like the first article: a milestone in December, a meeting known to the month, and a
// cluster of a call and statements around 12 February.
const index = buildEventIndex({
  events: [
    skeletonEvent('fall', 'milestone', '2024-12-01', '2024-12-31', ['SY']),
    skeletonEvent('visit', 'meeting', '2025-01-01', '2025-01-31', ['RU', 'SY']),
    skeletonEvent('izvestia', 'statement', '2025-02-11', '2025-02-11', ['RU', 'SY']),
    skeletonEvent('summit', 'statement', '2025-02-12', '2025-02-12', ['SY', 'RU', 'IR', 'AE']),
    skeletonEvent('call', 'call', '2025-02-12', '2025-02-12', ['RU', 'SY']),
    skeletonEvent('presidency', 'statement', '2025-02-12', '2025-02-12', ['SY', 'RU']),
    skeletonEvent('kremlin', 'statement', '2025-02-12', '2025-02-13', ['RU', 'SY']),
    skeletonEvent('interview', 'statement', '2025-02-13', '2025-02-13', ['SY', 'RU', 'US', 'TR']),
  ],
});
// The lanes' grouping, watched: its real work, counted.
vi.mock('./lane-groups.ts', { spy: true });

const at = (id: string) => index.ids.positionOf(id)!;
const all = () => new Uint8Array(index.count).fill(1);

// One function, as the explorer gives one for a language: a new one would group the lanes again.
const nameOf = (key: string) => key;

function data(overrides: Partial<TimelineData> = {}): TimelineData {
  return {
    index,
    shown: all(),
    lanes: 'country' as LaneMode,
    nameOf,
    locale: 'en',
    selected: undefined,
    ...overrides,
  };
}

function make(window?: TimeWindow, width = 900) {
  const commits: TimeWindow[] = [];
  const controller = new TimelineController({ window, onCommit: (w) => commits.push(w) });
  controller.setViewport({ width, rtl: false });
  controller.setData(data());
  return { controller, commits };
}

const span = (c: TimelineController) => {
  const { domain } = c.getSnapshot();
  return domain.end - domain.start;
};
const focusedId = (c: TimelineController) => {
  const key = c.getSnapshot().focus?.key ?? '';
  return key.split('|')[1];
};

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the window', () => {
  test('without a link’s window, fits the shown events and refits when they change, writing nothing', () => {
    const { controller, commits } = make();
    expect(controller.getSnapshot().window).toEqual(fitWindow(index, all()));
    const onlyFebruary = Uint8Array.from(skeletonsOf(index), (e) => (e.date.start >= '2025-02' ? 1 : 0));
    controller.setData(data({ shown: onlyFebruary }));
    expect(controller.getSnapshot().window).toEqual(fitWindow(index, onlyFebruary));
    expect(commits).toEqual([]);
  });

  test('opens on a link’s window, and keeps it when the filters change', () => {
    const window = { from: '2025-02-01', to: '2025-02-28' };
    const { controller } = make(window);
    expect(controller.getSnapshot().window).toEqual(window);
    controller.setData(data({ shown: Uint8Array.from(skeletonsOf(index), (e) => (e.type === 'call' ? 1 : 0)) }));
    expect(controller.getSnapshot().window).toEqual(window);
  });

  test('a link to an event opens on it, at the span the whole view would have', () => {
    const controller = new TimelineController();
    controller.setViewport({ width: 900, rtl: false });
    controller.setData(data({ selected: at('visit') }));
    const { domain } = controller.getSnapshot();
    const fitted = domainOfWindow(fitWindow(index, all()));
    expect(domain.end - domain.start).toBeCloseTo(fitted.end - fitted.start, 0);
    const visit = domainOfWindow({ from: '2025-01-01', to: '2025-01-31' });
    expect((domain.start + domain.end) / 2).toBeCloseTo((visit.start + visit.end) / 2, 0);
  });

  test('writes a gesture’s window once the gesture rests, and a button’s at once', () => {
    const { controller, commits } = make();
    controller.zoomBy(1.5);
    controller.zoomBy(1.5);
    expect(commits).toEqual([]);
    expect(controller.getSnapshot().moving).toBe(true);
    vi.advanceTimersByTime(200);
    expect(controller.getSnapshot().moving).toBe(false);
    expect(commits).toEqual([controller.getSnapshot().window]);
    controller.zoomBy(2, 'discrete');
    expect(commits).toHaveLength(2);
    // The same window again is not written again.
    controller.showDomain(controller.getSnapshot().domain, 'discrete');
    expect(commits).toHaveLength(2);
  });

  test('shows what history holds without writing it back; no window there means fitting again', () => {
    const { controller, commits } = make();
    controller.showWindow({ from: '2025-02-10', to: '2025-02-14' });
    expect(controller.getSnapshot().window).toEqual({ from: '2025-02-10', to: '2025-02-14' });
    controller.showWindow(undefined);
    expect(controller.getSnapshot().window).toEqual(fitWindow(index, all()));
    expect(commits).toEqual([]);
  });

  test('stays put, to the fraction of a day, when history moves another part of the link', () => {
    const { controller } = make({ from: '2025-02-01', to: '2025-02-28' });
    controller.panBy(0.013, 'discrete');
    const { domain, window } = controller.getSnapshot();
    controller.showWindow(window);
    expect(controller.getSnapshot().domain).toBe(domain);
  });

  test('keeps the days in view when the view is resized', () => {
    const { controller } = make({ from: '2025-02-01', to: '2025-02-28' });
    const before = controller.getSnapshot().domain;
    controller.setViewport({ width: 400, rtl: true });
    expect(controller.getSnapshot().domain.start).toBeCloseTo(before.start, 9);
    expect(controller.getSnapshot().domain.end).toBeCloseTo(before.end, 9);
  });

  test('tells its subscribers, with a new snapshot each time', () => {
    const { controller } = make();
    const seen: unknown[] = [];
    const stop = controller.subscribe(() => seen.push(controller.getSnapshot()));
    controller.zoomBy(2, 'discrete');
    stop();
    controller.zoomBy(2, 'discrete');
    expect(seen).toHaveLength(1);
    expect(seen[0]).not.toBe(controller.getSnapshot());
  });
});

describe('the layout', () => {
  test('draws every event of a small corpus as its own mark, and the selected one always', () => {
    const { controller } = make(undefined, 330);
    const { layout, strip } = controller.getSnapshot();
    const drawn = new Set([...layout.marks, ...(strip?.marks ?? [])].map((m) => m.position));
    expect(drawn.size).toBe(index.count);
    expect(layout.counts).toEqual([]);
  });

  test('keeps the lanes’ heights while the view moves, and lays them out anew once it rests', () => {
    const { controller } = make({ from: '2025-02-11', to: '2025-02-14' });
    const rest = controller.getSnapshot().layout.lanes.map((l) => l.rows);
    controller.showDomain(domainOfWindow({ from: '2024-11-01', to: '2025-03-31' }), 'continuous');
    expect(controller.getSnapshot().layout.lanes.map((l) => l.rows)).toEqual(rest);
    vi.advanceTimersByTime(200);
    expect(controller.getSnapshot().layout.lanes.map((l) => l.rows)).not.toEqual(rest);
  });

  test('gives the whole corpus’s lanes back when a filter is cleared, without grouping every event again', () => {
    const { controller } = make();
    const whole = controller.getSnapshot().layout;
    const grouped = vi.mocked(buildLanes).mock.calls.length;
    const half = all().map((_, i) => (i % 2 === 0 ? 1 : 0));
    controller.setData(data({ shown: half }));
    expect(vi.mocked(buildLanes).mock.calls.length).toBe(grouped + 1);
    expect(controller.getSnapshot().layout.marks.length).toBeLessThan(whole.marks.length);
    // Cleared: a new array, every event shown again.
    controller.setData(data({ shown: all() }));
    expect(vi.mocked(buildLanes).mock.calls.length).toBe(grouped + 1);
    expect(controller.getSnapshot().layout.marks.map((m) => m.key)).toEqual(whole.marks.map((m) => m.key));
    // The filter again: its lanes were kept too.
    controller.setData(data({ shown: half }));
    expect(vi.mocked(buildLanes).mock.calls.length).toBe(grouped + 1);
  });

  test('groups the corpus’s events once for each way of grouping, whatever the filters', () => {
    const { controller } = make();
    const grouped = vi.mocked(groupEvents).mock.calls.length;
    controller.setData(data({ shown: all().map((_, i) => (i % 2 === 0 ? 1 : 0)) }));
    controller.setData(data({ shown: all().map((_, i) => (i % 3 === 0 ? 1 : 0)) }));
    controller.setData(data({ shown: all() }));
    expect(vi.mocked(groupEvents).mock.calls.length).toBe(grouped);
    controller.setData(data({ shown: all(), lanes: 'person' }));
    expect(vi.mocked(groupEvents).mock.calls.length).toBe(grouped + 1);
    expect(controller.getSnapshot().laneSet?.mode).toBe('person');
  });

  test('rehearses another zoom without measuring a label: a label asks for its event’s texts', () => {
    const { controller } = make({ from: '2024-11-01', to: '2025-03-31' });
    const measured: number[] = [];
    controller.setLabels((position) => (measured.push(position), 60));
    controller.getSnapshot();
    // The view the reader sees measures its marks' labels, fetching their texts as a view must.
    expect(measured.length).toBeGreaterThan(0);
    measured.length = 0;
    const before = controller.getSnapshot();
    controller.rehearse(domainOfWindow({ from: '2025-02-10', to: '2025-02-15' }));
    expect(measured).toEqual([]);
    expect(controller.getSnapshot()).toBe(before);
  });

  test('lists the events a count stands for', () => {
    const crowded = buildEventIndex({
      events: Array.from({ length: 40 }, (_, i) => skeletonEvent(`e${i}`, 'call', '2025-02-12', '2025-02-12', ['SY'])),
    });
    const controller = new TimelineController();
    controller.setViewport({ width: 900, rtl: false });
    controller.setData(data({ index: crowded, shown: new Uint8Array(40).fill(1) }));
    const { layout } = controller.getSnapshot();
    const [count] = layout.counts;
    const listed = controller.eventsOfCount(count!.key);
    expect(listed).toHaveLength(count!.count);
    expect(listed.some((p) => layout.marks.some((m) => m.position === p))).toBe(false);
  });
});

describe('the keyboard', () => {
  test('walks every event in time order from Home, each as its own mark, and stops at the end', () => {
    const { controller } = make();
    controller.command({ kind: 'move', to: 'first' });
    const visited = [focusedId(controller)];
    for (let i = 1; i < index.count + 2; i++) {
      controller.command({ kind: 'move', to: 'later' });
      if (focusedId(controller) !== visited.at(-1)) visited.push(focusedId(controller));
    }
    expect(visited).toEqual(skeletonsOf(index).map((e) => e.id));
  });

  test('pans to the next event when it is out of view, and draws it there', () => {
    const { controller } = make({ from: '2025-01-05', to: '2025-01-20' });
    controller.command({ kind: 'move', to: 'later' });
    expect(focusedId(controller)).toBe('visit');
    controller.command({ kind: 'move', to: 'later' });
    expect(focusedId(controller)).toBe('izvestia');
    const { domain } = controller.getSnapshot();
    const izvestia = index.start[at('izvestia')]!;
    expect(domain.start).toBeLessThan(izvestia);
    expect(domain.end).toBeGreaterThan(izvestia);
  });

  test('zooms about the keyboard’s event and keeps focus on it; 0 fits all', () => {
    const { controller } = make();
    controller.command({ kind: 'move', to: 'last' });
    const before = span(controller);
    const seq = controller.getSnapshot().focus!.seq;
    controller.command({ kind: 'zoom', factor: 2 });
    expect(span(controller)).toBeCloseTo(before / 2, 6);
    expect(controller.getSnapshot().focus!.seq).toBe(seq + 1);
    expect(focusedId(controller)).toBe('interview');
    controller.command({ kind: 'fit' });
    expect(controller.getSnapshot().window).toEqual(fitWindow(index, all()));
  });

  test('puts the tab stop on the keyboard’s item, else the selected event, else the earliest item in view', () => {
    const { controller } = make();
    expect(controller.getSnapshot().tabStop).toBe('#milestones|fall');
    controller.setData(data({ selected: at('call') }));
    expect(controller.getSnapshot().tabStop).toBe('RU|call');
    controller.activate('SY|interview');
    expect(controller.getSnapshot().tabStop).toBe('SY|interview');
  });
});
