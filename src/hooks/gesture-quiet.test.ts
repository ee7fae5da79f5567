import { describe, expect, test } from 'vitest';
import { gestureMoving, gestureWait, noteGestureMove } from './gesture-quiet.ts';

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

describe('gestureMoving', () => {
  test('is true while gesture frames keep coming, and false 50 ms after the last', () => {
    noteGestureMove(10_000);
    expect(gestureMoving(10_000)).toBe(true);
    expect(gestureMoving(10_049)).toBe(true);
    expect(gestureMoving(10_050)).toBe(false);
    // Background work on the page's thread still waits then.
    expect(gestureWait(10_050)).toBe(150);
  });
});
