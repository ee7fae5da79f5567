import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { smallCorpus } from '../../../tests/corpus-fixture.ts';
import { noteGestureMove } from '../../hooks/gesture-quiet.ts';
import { buildEventIndex } from '../../model/index-events.ts';
import { TimelineController } from '../../model/timeline-controller.ts';
import { warmGesturePath } from './warm-gesture-path.ts';

describe('warmGesturePath', () => {
  const index = buildEventIndex(smallCorpus());
  let controller: TimelineController;
  let rehearsed: number;

  beforeEach(() => {
    vi.useFakeTimers();
    controller = new TimelineController({ window: { from: '2025-01-01', to: '2025-04-30' } });
    controller.setViewport({ width: 800, rtl: false });
    controller.setData({
      index,
      shown: new Uint8Array(index.count).fill(1),
      lanes: 'country',
      nameOf: (key) => key,
      locale: 'en',
      selected: undefined,
    });
    rehearsed = 0;
    const rehearse = controller.rehearse.bind(controller);
    vi.spyOn(controller, 'rehearse').mockImplementation((domain) => {
      rehearsed++;
      rehearse(domain);
    });
  });
  afterEach(() => vi.useRealTimers());

  test('lays the view out at each zoom, one step a task, without moving the view, then stops', () => {
    const before = controller.getSnapshot();
    warmGesturePath(controller, 'en', 5);
    expect(rehearsed).toBe(0);
    vi.advanceTimersByTime(0);
    expect(rehearsed).toBe(1);
    vi.runAllTimers();
    expect(rehearsed).toBe(5);
    expect(controller.getSnapshot()).toBe(before);
  });

  test('waits while the reader zooms or pans, and does nothing once stopped', () => {
    noteGestureMove(performance.now());
    const stop = warmGesturePath(controller, 'en', 5);
    vi.advanceTimersByTime(100);
    expect(rehearsed).toBe(0);
    vi.advanceTimersByTime(150);
    expect(rehearsed).toBeGreaterThan(0);
    stop();
    const after = rehearsed;
    vi.runAllTimers();
    expect(rehearsed).toBe(after);
  });
});
