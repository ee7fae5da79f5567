import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { feedWorker, MOVING_GAP_MS, MOVING_SLICE, SLICE } from './feed-worker.ts';

describe('feedWorker', () => {
  let clock = 0;
  let moving = false;
  let sent: { from: number; count: number; last: boolean }[] = [];
  let collects = 0;

  beforeEach(() => {
    vi.useFakeTimers();
    clock = 0;
    moving = false;
    sent = [];
    collects = 0;
  });
  afterEach(() => vi.useRealTimers());

  const start = (count: number) =>
    feedWorker({
      count,
      texts: (from, to) => Array.from({ length: to - from }, (_, k) => [`text ${from + k}`]),
      post: (texts, last) => sent.push({ from: Number(texts[0]![0]!.slice(5)), count: texts.length, last }),
      collect: () => collects++,
      moving: () => moving,
      now: () => clock,
    });
  const advance = (ms: number) => {
    clock += ms;
    vi.advanceTimersByTime(ms);
  };

  test('sends every text once, in order, two slices ahead of the worker at most', () => {
    const feeder = start(SLICE * 4 + 10);
    expect(sent.map((s) => s.from)).toEqual([0, SLICE]);
    feeder.done();
    expect(sent.map((s) => s.from)).toEqual([0, SLICE, SLICE * 2]);
    feeder.done();
    feeder.done();
    feeder.done();
    expect(sent.map((s) => [s.from, s.count, s.last])).toEqual([
      [0, SLICE, false],
      [SLICE, SLICE, false],
      [SLICE * 2, SLICE, false],
      [SLICE * 3, SLICE, false],
      [SLICE * 4, 10, true],
    ]);
    feeder.done();
    expect(sent).toHaveLength(5);
  });

  test('while the view moves, one smaller slice at a time and one per gap; at full speed once it rests', () => {
    const feeder = start(SLICE * 10);
    expect(sent).toHaveLength(2);
    moving = true;
    feeder.done();
    feeder.done();
    // Both done, but the last went less than a gap ago.
    expect(sent).toHaveLength(2);
    advance(MOVING_GAP_MS - 1);
    expect(sent).toHaveLength(2);
    advance(1);
    expect(sent).toHaveLength(3);
    // Not the next before this one is done, however long it takes.
    advance(MOVING_GAP_MS * 3);
    expect(sent).toHaveLength(3);
    feeder.done();
    expect(sent).toHaveLength(4);
    moving = false;
    feeder.done();
    expect(sent).toHaveLength(6);
    // Each text still once and in order, the slices sent while moving the smaller.
    expect(sent.map((s) => [s.from, s.count])).toEqual([
      [0, SLICE],
      [SLICE, SLICE],
      [SLICE * 2, MOVING_SLICE],
      [SLICE * 2 + MOVING_SLICE, MOVING_SLICE],
      [SLICE * 2 + MOVING_SLICE * 2, SLICE],
      [SLICE * 3 + MOVING_SLICE * 2, SLICE],
    ]);
  });

  test('asks for the result once, when the last slice is done and the view is still', () => {
    const feeder = start(SLICE * 2);
    expect(sent.at(-1)?.last).toBe(true);
    feeder.done();
    expect(collects).toBe(0);
    moving = true;
    feeder.done();
    advance(MOVING_GAP_MS * 3);
    expect(collects).toBe(0);
    moving = false;
    advance(MOVING_GAP_MS);
    expect(collects).toBe(1);
    feeder.done();
    advance(MOVING_GAP_MS * 3);
    expect(collects).toBe(1);
  });

  test('sends nothing once stopped, not even a slice it was waiting to send', () => {
    const feeder = start(SLICE * 10);
    moving = true;
    feeder.done();
    feeder.done();
    feeder.stop();
    advance(MOVING_GAP_MS * 2);
    moving = false;
    feeder.done();
    expect(sent).toHaveLength(2);
    expect(collects).toBe(0);
  });
});
