import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { awaitAnswer, noteGestureMove } from '../../hooks/gesture-quiet.ts';
import { rehearseGesture } from './rehearse-gesture.ts';

describe('rehearseGesture', () => {
  let surface: HTMLCanvasElement;
  let painted: number;
  const paint = () => void painted++;
  const frames = (count: number) => vi.advanceTimersByTime(count * 16);
  // Starts a rehearsal and runs its first step: a task after the next frame.
  const start = (canvas = surface) => {
    const stop = rehearseGesture(canvas, paint);
    expect(painted).toBe(0);
    vi.advanceTimersByTime(17);
    return stop;
  };

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    // Frames every 16 ms (Node has none).
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) =>
      setTimeout(() => callback(performance.now()), 16),
    );
    vi.stubGlobal('cancelAnimationFrame', (frame: ReturnType<typeof setTimeout>) => clearTimeout(frame));
    // Well after any gesture of another test.
    vi.advanceTimersByTime(1000);
    surface = { hidden: true, style: { opacity: '' } } as unknown as HTMLCanvasElement;
    painted = 0;
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  test('paints the view in six frames, shown too faintly to see, then hides the canvas', () => {
    start();
    expect(painted).toBe(1);
    expect([surface.hidden, surface.style.opacity]).toEqual([false, '0.001']);
    frames(20);
    expect(painted).toBe(6);
    expect([surface.hidden, surface.style.opacity]).toEqual([true, '']);
  });

  test('waits while the reader waits for an answer, and goes on once it is in and off the canvas', () => {
    start();
    const answered = awaitAnswer();
    frames(30);
    expect(painted).toBe(1);
    expect(surface.hidden).toBe(true);
    // The answer is in, painted on the canvas in full until its marks are drawn as SVG.
    answered();
    [surface.hidden, surface.style.opacity] = [false, ''];
    frames(30);
    expect(painted).toBe(1);
    surface.hidden = true;
    frames(30);
    expect(painted).toBe(6);
    expect(surface.hidden).toBe(true);
  });

  test('does not start while an answer is awaited', () => {
    const answered = awaitAnswer();
    start();
    frames(30);
    expect(painted).toBe(0);
    answered();
    frames(30);
    expect(painted).toBe(6);
  });

  test('ends at a gesture, and when stopped', () => {
    start();
    frames(1);
    noteGestureMove(performance.now());
    frames(60);
    expect(painted).toBe(2);

    painted = 0;
    const stop = start({ hidden: true, style: { opacity: '' } } as unknown as HTMLCanvasElement);
    frames(1);
    stop();
    frames(30);
    expect(painted).toBe(2);
  });
});
