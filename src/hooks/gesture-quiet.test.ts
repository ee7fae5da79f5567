import { describe, expect, test } from 'vitest';
import { answerAwaited, awaitAnswer, gestureWait, noteGestureMove, whenNoAnswerAwaited } from './gesture-quiet.ts';

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
    whenNoAnswerAwaited(() => ran.push('at once'));
    expect(ran).toEqual(['at once']);
    const search = awaitAnswer();
    const other = awaitAnswer();
    expect(answerAwaited()).toBe(true);
    whenNoAnswerAwaited(() => ran.push('first'));
    whenNoAnswerAwaited(() => ran.push('second'));
    search();
    expect(ran).toEqual(['at once']);
    other();
    expect(answerAwaited()).toBe(false);
    expect(ran).toEqual(['at once', 'first', 'second']);
    // Released work does not run again at the next answer.
    awaitAnswer()();
    expect(ran).toEqual(['at once', 'first', 'second']);
  });
});
