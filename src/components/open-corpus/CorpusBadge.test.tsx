import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { renderWithI18n } from '../../../tests/render-with-i18n.tsx';
import { CorpusBadge } from './CorpusBadge.tsx';

describe('CorpusBadge', () => {
  test('names the bundled corpus, with nothing to go back to', () => {
    renderWithI18n(<CorpusBadge onReset={vi.fn()} />);
    expect(screen.getByRole('group', { name: 'Open corpus' })).toHaveTextContent('Corpus: Tarikh (bundled)');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  test('names an opened file and goes back to the bundled corpus in one click', async () => {
    const user = userEvent.setup();
    const onReset = vi.fn();
    renderWithI18n(<CorpusBadge fileName="my-research.json" onReset={onReset} />);
    expect(screen.getByRole('group', { name: 'Open corpus' })).toHaveTextContent(
      'Corpus: \u2068my-research.json\u2069',
    );
    await user.click(screen.getByRole('button', { name: 'Back to the bundled corpus' }));
    expect(onReset).toHaveBeenCalledTimes(1);
  });

  test.each([
    ['ar', 'المدونة'],
    ['ru', 'Корпус'],
  ] as const)('speaks %s', (lang, word) => {
    renderWithI18n(<CorpusBadge fileName="x.json" onReset={vi.fn()} />, { lang });
    expect(screen.getByRole('group')).toHaveTextContent(word);
  });
});
