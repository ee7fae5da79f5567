import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, test } from 'vitest';
import { useAfterPaint } from './use-after-paint.ts';

/** A count that changes at once, and what follows it a frame later; every value that follower rendered. */
function Page({ seen }: { seen: number[] }) {
  const [count, setCount] = useState(0);
  const later = useAfterPaint(count);
  seen.push(later);
  return (
    <>
      <button type="button" onClick={() => setCount((c) => c + 1)}>
        Add
      </button>
      <output aria-label="now">{count}</output>
      <output aria-label="later">{later}</output>
    </>
  );
}

const frame = () => act(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));

describe('useAfterPaint', () => {
  test('gives the first value at once, and a change only after the frame that shows it', async () => {
    const seen: number[] = [];
    render(<Page seen={seen} />);
    expect(screen.getByLabelText('later')).toHaveTextContent('0');
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getByLabelText('now')).toHaveTextContent('1');
    expect(screen.getByLabelText('later')).toHaveTextContent('0');
    await frame();
    expect(screen.getByLabelText('later')).toHaveTextContent('1');
  });

  test('a newer value replaces one still waiting, which is never rendered', async () => {
    const seen: number[] = [];
    render(<Page seen={seen} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getByLabelText('later')).toHaveTextContent('0');
    await frame();
    expect(screen.getByLabelText('later')).toHaveTextContent('3');
    expect(new Set(seen)).toEqual(new Set([0, 3]));
  });
});
