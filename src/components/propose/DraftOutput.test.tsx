import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { renderWithI18n } from '../../../tests/render-with-i18n.tsx';
import { DraftOutput } from './DraftOutput.tsx';

const props = {
  blocked: null,
  gazetteerFiles: [{ path: 'corpus/gazetteer/people.yaml' }],
  skipped: [{ id: '2025-planned-visit', reason: 'planned' as const }],
  onDownload: () => {},
  withBundled: true,
  onWithBundled: () => {},
  onPreview: () => {},
  preview: { status: 'idle' as const },
};

describe('DraftOutput', () => {
  test('downloads each file by its button, and says what was left out and why', async () => {
    const user = userEvent.setup();
    const onDownload = vi.fn();
    renderWithI18n(<DraftOutput {...props} onDownload={onDownload} />);
    await user.click(screen.getByRole('button', { name: 'Download the article file' }));
    await user.click(screen.getByRole('button', { name: 'Download the annotation' }));
    await user.click(screen.getByRole('button', { name: 'Download the additions to gazetteer/people.yaml' }));
    expect(onDownload.mock.calls.map(([which]) => which)).toEqual([
      'article',
      'annotation',
      'corpus/gazetteer/people.yaml',
    ]);
    expect(
      screen.getByText('Not drafted: 2025-planned-visit (planned: annotate it once it has happened)'),
    ).toBeInTheDocument();
  });

  test('while nothing can be drafted, says why and offers nothing', () => {
    renderWithI18n(<DraftOutput {...props} blocked="Accept at least one proposal to make the files." />);
    expect(screen.getByText('Accept at least one proposal to make the files.')).toHaveAttribute('role', 'status');
    expect(screen.getByRole('button', { name: 'Download the annotation' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Show on the timeline' })).toBeDisabled();
  });

  test('previews with the bundled corpus or the drafts alone, and lists what does not build', async () => {
    const user = userEvent.setup();
    const onWithBundled = vi.fn();
    renderWithI18n(
      <DraftOutput
        {...props}
        onWithBundled={onWithBundled}
        preview={{
          status: 'failed',
          errors: [
            { file: 'corpus/annotations/x.yaml', line: 7, field: 'events[0].title.en', message: 'must not be empty' },
          ],
        }}
      />,
    );
    await user.click(screen.getByRole('radio', { name: 'the drafts alone' }));
    expect(onWithBundled).toHaveBeenCalledWith(false);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The drafts do not build (1 problem):');
    expect(
      within(alert).getByText('corpus/annotations/x.yaml:7: events[0].title.en: must not be empty'),
    ).toBeInTheDocument();
  });
});
