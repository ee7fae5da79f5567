import { describe, expect, test } from 'vitest';
import { gestureWait, noteGestureMove } from './gesture-quiet.ts';

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
