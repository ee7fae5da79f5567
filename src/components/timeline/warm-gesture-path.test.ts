import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { smallCorpus } from '../../../tests/corpus-fixture.ts';
import { noteGestureMove } from '../../hooks/gesture-quiet.ts';
import { buildEventIndex } from '../../model/event-index.ts';
import { buildLanes } from '../../model/lane-layout.ts';
import { warmGesturePath, type GestureView } from './warm-gesture-path.ts';

describe('warmGesturePath', () => {
  const index = buildEventIndex(smallCorpus());
  const shown = new Uint8Array(index.events.length).fill(1);
  const view: GestureView = {
    index,
    laneSet: buildLanes(index, shown, 'country', (key) => key, 'en'),
    domain: { start: 20_000, end: 20_100 },
    viewport: { width: 800, rtl: false },
    range: { first: 0, last: 12 },
    lang: 'en',
  };
  let looks = 0;
  const current = () => {
    looks++;
    return view;
  };

  beforeEach(() => {
    vi.useFakeTimers();
    looks = 0;
  });
  afterEach(() => vi.useRealTimers());

  test('lays the view out at each zoom, one step a task, then stops', () => {
    warmGesturePath(current, 5);
    expect(looks).toBe(0);
    vi.advanceTimersByTime(0);
    expect(looks).toBe(1);
    vi.runAllTimers();
    expect(looks).toBe(5);
  });

  test('waits while the reader zooms or pans, and does nothing once stopped', () => {
    noteGestureMove(performance.now());
    const stop = warmGesturePath(current, 5);
    vi.advanceTimersByTime(100);
    expect(looks).toBe(0);
    vi.advanceTimersByTime(150);
    expect(looks).toBeGreaterThan(0);
    stop();
    const after = looks;
    vi.runAllTimers();
    expect(looks).toBe(after);
  });
});
