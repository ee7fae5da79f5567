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

  test('a click on marked text picks its proposal', async () => {
    const user = userEvent.setup();
    const onPick = vi.fn();
    renderWithI18n(
      <EvidenceText
        text={TEXT}
        language="ar"
        spans={[{ start: 20, end: 42, proposal: 2 }]}
        active={null}
        onPick={onPick}
      />,
    );
    await user.click(screen.getByText('والتقى بوجدانوف الشرع.'));
    expect(onPick).toHaveBeenCalledWith(2);
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
