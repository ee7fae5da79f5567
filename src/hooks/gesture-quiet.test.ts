import { describe, expect, test } from 'vitest';
import { awaitAnswer, gestureWait, holdForAnswer, noteGestureMove } from './gesture-quiet.ts';

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

describe('awaitAnswer', () => {
  test('holds work off while any answer is awaited, and runs it once, when the last one is in', () => {
    const ran: string[] = [];
    expect(holdForAnswer(() => ran.push('not held'))).toBe(false);
    const search = awaitAnswer();
    const other = awaitAnswer();
    expect(holdForAnswer(() => ran.push('first'))).toBe(true);
    expect(holdForAnswer(() => ran.push('second'))).toBe(true);
    search();
    expect(ran).toEqual([]);
    other();
    expect(ran).toEqual(['first', 'second']);
    // Released work does not run again at the next answer; work not held never runs.
    awaitAnswer()();
    expect(ran).toEqual(['first', 'second']);
    expect(holdForAnswer(() => ran.push('after'))).toBe(false);
    expect(ran).toEqual(['first', 'second']);
  });
});
