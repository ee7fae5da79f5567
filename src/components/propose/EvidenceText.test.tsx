import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { renderWithI18n } from '../../../tests/render-with-i18n.tsx';
import { evidenceSegments } from './evidence-segments.ts';
import { EvidenceText } from './EvidenceText.tsx';

const TEXT = 'بوتين يجري اتصالاً.\nوالتقى بوجدانوف الشرع.\nنص آخر.';

describe('EvidenceText', () => {
  test('shows the whole text, the evidence marked with the number of its proposal', () => {
    renderWithI18n(
      <EvidenceText
        text={TEXT}
        language="ar"
        spans={[
          { start: 0, end: 19, proposal: 1 },
          { start: 20, end: 42, proposal: 2 },
        ]}
        active={2}
        onPick={() => {}}
      />,
    );
    const region = screen.getByRole('region', { name: 'The article, its evidence highlighted' });
    expect(region).toHaveTextContent('نص آخر.');
    expect(region).toHaveAttribute('lang', 'ar');
    const marks = region.querySelectorAll('mark');
    expect([...marks].map((m) => m.getAttribute('data-proposals'))).toEqual(['1', '2']);
    expect(marks[1]).toHaveAttribute('aria-current', 'true');
    expect(marks[0]).not.toHaveAttribute('aria-current');
  });

  test('a proposal’s number in the text goes to its proposal, by pointer and by keyboard', async () => {
    const user = userEvent.setup();
    const onPick = vi.fn();
    renderWithI18n(
      <EvidenceText
        text={TEXT}
        language="ar"
        spans={[
          { start: 20, end: 42, proposal: 2 },
          { start: 30, end: 42, proposal: 3 },
        ]}
        active={null}
        onPick={onPick}
      />,
    );
    await user.click(screen.getAllByRole('button', { name: 'Go to proposal 2' })[0]!);
    expect(onPick).toHaveBeenCalledWith(2);
    // Evidence of two proposals carries both numbers, each its own button.
    expect(screen.getAllByRole('button', { name: 'Go to proposal 2' })).toHaveLength(2);
    screen.getByRole('button', { name: 'Go to proposal 3' }).focus();
    await user.keyboard('{Enter}');
    expect(onPick).toHaveBeenLastCalledWith(3);
  });

  test('cuts overlapping evidence of two proposals into runs that each cite both', () => {
    expect(
      evidenceSegments('abcdef', [
        { start: 0, end: 4, proposal: 1 },
        { start: 2, end: 6, proposal: 3 },
      ]),
    ).toEqual([
      { text: 'ab', proposals: [1] },
      { text: 'cd', proposals: [1, 3] },
      { text: 'ef', proposals: [3] },
    ]);
    // Offsets count code points, not UTF-16 units.
    expect(evidenceSegments('😀ab', [{ start: 1, end: 3, proposal: 1 }])).toEqual([
      { text: '😀', proposals: [] },
      { text: 'ab', proposals: [1] },
    ]);
  });
});
