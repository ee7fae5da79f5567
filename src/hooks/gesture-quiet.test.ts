import { describe, expect, test } from 'vitest';
import { gestureStartWait, gestureWait, noteGestureMove } from './gesture-quiet.ts';

describe('gestureWait', () => {
  test('asks background work to wait until a gesture has rested 200 ms, and no longer', () => {
    noteGestureMove(1000);
    expect(gestureWait(1000)).toBe(200);
    expect(gestureWait(1150)).toBe(50);
    expect(gestureWait(1200)).toBe(0);
    expect(gestureWait(5000)).toBe(0);
    // Each frame of the gesture moves the end of the wait.
    noteGestureMove(5100);
    expect(gestureWait(5200)).toBe(100);
  });
});

describe('gestureStartWait', () => {
  test('asks a worker to wait through the first 150 ms of a gesture only', () => {
    noteGestureMove(10_000);
    expect(gestureStartWait(10_000)).toBe(150);
    noteGestureMove(10_100);
    expect(gestureStartWait(10_100)).toBe(50);
    // Later frames of the same gesture do not start it again.
    noteGestureMove(10_200);
    expect(gestureStartWait(10_200)).toBe(0);
    noteGestureMove(10_350);
    expect(gestureStartWait(10_350)).toBe(0);
    // Once it has rested, the next move is a new gesture.
    expect(gestureStartWait(20_000)).toBe(0);
    noteGestureMove(20_000);
    expect(gestureStartWait(20_010)).toBe(140);
  });
});
